/**
 * What the editor asks of the renderer and what it gets back: plain JSON, so the same values travel over LSP
 * (shared/protocol.ts), feed the preview webview and the CLI. Ranges are file ranges of the document the
 * template sits in; template-relative positions are given as well, for messages.
 */
import type { Range } from 'vscode-languageserver-types';

export type TemplateStage = 'request' | 'response';

/** One mapping template of a document, as the CodeLens, the quick pick and the preview name it. */
export interface TemplateSummary {
  /** Stable across edits that do not touch the integration's identity or the content type key. */
  readonly id: string;
  readonly stage: TemplateStage;
  readonly contentType: string;
  /** The integration it belongs to (the model's integration id). */
  readonly integrationId: string;
  /** `GET /pets/{petId}`, a CloudFormation logical id, or a component name. */
  readonly owner: string;
  /** For response templates: the selection pattern (`default`, `4\d{2}`, ...) and the status code it maps to. */
  readonly selectionPattern?: string;
  readonly statusCode?: string;
  /** `GET /pets/{petId} · request · application/json`. */
  readonly label: string;
  /** The content type key (CodeLens goes above it). */
  readonly keyRange: Range;
  /** The template's text in the file. */
  readonly range: Range;
  /** Why it cannot be rendered, when it cannot (a template computed by `Fn::Join`, ...). */
  readonly unrenderable?: string;
}

/** An integration that can be simulated: the operation's method and path as the sample requests name them. */
export interface RenderIntegration {
  readonly id: string;
  readonly label: string;
  readonly method?: string;
  readonly path?: string;
  readonly type?: string;
  readonly range: Range;
}

export interface ListTemplatesResult {
  readonly templates: TemplateSummary[];
  readonly integrations: RenderIntegration[];
}

/** Where the user is: a template (by id, or the one at a position) or, to simulate, an integration. */
export interface RenderTarget {
  readonly templateId?: string;
  readonly integrationId?: string;
  /** Used when no id is given, or when the id no longer exists (the content type key was edited). */
  readonly position?: { line: number; character: number };
  /** For a standalone `.vtl` file: render it as a request (default) or response template. */
  readonly stage?: TemplateStage;
}

export interface RenderParams extends RenderTarget {
  readonly mode: 'render' | 'simulate';
  /** The sample request file's text (JSON). Undefined: a request generated from the operation is used. */
  readonly requestText?: string;
  /** A label for the sample request (its file name), echoed in the result. */
  readonly requestName?: string;
}

export interface RenderedError {
  /** The engine's kinds, plus `request` (the sample request is unusable) and `unavailable` (nothing to run). */
  readonly kind: 'syntax' | 'runtime' | 'limit' | 'security' | 'request' | 'unavailable';
  readonly message: string;
  /** Which template it comes from (simulate runs two). */
  readonly stage?: TemplateStage;
  readonly templateId?: string;
  /** 1-based, in the decoded template. */
  readonly templateLine?: number;
  readonly templateColumn?: number;
  /** In the source file, when the error has a position. */
  readonly range?: Range;
}

/** The output checked as JSON: pretty-printed when valid, the first error's position when not. */
export interface OutputCheck {
  readonly kind: 'json' | 'text' | 'empty';
  /** Whether JSON was expected (a JSON content type, or output that starts like JSON). */
  readonly valid: boolean;
  readonly pretty?: string;
  readonly error?: { message: string; offset: number; line: number; column: number };
}

export interface RenderResultPayload {
  readonly mode: 'render' | 'simulate';
  /** The template rendered (render mode), or the request template simulate chose. */
  readonly template?: TemplateSummary;
  readonly integration?: RenderIntegration;
  readonly requestName: string;
  /** Render: the template's output. Simulate: the client's response body. */
  readonly output: string;
  readonly outputCheck: OutputCheck;
  readonly statusCode?: number;
  readonly headers: Record<string, string>;
  /** Which template was selected and why, which integration response matched, ... in pipeline order. */
  readonly steps: { stage: string; message: string }[];
  readonly contextUsed: { name: string; value: unknown }[];
  readonly overrides?: {
    request?: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
    response?: { status?: number; header: Record<string, string> };
  };
  /** Simulate: the integration response selectionPattern chose. */
  readonly selectedResponse?: { selectionPattern: string; statusCode: string };
  /** Simulate: what the backend receives. */
  readonly integrationRequest?: { body: string; headers: Record<string, string>; uri?: string };
  readonly lambdaEvent?: object;
  /** Headers API Gateway dropped from the sample request before templates and integrations read it, and why. */
  readonly droppedHeaders?: { name: string; reason: string }[];
  /** CloudFormation's Fn::Sub substitutions in the templates that ran: each `${Name}`, its value, and its source. */
  readonly substitutions?: { name: string; value: string; source: string }[];
  readonly errors: RenderedError[];
  /** Problems with the sample request (unknown fields, wrong types): the render still ran. */
  readonly requestProblems: string[];
  /** True when the output was cut for display. */
  readonly truncated?: boolean;
}

export interface RenderResponse {
  /** Undefined when there is nothing to render here (with `message` saying why). */
  readonly result?: RenderResultPayload;
  readonly message?: string;
}

export interface CreateSampleRequestParams {
  readonly position?: { line: number; character: number };
  readonly integrationId?: string;
}

export interface CreateSampleRequestResult {
  /** `get-pets-petId.json`: a file name for `.apigw/requests/`. */
  readonly fileName?: string;
  readonly content?: string;
  readonly message?: string;
}

/** The client's commands the CodeLenses run (registered by the extension, not the server). */
export const RENDER_COMMANDS = {
  render: 'apigw.renderTemplate',
  simulate: 'apigw.simulateRequest',
  createSampleRequest: 'apigw.createSampleRequest',
  selectSampleRequest: 'apigw.selectSampleRequest',
} as const;

/** The arguments a CodeLens passes to the render/simulate commands: the document and the target. */
export type RenderCommandArguments = [uri: string, target: RenderTarget];
