/**
 * The VTL side on one template text: the parser, template diagnostics, completion and hover at sampled offsets,
 * and the renderer with a small budget. Checks that nothing throws, every offset lies inside the template, the
 * renderer's errors are clear (a kind and a message) and its output stays under the cap it was given.
 */
import { renderTemplate } from '../../server/src/service/render';
import type { SampleRequest } from '../../server/src/service/render';
import { completeTemplate, hoverTemplate, parseTemplate, validateTemplate } from '../../server/src/service/vtl';
import type { MappingContext } from '../../server/src/service/vtl';
import type { Random } from './random';
import type { Violation } from './exercise';

export interface VtlOptions {
  readonly random: Random;
  /** Completion and hover: this many sampled offsets, or these offsets. */
  readonly offsets: number | readonly number[];
  readonly stage: 'request' | 'response';
  /** The renderer's own limits for this run. */
  readonly timeBudgetMs: number;
  readonly maxSteps: number;
  readonly maxOutputBytes: number;
}

const REQUEST: SampleRequest = {
  httpMethod: 'POST',
  path: '/pets/7',
  headers: { 'Content-Type': 'application/json', 'X-Id': 'abc' },
  queryStringParameters: { q: 'x' },
  pathParameters: { id: '7' },
  stageVariables: { table: 'Pets' },
  body: '{"name":"Rex","tags":["a","b"],"n":3,"nested":{"list":[{"k":1},{"k":2}]}}',
};

const CONTEXT: MappingContext = {
  stageVariableNames: ['table'],
  parameterNames: { path: ['id'], querystring: ['q'], header: ['X-Id'] },
  bodyPaths: [{ path: '$.name', type: 'string' }],
};

const ERROR_KINDS = new Set(['syntax', 'runtime', 'limit', 'security']);

export interface VtlStats {
  renders: number;
  renderErrors: Record<string, number>;
  /** The longest render (ms) and the template's length, for the long run's report. */
  slowest: { ms: number; length: number };
}

export function exerciseTemplate(text: string, options: VtlOptions, stats?: VtlStats): Violation[] {
  const violations: Violation[] = [];
  const fail = (check: string, message: string, offset?: number) => {
    if (violations.length < 30) violations.push({ check, message, offset });
  };
  const guard = <T>(check: string, work: () => T, offset?: number): T | undefined => {
    try {
      return work();
    } catch (error) {
      fail(check, `threw ${(error as Error)?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(error)}`, offset);
      return undefined;
    }
  };
  const span = (check: string, offset: number, length: number, at?: number) => {
    if (!(Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length >= 0 && offset + length <= text.length)) {
      fail(check, `span ${offset}+${length} is outside the template (${text.length} characters)`, at);
    }
  };

  guard('vtl.parseTemplate', () => parseTemplate(text));
  const context = { ...CONTEXT, stage: options.stage };
  for (const d of guard('vtl.validateTemplate', () => validateTemplate(text, context)) ?? []) {
    span('vtl.diagnostic-span', d.offset, d.length);
    if (!d.message) fail('vtl.diagnostic-message', `${d.code} without a message`);
    for (const e of d.fix?.edits ?? []) span('vtl.fix-span', e.offset, e.length);
  }

  const offsets = new Set(typeof options.offsets === 'number' ? [0, text.length] : options.offsets.filter((o) => o >= 0 && o <= text.length));
  const hits = [...text.matchAll(/[$#.({'"!\\]/g)].map((m) => m.index!);
  const samples = typeof options.offsets === 'number' ? options.offsets : 0;
  for (let i = 0; i < samples; i++) offsets.add(hits.length && options.random.chance(0.6) ? Math.min(text.length, options.random.pick(hits) + options.random.int(3)) : options.random.int(text.length + 1));
  for (const offset of offsets) {
    for (const c of guard('vtl.completeTemplate', () => completeTemplate(text, offset, context), offset) ?? []) {
      if (!(c.replaceStart <= offset && offset <= c.replaceEnd)) fail('vtl.completion-span', `${JSON.stringify(c.label)} replaces ${c.replaceStart}-${c.replaceEnd}, not around the caret ${offset}`, offset);
      span('vtl.completion-span', c.replaceStart, c.replaceEnd - c.replaceStart, offset);
    }
    const hover = guard('vtl.hoverTemplate', () => hoverTemplate(text, offset, context), offset);
    if (hover) span('vtl.hover-span', hover.offset, hover.length, offset);
  }

  const started = Date.now();
  const result = guard('render', () =>
    renderTemplate(text, options.stage, REQUEST, options.stage === 'response' ? { statusCode: 200, body: '{"ok":true,"items":[1,2,3]}' } : undefined, {
      timeBudgetMs: options.timeBudgetMs,
      maxSteps: options.maxSteps,
      maxOutputBytes: options.maxOutputBytes,
      now: new Date('2024-01-02T03:04:05Z'),
      requestId: 'fuzz',
    }),
  );
  const ms = Date.now() - started;
  if (result) {
    if (stats) {
      stats.renders++;
      if (ms > stats.slowest.ms) stats.slowest = { ms, length: text.length };
    }
    if (typeof result.output !== 'string') fail('render-output', 'no output string');
    else if (Buffer.byteLength(result.output, 'utf8') > options.maxOutputBytes) fail('render-output', `output of ${Buffer.byteLength(result.output, 'utf8')} bytes passed the ${options.maxOutputBytes}-byte cap`);
    for (const e of result.errors) {
      if (stats) stats.renderErrors[e.kind] = (stats.renderErrors[e.kind] ?? 0) + 1;
      if (!ERROR_KINDS.has(e.kind) || !e.message) fail('render-error', `an error without a kind or message: ${JSON.stringify(e)}`);
      if (e.offset !== undefined) span('render-error-span', e.offset, e.length ?? 0);
    }
  }
  return violations;
}

/** Keys a template could have added to the host's shared objects (checked after a run). */
export function hostSnapshot(): string[] {
  const keys = (o: object) => Reflect.ownKeys(o).map(String).sort().join(',');
  return [keys(Object.prototype), keys(Array.prototype), keys(String.prototype), keys(Function.prototype), keys(globalThis)];
}
