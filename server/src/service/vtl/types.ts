/** What the language service knows about the place a template sits in: stages, parameters, body schema, Fn::Sub. */
import type { TemplateSubstitution } from '../sourceMap/cfnSub';
import type { VtlCode, VtlSeverity } from './checks';

export type { TemplateSubstitution } from '../sourceMap/cfnSub';

export interface MappingContext {
  /** Stage variable names the file defines; undefined = the file defines no stages: don't judge `$stageVariables.x`. */
  stageVariableNames?: string[];
  /** The route's declared parameters. */
  parameterNames?: { path: string[]; querystring: string[]; header: string[] };
  /** JSONPath-able fields from the request body schema, e.g. `'$.name'`. */
  bodyPaths?: { path: string; type?: string; description?: string }[];
  /** From the source map when the template is inside Fn::Sub. */
  substitutions?: TemplateSubstitution[];
  /**
   * Logical ids + parameters + pseudo parameters of the CloudFormation template, when inside Fn::Sub. Include the
   * keys of the Sub's variables map (`[template, {Var: ...}]`) and SAM's generated ids (`ServerlessRestApi`).
   */
  cfnNames?: string[];
  stage?: 'request' | 'response';
  /** The kind of API: WebSocket APIs have variables of their own (`$context.connectionId`); undefined accepts both. */
  apiKind?: 'rest' | 'websocket';
  /**
   * A gateway response template (`GatewayResponses`, `x-amazon-apigateway-gateway-responses`) is not run through
   * VTL, only simple substitution: no syntax checks, and `$context.error.*` is what it is for.
   */
  templateKind?: 'integration' | 'gateway-response';
}

export interface TemplateEdit {
  /** Template offsets; map them with the source map (`toFileRange`; an insertion maps with `toFileOffset`). */
  offset: number;
  length: number;
  newText: string;
}

export interface TemplateDiagnostic {
  code: VtlCode;
  message: string;
  severity: VtlSeverity;
  offset: number;
  length: number;
  /** A quick fix, when there is an obvious one. */
  fix?: { title: string; edits: TemplateEdit[] };
}

export interface TemplateCompletion {
  label: string;
  kind: 'method' | 'property' | 'variable' | 'keyword' | 'snippet' | 'value';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText?: string;
  isSnippet?: boolean;
  replaceStart: number;
  replaceEnd: number;
  sortText?: string;
}

export interface TemplateHover {
  /** Markdown. */
  contents: string;
  offset: number;
  length: number;
}
