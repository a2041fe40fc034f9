/**
 * Render and simulate for the editor: find the template (or integration) the user means, decode it through the
 * source map, run API Gateway's engine on a sample request, and map the engine's errors (template coordinates)
 * back to file ranges. Pure: the sample request arrives as text; nothing here touches the disk.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import {
  BackendResponse,
  chooseRequestTemplate,
  chooseResponseTemplate,
  RenderError,
  RenderOptions,
  renderTemplate,
  SampleRequest,
  selectIntegrationResponse,
  selectionSubject,
  simulate,
} from '../../render';
import type { Integration } from '../../model/types';
import type { ParsedDocument } from '../../model/parsedDocument';
import { EmbeddedTemplate, identityTemplate } from '../../sourceMap';
import { BuiltSpec, buildIntegrationSpec, SpecTemplate } from './integrationSpec';
import { checkOutput } from './output';
import { parseSampleRequest, readSampleRequest } from './sampleRequest';
import { draftSampleRequest } from './sampleDraft';
import { decodeLocation, findMappingTemplates, MappingTemplateLocation, mappingTemplateAt } from '../../model/mappingTemplates';
import { integrationAtOffset, summarizeIntegration, summarizeTemplate } from './templateSummaries';
import { substituteTemplate, subVariables, Substituted, SubstitutedValue } from './substitutions';
import { randomUuid } from '../../util/bytes';
import type {
  CreateSampleRequestParams,
  CreateSampleRequestResult,
  RenderIntegration,
  ListTemplatesResult,
  RenderedError,
  RenderParams,
  RenderResponse,
  RenderResultPayload,
  TemplateSummary,
} from '../../../../../shared/renderTypes';

export { substituteTemplate };

export interface RenderEnvironment {
  /** Fixed clock and request id, for tests. */
  readonly now?: Date;
  readonly requestId?: string;
  /** Per template; the engine's own default is 2 s. */
  readonly timeBudgetMs?: number;
  readonly maxOutputBytes?: number;
  /** Outputs longer than this are cut (default MAX_DISPLAY_CHARS; the CLI prints everything). */
  readonly displayLimit?: number;
}

/** Outputs longer than this are cut for display (the engine already bounds them at maxOutputBytes). */
export const MAX_DISPLAY_CHARS = 200_000;
/** The editor's budget per template: a preview that keeps up with typing. */
export const EDITOR_TIME_BUDGET_MS = 1500;

/** One request id per server session, so the preview does not change on every keystroke. */
const SESSION_REQUEST_ID = randomUuid();

export function listTemplates(document: TextDocument, parsed: ParsedDocument): ListTemplatesResult {
  if (document.languageId === 'vtl') return { templates: [vtlSummary(document, 'request')], integrations: [] };
  const templates = findMappingTemplates(parsed).map((t) => summarizeTemplate(document, t));
  const integrations: RenderIntegration[] = [];
  for (const integration of parsed.isApiGateway ? parsed.model.integrations : []) {
    const built = buildIntegrationSpec(parsed, integration);
    integrations.push(summarizeIntegration(document, integration, built.ok ? built.built.spec.type : undefined));
  }
  return { templates, integrations };
}

export function renderDocument(document: TextDocument, parsed: ParsedDocument, params: RenderParams, env: RenderEnvironment = {}): RenderResponse {
  if (document.languageId === 'vtl') return renderVtlFile(document, params, env);
  const offset = params.position ? document.offsetAt(params.position) : undefined;
  const templates = findMappingTemplates(parsed);
  let location = params.templateId ? templates.find((t) => t.id === params.templateId) : undefined;
  if (!location && offset !== undefined) location = mappingTemplateAt(parsed, offset);
  if (params.mode === 'simulate') {
    let integration = params.integrationId ? parsed.model.integrations.find((i) => i.id === params.integrationId) : undefined;
    integration ??= location?.integration ?? (offset !== undefined ? integrationAtOffset(parsed, offset) : undefined);
    if (!integration) return { message: 'Put the cursor in an integration (or one of its templates) to simulate a request through it.' };
    return { result: simulateIntegration(document, parsed, integration, params, env) };
  }
  if (!location) {
    if (params.templateId) return { message: 'The template is no longer in the file (was its content type renamed?).' };
    return { message: 'Put the cursor in a request or response mapping template (requestTemplates / responseTemplates) to render it.' };
  }
  return { result: renderLocation(document, parsed, location, params, env) };
}

