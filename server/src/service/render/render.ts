// renderTemplate: one mapping template, one sample request (and backend response), sandboxed and bounded.
import { Interpreter } from './interpreter';
import { JList, JMap, JObject, JValue, isNumber, javaString, numValue } from './values';
import { InputHost, UtilHost, backendBody, bodyText, buildContext, requestInfo, stageVariables } from './runtime';
import { arrivalRequest, DroppedHeader } from './headers';
import { BackendResponse, RenderError, RenderOptions, RenderResult, SampleRequest } from './types';
import { utf8ByteLength } from '../util/bytes';

/** API Gateway's quota on one mapping template. */
export const MAX_TEMPLATE_BYTES = 300 * 1024;
/** Velocity's directive.foreach.maxloops as API Gateway is reported to set it (see quirks.test.ts). */
export const MAX_FOREACH = 1000;
export const DEFAULTS = { maxOutputBytes: 1024 * 1024, maxSteps: 2_000_000, timeBudgetMs: 2000, maxMacroDepth: 20 };

export function renderTemplate(
  template: string,
  stage: 'request' | 'response',
  request: SampleRequest,
  backend?: BackendResponse,
  options: RenderOptions = {},
): RenderResult {
  const { aborted: _aborted, ...result } = renderWithStatus(template, stage, request, backend, options);
  void _aborted;
  return result;
}

/** What one request shares across its templates: API Gateway keeps one mutable $context per request. */
export interface RequestScope {
  /** The request as API Gateway sees it (arrival headers dropped). */
  readonly request: SampleRequest;
  readonly context: JMap;
}

/** One $context for a request: the request and response templates of a simulate() both read and write it. */
export function requestScope(request: SampleRequest, options: RenderOptions = {}): RequestScope & { dropped: DroppedHeader[] } {
  const arrived = arrivalRequest(request);
  return { request: arrived.request, context: buildContext(arrived.request, requestInfo(arrived.request, options)), dropped: arrived.dropped };
}

export const INTERNAL_SERVER_ERROR = '{"message": "Internal server error"}';
/** The 400 for a method request body the template cannot read (LocalStack's AWS-parity message for the same case). */
export const INVALID_JSON_BODY = '{"message": "Invalid JSON in request body"}';

/** renderTemplate plus whether rendering ended early (API Gateway then answers `failure.status`). */
export function renderWithStatus(
  template: string,
  stage: 'request' | 'response',
  request: SampleRequest,
  backend?: BackendResponse,
  options: RenderOptions = {},
  shared?: RequestScope,
): RenderResult & { aborted: boolean } {
  const result: RenderResult & { aborted: boolean } = {
    aborted: false,
    output: '',
    errors: [],
    requestOverride: { header: {}, querystring: {}, path: {} },
    responseOverride: { header: {} },
    contextUsed: [],
    droppedHeaders: [],
  };
  const size = utf8ByteLength(template);
  if (size > MAX_TEMPLATE_BYTES) {
    result.errors.push({ kind: 'limit', message: `the template is ${Math.ceil(size / 1024)} KB; API Gateway accepts mapping templates up to 300 KB`, offset: 0, length: 0, line: 1, column: 1 });
    result.aborted = true;
    result.failure = { status: 500, body: INTERNAL_SERVER_ERROR, reason: 'the template is larger than API Gateway accepts' };
    return result;
  }
  const scope: RequestScope = shared ?? requestScope(request, options);
  if (!shared) result.droppedHeaders = (scope as RequestScope & { dropped: DroppedHeader[] }).dropped;
  const seen = scope.request;
  const payload = stage === 'request' ? bodyText(seen.body ?? null) : backendBody(backend);
  const input = new InputHost(payload, seen);
  const globals = new Map<string, JValue>([
    ['input', new JObject(input)],
    ['util', new JObject(new UtilHost())],
    ['context', scope.context],
    ['stageVariables', stageVariables(seen)],
  ]);
  const interp = new Interpreter(
    template,
    globals,
    {
      maxSteps: options.maxSteps ?? DEFAULTS.maxSteps,
      maxOutputBytes: options.maxOutputBytes ?? DEFAULTS.maxOutputBytes,
      deadline: Date.now() + (options.timeBudgetMs ?? DEFAULTS.timeBudgetMs),
      maxForeach: MAX_FOREACH,
      maxMacroDepth: DEFAULTS.maxMacroDepth,
    },
    new Set(['context', 'stageVariables', 'input']),
  );
  input.charge = (n) => interp.tick(n);
  result.output = interp.run();
  result.aborted = interp.aborted;
  const lines = lineStarts(template);
  result.errors = interp.errors.map((e) => withPosition(e, lines));
  for (const [name, value] of interp.used) result.contextUsed.push({ name, value });
  if (interp.aborted) {
    result.failure =
      interp.payloadError && stage === 'request'
        ? { status: 400, body: INVALID_JSON_BODY, reason: 'the method request body cannot be parsed as JSON, which the template reads' }
        : { status: 500, body: INTERNAL_SERVER_ERROR, reason: interp.payloadError ? "the backend's response body cannot be parsed as JSON, which the template reads" : 'the template failed' };
  }
  // the template may have replaced $context itself; read the overrides from whatever it holds now
  const ctx = globals.get('context');
  if (ctx instanceof JMap) {
    readOverrides(ctx, result);
  }
  return result;
}

/** $context.requestOverride / responseOverride as API Gateway applies them. */
export function readOverrides(ctx: JMap, result: Pick<RenderResult, 'requestOverride' | 'responseOverride' | 'errors'>): void {
  const req = ctx.get('requestOverride');
  if (req instanceof JMap) {
    result.requestOverride.header = stringMap(req.get('header'));
    result.requestOverride.querystring = stringMap(req.get('querystring'));
    result.requestOverride.path = stringMap(req.get('path'));
  }
  const res = ctx.get('responseOverride');
  if (res instanceof JMap) {
    result.responseOverride.header = stringMap(res.get('header'));
    const status = res.get('status');
    if (status !== undefined && status !== null) {
      const n = isNumber(status) ? numValue(status) : Number(javaString(status));
      if (Number.isInteger(n)) result.responseOverride.status = n;
      else result.errors.push({ kind: 'runtime', message: `$context.responseOverride.status must be an integer status code, got '${javaString(status)}'` });
    }
  }
}

/** Override values as the endpoint receives them: a list becomes comma-separated values. */
function stringMap(v: JValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(v instanceof JMap)) return out;
  for (const [k, x] of v.entries()) {
    if (x === null) continue;
    out[String(k)] = x instanceof JList ? x.items.map((i) => javaString(i)).join(',') : javaString(x);
  }
  return out;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function withPosition(e: { kind: RenderError['kind']; message: string; offset?: number; length?: number }, starts: number[]): RenderError {
  const out: RenderError = { kind: e.kind, message: e.message };
  if (e.offset === undefined) return out;
  out.offset = e.offset;
  out.length = e.length ?? 0;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= e.offset) lo = mid;
    else hi = mid - 1;
  }
  out.line = lo + 1;
  out.column = e.offset - starts[lo] + 1;
  return out;
}
