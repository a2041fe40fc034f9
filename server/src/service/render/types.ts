// The renderer's public types (stable: the language server, preview and CLI call these).

export interface SampleRequest {
  httpMethod?: string;
  path?: string;
  resourcePath?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  queryStringParameters?: Record<string, string>;
  multiValueQueryStringParameters?: Record<string, string[]>;
  pathParameters?: Record<string, string>;
  stageVariables?: Record<string, string>;
  body?: string | object | null;
  isBase64Encoded?: boolean;
  /** Overrides for $context values (nested objects, e.g. {identity:{sourceIp}}). */
  context?: Record<string, unknown>;
}

export interface BackendResponse {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: string | object | null;
  errorMessage?: string;
}

export interface RenderOptions {
  maxOutputBytes?: number;
  maxSteps?: number;
  timeBudgetMs?: number;
  now?: Date;
  /**
   * $context.requestId when the sample request does not set `context.requestId` (its value wins, as every
   * `context` value does). Default: a new UUID, one per render, and one for all the stages of a simulate().
   */
  requestId?: string;
}

/** Offsets and lines are in TEMPLATE coordinates: 0-based offset, 1-based line and column. */
export interface RenderError {
  kind: 'syntax' | 'runtime' | 'limit' | 'security';
  message: string;
  offset?: number;
  length?: number;
  line?: number;
  column?: number;
}

export interface RenderResult {
  output: string;
  errors: RenderError[];
  requestOverride: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
  responseOverride: { status?: number; header: Record<string, string> };
  /** Which $context/$stageVariables/$input values the template read. */
  contextUsed: { name: string; value: unknown }[];
  /**
   * When rendering ended early, what API Gateway answers instead: 400 when a method request body the template
   * reads cannot be parsed, 500 for any other failure.
   */
  failure?: { status: number; body: string; reason: string };
  /** Headers API Gateway dropped from the sample request before the template ran, and why. */
  droppedHeaders: { name: string; reason: string }[];
}

export interface IntegrationResponseSpec {
  /** 'default' or a Java regex. */
  selectionPattern: string;
  statusCode: string;
  responseTemplates?: Record<string, string>;
  responseParameters?: Record<string, string>;
  contentHandling?: string;
}

export interface IntegrationSpec {
  type: 'AWS' | 'AWS_PROXY' | 'HTTP' | 'HTTP_PROXY' | 'MOCK';
  uri?: string;
  httpMethod?: string;
  passthroughBehavior?: string;
  requestTemplates?: Record<string, string>;
  requestParameters?: Record<string, string>;
  responses?: IntegrationResponseSpec[];
  isLambda?: boolean;
  payloadFormatVersion?: '1.0' | '2.0';
  contentHandling?: string;
}

/** A mapping template simulate() ran. */
export interface SimulatedTemplate {
  stage: 'request' | 'response';
  /** Its key in requestTemplates / responseTemplates. */
  contentType: string;
  /** Which $context/$stageVariables/$input values it read. */
  contextUsed: { name: string; value: unknown }[];
}

/** Human explanations: which template was chosen and why, which response matched, ... */
export interface SimulationStep {
  stage: string;
  message: string;
}

export interface SimulationResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** What the backend would receive. */
  integrationRequest?: { body: string; headers: Record<string, string>; uri?: string };
  /** For AWS_PROXY. */
  lambdaEvent?: object;
  steps: SimulationStep[];
  /** The integration response selectionPattern chose (`index` into IntegrationSpec.responses). */
  selectedResponse?: { index: number; selectionPattern: string; statusCode: string };
  /** The mapping templates that ran, in pipeline order (none for a proxy, a passthrough or a refused request). */
  templates: SimulatedTemplate[];
  errors: (RenderError & { template?: 'request' | 'response'; contentType?: string })[];
  /** Headers API Gateway dropped from the sample request on arrival, and why. */
  droppedHeaders: { name: string; reason: string }[];
}