// ---------------------------------------------------------------------------------------------------------------
// Sample requests

interface ResolvedRequest {
  request: SampleRequest;
  backend?: BackendResponse;
  problems: string[];
  name: string;
  error?: string;
}

function resolveRequest(parsed: ParsedDocument, integration: Integration | undefined, params: RenderParams, type?: string): ResolvedRequest {
  if (params.requestText !== undefined) {
    const name = params.requestName ?? 'sample request';
    try {
      const file = parseSampleRequest(params.requestText);
      return { ...file, name };
    } catch (error) {
      return { request: {}, problems: [], name, error: (error as Error).message };
    }
  }
  if (!integration) return { request: { httpMethod: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: '{}' }, problems: [], name: 'an empty POST request' };
  const draft = draftSampleRequest(parsed, integration, type);
  const file = readSampleRequest(draft.json);
  return { ...file, name: `generated for ${integration.method ?? ''} ${integration.path ?? integration.id}`.replace(/\s+/g, ' ').trim() };
}

/** The engine's options; a sample's own `context.requestId` wins over the session's (the engine sees to it). */
function engineOptions(env: RenderEnvironment): RenderOptions {
  return {
    now: env.now,
    requestId: env.requestId ?? SESSION_REQUEST_ID,
    timeBudgetMs: env.timeBudgetMs ?? EDITOR_TIME_BUDGET_MS,
    maxOutputBytes: env.maxOutputBytes,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Render one template

function renderLocation(document: TextDocument, parsed: ParsedDocument, location: MappingTemplateLocation, params: RenderParams, env: RenderEnvironment): RenderResultPayload {
  const summary = summarizeTemplate(document, location);
  const integration = location.integration;
  const outcome = integration ? buildIntegrationSpec(parsed, integration) : undefined;
  const built = outcome?.ok ? outcome.built : undefined;
  const resolved = resolveRequest(parsed, integration, params, built?.spec.type);
  const base = {
    mode: 'render' as const,
    template: summary,
    integration: integration ? summarizeIntegration(document, integration, built?.spec.type) : undefined,
    requestName: resolved.name,
    requestProblems: resolved.problems,
  };
  if (resolved.error) return failed(base, resolved.error);
  const decoded = decodeLocation(parsed.text, location);
  if (!decoded) return failed(base, `This template cannot be rendered: ${location.unrenderable ?? 'it cannot be read'}.`, 'unavailable');
  const steps: { stage: string; message: string }[] = [];
  const substituted = location.sub ? substituteTemplate(decoded, parsed, resolved.request, subVariables(location)) : undefined;
  if (substituted) steps.push(...substitutionSteps(substituted.values));
  const backend = location.stage === 'response' ? resolved.backend ?? { statusCode: 200, body: '' } : undefined;
  if (location.stage === 'response' && !resolved.backend) steps.push({ stage: 'backend', message: 'the sample request has no "backend" response; the template reads an empty 200 response' });
  if (built) steps.push(...explainSelection(built, location, resolved.request, backend));
  const r = renderTemplate(substituted?.text ?? decoded.text, location.stage, resolved.request, backend, engineOptions(env));
  steps.push(...droppedSteps(r.droppedHeaders));
  if (r.failure) steps.push({ stage: location.stage === 'request' ? 'integration request' : 'integration response', message: `${r.failure.reason}: API Gateway answers ${r.failure.status} ${r.failure.body}` });
  const errors = r.errors.map((e) => mapError(document, substituted ? substituted.toDecoded(e) : e, decoded, location.stage, location.id));
  const status = r.failure?.status ?? (location.stage === 'response' ? r.responseOverride.status ?? statusNumber(location.statusCode) : undefined);
  const headers: Record<string, string> = location.stage === 'response' ? { 'Content-Type': location.contentType, ...r.responseOverride.header } : {};
  const anyRequestOverride = Object.keys(r.requestOverride.header).length + Object.keys(r.requestOverride.querystring).length + Object.keys(r.requestOverride.path).length > 0;
  const anyResponseOverride = Object.keys(r.responseOverride.header).length > 0 || r.responseOverride.status !== undefined;
  return {
    ...base,
    ...display(r.output, location.stage === 'response' ? location.contentType : undefined, env),
    ...(status !== undefined ? { statusCode: status } : {}),
    headers,
    steps,
    contextUsed: r.contextUsed,
    ...(anyRequestOverride || anyResponseOverride
      ? { overrides: { ...(anyRequestOverride ? { request: r.requestOverride } : {}), ...(anyResponseOverride ? { response: r.responseOverride } : {}) } }
      : {}),
    ...(r.droppedHeaders.length ? { droppedHeaders: r.droppedHeaders } : {}),
    ...(substituted?.values.length ? { substitutions: substituted.values } : {}),
    errors,
  };
}

/** The preview's account of CloudFormation's substitution: each `${Name}`, its value and where that comes from. */
function substitutionSteps(values: readonly SubstitutedValue[]): { stage: string; message: string }[] {
  if (!values.length) return [];
  return [
    {
      stage: 'template',
      message: `Fn::Sub: CloudFormation replaces ${values.map((v) => `\${${v.name}} with ${v.value} (${v.source})`).join('; ')} before API Gateway sees the template`,
    },
  ];
}

function droppedSteps(dropped: readonly { name: string; reason: string }[]): { stage: string; message: string }[] {
  return dropped.length ? [{ stage: 'method request', message: `API Gateway drops ${dropped.map((d) => d.name).join(', ')} from the sample request before templates read it (hop-by-hop and reserved headers)` }] : [];
}

/** Would API Gateway pick this template for the sample request? Say which one it picks, and why. */
function explainSelection(built: BuiltSpec, location: MappingTemplateLocation, request: SampleRequest, backend: BackendResponse | undefined): { stage: string; message: string }[] {
  const spec = built.spec;
  if (spec.type === 'AWS_PROXY' || spec.type === 'HTTP_PROXY') {
    return [{ stage: 'integration request', message: `${spec.type} integrations pass requests through: API Gateway ignores mapping templates here` }];
  }
  if (location.stage === 'request') {
    const choice = chooseRequestTemplate(spec, request);
    if (choice.kind === 'template' && choice.contentType === location.contentType) return [{ stage: 'integration request', message: choice.why }];
    return [{ stage: 'integration request', message: `rendered as asked, but this sample request would not use it: ${choice.why}` }];
  }
  if (spec.type === 'MOCK') {
    return [{ stage: 'integration response', message: "MOCK: the integration response is chosen by the request template's \"statusCode\"; Simulate Request runs both stages" }];
  }
  const own = built.responseTemplates.findIndex((byType) => [...byType.values()].some((t) => t.location === location));
  if (own < 0) return [];
  const responses = spec.responses ?? [];
  const selected = selectIntegrationResponse(responses, selectionSubject(spec, backend));
  if (!selected.response) return [{ stage: 'integration response', message: `rendered as asked, but this backend response selects no integration response: ${selected.why}` }];
  if (responses.indexOf(selected.response) !== own) {
    return [{ stage: 'integration response', message: `rendered as asked, but this backend response selects another integration response: ${selected.why}` }];
  }
  const template = chooseResponseTemplate(selected.response.responseTemplates ?? {}, headerValue(request, 'Accept'));
  if (template.contentType === location.contentType) return [{ stage: 'integration response', message: selected.why }, { stage: 'integration response', message: template.why }];
  return [{ stage: 'integration response', message: selected.why }, { stage: 'integration response', message: `rendered as asked, but ${template.why}` }];
}

// ---------------------------------------------------------------------------------------------------------------
// Simulate the whole pipeline

function simulateIntegration(document: TextDocument, parsed: ParsedDocument, integration: Integration, params: RenderParams, env: RenderEnvironment): RenderResultPayload {
  const outcome = buildIntegrationSpec(parsed, integration);
  const summary = summarizeIntegration(document, integration, outcome.ok ? outcome.built.spec.type : undefined);
  const resolved = resolveRequest(parsed, integration, params, outcome.ok ? outcome.built.spec.type : undefined);
  const base = { mode: 'simulate' as const, integration: summary, requestName: resolved.name, requestProblems: resolved.problems };
  if (resolved.error) return failed(base, resolved.error);
  if (!outcome.ok) return failed(base, `This integration cannot be simulated: ${outcome.reason}.`, 'unavailable');
  const built = outcome.built;
  // CloudFormation substitutes first: each template under Fn::Sub runs as API Gateway receives it
  const substituted = new Map<SpecTemplate, Substituted>();
  const substitute = (t: SpecTemplate): string => {
    if (!t.location.sub) return t.decoded.text;
    const done = substituteTemplate(t.decoded, parsed, resolved.request, subVariables(t.location));
    substituted.set(t, done);
    return done.text;
  };
  const requestTemplates: Record<string, string> = {};
  for (const [ct, t] of built.requestTemplates) requestTemplates[ct] = substitute(t);
  const responses = (built.spec.responses ?? []).map((response, i) => {
    const own = built.responseTemplates[i];
    if (!own || !own.size) return response;
    const responseTemplates: Record<string, string> = { ...(response.responseTemplates ?? {}) };
    for (const [ct, t] of own) responseTemplates[ct] = substitute(t);
    return { ...response, responseTemplates };
  });
  const spec = { ...built.spec, ...(built.requestTemplates.size ? { requestTemplates: { ...(built.spec.requestTemplates ?? {}), ...requestTemplates } } : {}), responses };
  const r = simulate(spec, resolved.request, resolved.backend, engineOptions(env));

  // The templates simulate() ran (it says which), to map their errors and list the values they read.
  const ran = (stage: 'request' | 'response', contentType: string | undefined): SpecTemplate | undefined => {
    if (contentType === undefined) return undefined;
    if (stage === 'request') return built.requestTemplates.get(contentType);
    return r.selectedResponse ? built.responseTemplates[r.selectedResponse.index]?.get(contentType) : undefined;
  };
  const requestTemplate = ran('request', r.templates.find((t) => t.stage === 'request')?.contentType);
  const errors: RenderedError[] = r.errors.map((e) => {
    const used = e.template ? ran(e.template, e.contentType) : undefined;
    if (used) return mapError(document, substituted.get(used)?.toDecoded(e) ?? e, used.decoded, e.template!, used.location.id);
    return { kind: e.kind, message: e.message, ...(e.template ? { stage: e.template } : {}) };
  });
  const values: SubstitutedValue[] = [];
  for (const t of r.templates) {
    const used = ran(t.stage, t.contentType);
    for (const v of (used && substituted.get(used)?.values) ?? []) if (!values.some((x) => x.name === v.name)) values.push(v);
  }
  const contextUsed: { name: string; value: unknown }[] = [];
  const seen = new Set<string>();
  for (const item of r.templates.flatMap((t) => t.contextUsed)) {
    if (seen.has(item.name)) continue;
    seen.add(item.name);
    contextUsed.push(item);
  }
  const steps = [...built.notes.map((message) => ({ stage: 'note', message })), ...substitutionSteps(values), ...r.steps];
  return {
    ...base,
    ...(requestTemplate ? { template: summarizeTemplate(document, requestTemplate.location) } : {}),
    ...display(r.body, r.headers['Content-Type'] ?? r.headers['content-type'], env),
    statusCode: r.statusCode,
    headers: r.headers,
    steps,
    contextUsed,
    ...(r.selectedResponse ? { selectedResponse: { selectionPattern: r.selectedResponse.selectionPattern, statusCode: r.selectedResponse.statusCode } } : {}),
    ...(r.integrationRequest ? { integrationRequest: r.integrationRequest } : {}),
    ...(r.lambdaEvent ? { lambdaEvent: r.lambdaEvent } : {}),
    ...(r.droppedHeaders.length ? { droppedHeaders: r.droppedHeaders } : {}),
    ...(values.length ? { substitutions: values } : {}),
    errors,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A `.vtl` file: the whole file is one template

function vtlSummary(document: TextDocument, stage: 'request' | 'response'): TemplateSummary {
  const end = document.positionAt(document.getText().length);
  const name = document.uri.split('/').pop() ?? document.uri;
  return {
    id: `${document.uri}::${stage}`,
    stage,
    contentType: 'application/json',
    integrationId: '',
    owner: name,
    label: `${name} · ${stage} template`,
    keyRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    range: { start: { line: 0, character: 0 }, end },
  };
}

function renderVtlFile(document: TextDocument, params: RenderParams, env: RenderEnvironment): RenderResponse {
  const stage = params.stage ?? (params.templateId?.endsWith('::response') ? 'response' : 'request');
  const summary = vtlSummary(document, stage);
  if (params.mode === 'simulate') return { message: 'A .vtl file has no integration to simulate; use Render Mapping Template.' };
  let request: SampleRequest = { httpMethod: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: '{}' };
  let backend: BackendResponse | undefined;
  let problems: string[] = [];
  const requestName = params.requestName ?? (params.requestText !== undefined ? 'sample request' : 'an empty POST request');
  const base = { mode: 'render' as const, template: summary, requestName, requestProblems: problems };
  if (params.requestText !== undefined) {
    try {
      ({ request, backend, problems } = parseSampleRequest(params.requestText));
      base.requestProblems = problems;
    } catch (error) {
      return { result: failed(base, (error as Error).message) };
    }
  }
  const text = document.getText();
  const decoded = identityTemplate(text);
  const b = stage === 'response' ? backend ?? { statusCode: 200, body: '' } : undefined;
  const r = renderTemplate(text, stage, request, b, engineOptions(env));
  const steps = droppedSteps(r.droppedHeaders);
  if (r.failure) steps.push({ stage: stage === 'request' ? 'integration request' : 'integration response', message: `${r.failure.reason}: API Gateway answers ${r.failure.status} ${r.failure.body}` });
  const status = r.failure?.status ?? r.responseOverride.status;
  return {
    result: {
      ...base,
      ...display(r.output, stage === 'response' ? 'application/json' : undefined, env),
      ...(status !== undefined ? { statusCode: status } : {}),
      headers: { ...r.responseOverride.header },
      steps,
      ...(r.droppedHeaders.length ? { droppedHeaders: r.droppedHeaders } : {}),
      contextUsed: r.contextUsed,
      errors: r.errors.map((e) => mapError(document, e, decoded, stage, summary.id)),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Creating a sample request

export function createSampleRequest(document: TextDocument, parsed: ParsedDocument, params: CreateSampleRequestParams): CreateSampleRequestResult {
  const offset = params.position ? document.offsetAt(params.position) : undefined;
  let integration = params.integrationId ? parsed.model.integrations.find((i) => i.id === params.integrationId) : undefined;
  if (!integration && offset !== undefined) integration = mappingTemplateAt(parsed, offset)?.integration ?? integrationAtOffset(parsed, offset);
  if (!integration) return { message: 'Put the cursor in an operation with an API Gateway integration to create a sample request for it.' };
  const built = buildIntegrationSpec(parsed, integration);
  const draft = draftSampleRequest(parsed, integration, built.ok ? built.built.spec.type : undefined);
  return { fileName: draft.fileName, content: `${JSON.stringify(draft.json, null, 2)}\n` };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function mapError(document: TextDocument, e: RenderError, decoded: EmbeddedTemplate, stage: 'request' | 'response', templateId: string): RenderedError {
  const out: RenderedError = { kind: e.kind, message: e.message, stage, templateId };
  if (e.offset === undefined) return out;
  const start = Math.min(e.offset, decoded.text.length);
  // An error with no length still deserves one visible character.
  const end = Math.min(decoded.text.length, start + Math.max(e.length ?? 0, 1));
  const file = decoded.toFileRange(start, end);
  const range: Range = { start: document.positionAt(file.start), end: document.positionAt(file.end) };
  return { ...out, templateLine: e.line, templateColumn: e.column, range };
}

function display(output: string, contentType: string | undefined, env: RenderEnvironment): Pick<RenderResultPayload, 'output' | 'outputCheck' | 'truncated'> {
  const outputCheck = checkOutput(output, contentType);
  const limit = env.displayLimit ?? MAX_DISPLAY_CHARS;
  if (output.length <= limit) return { output, outputCheck };
  const pretty = outputCheck.pretty && outputCheck.pretty.length > limit ? undefined : outputCheck.pretty;
  return { output: output.slice(0, limit), outputCheck: { ...outputCheck, pretty }, truncated: true };
}

function failed(
  base: Pick<RenderResultPayload, 'mode' | 'requestName' | 'requestProblems'> & Partial<RenderResultPayload>,
  message: string,
  kind: RenderedError['kind'] = 'request',
): RenderResultPayload {
  return { ...base, output: '', outputCheck: { kind: 'empty', valid: true }, headers: {}, steps: [], contextUsed: [], errors: [{ kind, message }] };
}

function statusNumber(code: string | undefined): number | undefined {
  return code !== undefined && /^\d{3}$/.test(code) ? Number(code) : undefined;
}

function headerValue(request: SampleRequest, name: string): string | undefined {
  const want = name.toLowerCase();
  for (const [k, v] of Object.entries(request.headers ?? {})) if (k.toLowerCase() === want) return v;
  for (const [k, v] of Object.entries(request.multiValueHeaders ?? {})) if (k.toLowerCase() === want) return v[v.length - 1];
  return undefined;
}
