/**
 * Runs every rule over a document's model. Each integration rule sees one integration; a rule that throws is
 * contained (reported as an internal problem) so the rest still run.
 */
import { IntegrationView, viewOf } from '../model/integrationView';
import type { ApiModel } from '../model/types';
import type { SyntaxTree } from '../parse/ast';
import type { Severity } from './catalogue';
import type { Finding, Fix, IntegrationRule, RuleContext } from './context';
import type { FindingsCache } from './findingsCache';
import { signaturesFor } from './signatures';
import { checkCredentialsFormat, checkMissingCredentials } from './credentialsRules';
import { CROSS_RESOURCE_RULES } from './crossResource';
import { checkMappingTemplates } from './mappingTemplateRules';
import { checkIneffectiveFields, checkTimeout, checkUnknownKeys, checkValueTypes } from './fieldRules';
import { checkLambdaCustomTemplates, checkMockTemplate } from './hintRules';
import { checkIntegrationSubtype, checkPayloadFormatVersion } from './httpApiRules';
import { checkCacheKeys, checkRequestParameters, checkResponseParameters } from './parameterRules';
import { checkResponses } from './responseRules';
import { checkLambdaMethod, checkRequiredFields, checkType } from './typeRules';
import { checkPrivateEndpoint, checkUri, checkUriParameters } from './uriRules';
import type { SourceText } from '../text/sourceText';

export const INTEGRATION_RULES: readonly IntegrationRule[] = [
  checkType,
  checkRequiredFields,
  checkLambdaMethod,
  checkUri,
  checkUriParameters,
  checkPrivateEndpoint,
  checkUnknownKeys,
  checkIneffectiveFields,
  checkValueTypes,
  checkTimeout,
  checkMissingCredentials,
  checkCredentialsFormat,
  checkPayloadFormatVersion,
  checkIntegrationSubtype,
  checkResponses,
  checkRequestParameters,
  checkResponseParameters,
  checkCacheKeys,
  checkLambdaCustomTemplates,
  checkMockTemplate,
];

/** A damaged file can have a syntax error per character: past this many, one diagnostic counts the rest. */
export const MAX_SYNTAX_PROBLEMS = 200;

export interface RunInput {
  readonly text: SourceText;
  readonly format: 'yaml' | 'json';
  readonly tree: SyntaxTree;
  readonly model: ApiModel;
  /** Extra rules over the whole model (VTL templates, cross-resource checks) plugged in by the service. */
  readonly documentRules?: readonly ((context: RuleContext) => void)[];
  /** Checked between integrations so a cancelled validation stops early. */
  readonly isCancelled?: () => boolean;
  /** Findings of the previous validation of the same document, reused for unchanged integrations and templates. */
  readonly cache?: FindingsCache;
}

export function runRules(input: RunInput): Finding[] {
  const findings: Finding[] = [];
  const signatures = signaturesFor(input.model);
  const context: RuleContext = {
    text: input.text,
    format: input.format,
    model: input.model,
    cache: input.cache,
    signatures,
    report(code, at, message, fixes?: Fix[], severity?: Severity) {
      findings.push({ code, offset: at.offset, length: Math.max(0, at.length), message, fixes, severity });
    },
  };
  for (const problem of input.tree.problems.slice(0, MAX_SYNTAX_PROBLEMS)) {
    findings.push({ code: problem.code ?? 'syntax-error', offset: problem.offset, length: problem.length, message: problem.message });
  }
  const more = input.tree.problems.length - MAX_SYNTAX_PROBLEMS;
  if (more > 0) {
    const last = input.tree.problems[MAX_SYNTAX_PROBLEMS];
    findings.push({ code: 'syntax-error', offset: last.offset, length: last.length, message: `${more.toLocaleString('en-US')} more syntax errors from here on (only the first ${MAX_SYNTAX_PROBLEMS} are listed).` });
  }
  for (const integration of input.model.integrations) {
    if (input.isCancelled?.()) return findings;
    checkRef(integration, context);
    if (integration.ref) continue; // the referenced component is checked where it is defined
    const view = viewOf(integration, input.model.cfnTemplate);
    if (!view) continue;
    // An operation's integration moves with its path item: its findings can be reused while both are unchanged.
    const pathItem = integration.location === 'openapi-operation' ? integration.operation?.pathItem : undefined;
    if (input.cache && pathItem) {
      const own = input.cache.unit('integration', view.node, pathItem, pathItem, signatures.integration(integration), () => {
        const local: Finding[] = [];
        const report: RuleContext['report'] = (code, at, message, fixes, severity) => local.push({ code, offset: at.offset, length: Math.max(0, at.length), message, fixes, severity });
        runIntegrationRules(view, { ...context, report }, local);
        return local;
      });
      for (const finding of own) findings.push(finding);
    } else {
      runIntegrationRules(view, context, findings);
    }
  }
  for (const rule of [checkMappingTemplates, ...CROSS_RESOURCE_RULES, ...(input.documentRules ?? [])]) {
    if (input.isCancelled?.()) return findings;
    guard(() => rule(context), findings, { offset: 0, length: 0 });
  }
  return findings;
}

function runIntegrationRules(view: IntegrationView, context: RuleContext, findings: Finding[]): void {
  for (const rule of INTEGRATION_RULES) guard(() => rule(view, context), findings, view.integration.keyNode);
}

function checkRef(integration: ApiModel['integrations'][number], context: RuleContext): void {
  const ref = integration.ref;
  if (!ref || ref.target) return;
  context.report(
    'unresolved-integration-ref',
    ref.node,
    `\`${ref.node.value}\` does not name an integration: define it under components.x-amazon-apigateway-integrations${
      integration.api?.componentIntegrations.size ? ` (defined: ${[...integration.api.componentIntegrations.keys()].join(', ')})` : ''
    }.`,
  );
}

/** A bug in one rule must not cost the user every other diagnostic. */
function guard(run: () => void, findings: Finding[], at: { offset: number; length: number }): void {
  try {
    run();
  } catch (error) {
    findings.push({ code: 'internal-error', offset: at.offset, length: at.length, message: `Internal error in a rule: ${(error as Error).message}` });
  }
}
