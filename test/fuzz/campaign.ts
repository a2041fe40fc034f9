/**
 * A fuzzing run over the language service: generates mutated corpus documents, exercises each, minimises what
 * fails and groups failures by kind. `npm test` runs a small fixed-seed campaign; `npm run fuzz` a long one.
 */
import { getLanguageService } from '../../server/src/service';
import { GeneratedDocument, generateDocument, LanguageId, seedFiles } from './corpus';
import { exerciseDocument, exerciseEdit, Violation } from './exercise';
import { minimize } from './minimize';
import { DEFAULT_LIMITS, mutate, MutationLimits } from './mutate';
import { Random } from './random';
import { exerciseTemplate, hostSnapshot, VtlOptions, VtlStats } from './vtlExercise';
import { corpusRoot, corpusTemplates } from '../unit/vtl/corpusTemplates';

export interface CampaignOptions {
  readonly seed: number;
  /** The first document number (a long run resumes after a document that hung). */
  readonly from?: number;
  /** Stop after this many documents... */
  readonly documents?: number;
  /** ...or at this time (Date.now() value), whichever comes first. */
  readonly until?: number;
  /** Start from corpus files up to this size (the whole corpus when undefined). */
  readonly maxSourceChars?: number;
  readonly limits?: MutationLimits;
  /** Completion/hover/definition offsets sampled per document. */
  readonly offsetsPerDocument?: number;
  /** Templates rendered and integrations simulated per document. */
  readonly renders?: number;
  readonly minimize?: boolean;
  readonly onProgress?: (tried: number, failures: number) => void;
  /** Called before each document (the long run's watchdog records it). */
  readonly onDocument?: (document: GeneratedDocument) => void;
}

export interface Failure {
  /** `check: first line of the message`, with numbers blanked, to group the same bug. */
  readonly signature: string;
  readonly violation: Violation;
  readonly seed: number;
  readonly index: number;
  readonly source: string;
  readonly mutations: string[];
  readonly languageId: LanguageId;
  readonly text: string;
  readonly offset?: number;
  readonly occurrences: number;
}

export interface CampaignResult {
  tried: number;
  failures: Failure[];
  byMutation: Record<string, number>;
  diagnostics: number;
  renders: number;
  positions: number;
  largestDocument: number;
  /** The slowest documents (ms for everything the exerciser asks), slowest first. */
  slowest: { ms: number; index: number; source: string; mutations: string[]; length: number }[];
}

/** A failure as a test or the long run prints it: what, where it came from, the minimised text. */
export function describeFailure(f: Failure): string {
  const text = JSON.stringify(f.text.length > 600 ? f.text.slice(0, 600) + '…' : f.text);
  return `${f.signature}\n  seed ${f.seed}, document ${f.index} (${f.source}; ${f.mutations.join(', ')}), seen ${f.occurrences}×\n  minimised${f.offset === undefined ? '' : ` (caret at ${f.offset})`}: ${text}\n  ${f.violation.message.slice(0, 400)}`;
}

export function signatureOf(v: Violation): string {
  const message = v.message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .replace(/\s+\|.*$/, '');
  return `${v.check}: ${message.slice(0, 160)}`;
}

export function runCampaign(options: CampaignOptions): CampaignResult {
  const files = seedFiles();
  const service = getLanguageService();
  const result: CampaignResult = { tried: 0, failures: [], byMutation: {}, diagnostics: 0, renders: 0, positions: 0, largestDocument: 0, slowest: [] };
  const bySignature = new Map<string, Failure>();
  const from = options.from ?? 0;
  for (let index = from; ; index++) {
    if (options.documents !== undefined && index >= from + options.documents) break;
    if (options.until !== undefined && Date.now() >= options.until) break;
    const doc = generateDocument(files, options.seed, index, { maxSourceChars: options.maxSourceChars, limits: options.limits ?? DEFAULT_LIMITS });
    options.onDocument?.(doc);
    result.tried++;
    result.largestDocument = Math.max(result.largestDocument, doc.text.length);
    for (const m of doc.mutations) result.byMutation[m] = (result.byMutation[m] ?? 0) + 1;
    const random = new Random(index ^ options.seed);
    const started = Date.now();
    const { violations, stats } = exerciseDocument(doc.text, doc.languageId, { offsets: options.offsetsPerDocument ?? 30, renders: options.renders ?? 3, random }, service);
    result.diagnostics += stats.diagnostics;
    result.renders += stats.renders;
    result.positions += stats.positions;
    if (doc.languageId !== 'vtl') violations.push(...exerciseEdit(doc.original, doc.text, doc.languageId, service));
    recordSlowest(result.slowest, { ms: Date.now() - started, index, source: doc.source, mutations: doc.mutations, length: doc.text.length });
    for (const violation of violations) {
      const signature = signatureOf(violation);
      const known = bySignature.get(signature);
      if (known) {
        bySignature.set(signature, { ...known, occurrences: known.occurrences + 1 });
        continue;
      }
      bySignature.set(signature, {
        signature,
        violation,
        seed: options.seed,
        index,
        source: doc.source,
        mutations: doc.mutations,
        languageId: doc.languageId,
        ...(options.minimize ? shrink(doc, violation, signature) : { text: doc.text, offset: violation.offset }),
        occurrences: 1,
      });
    }
    options.onProgress?.(result.tried, bySignature.size);
  }
  result.failures = [...bySignature.values()];
  return result;
}

function recordSlowest(list: CampaignResult['slowest'], entry: CampaignResult['slowest'][number]): void {
  if (list.length >= 5 && entry.ms <= list[list.length - 1].ms) return;
  list.push(entry);
  list.sort((a, b) => b.ms - a.ms);
  list.length = Math.min(list.length, 5);
}

/** The smallest text (and caret) that still shows the same failure. */
function shrink(doc: GeneratedDocument, violation: Violation, signature: string): { text: string; offset?: number } {
  const service = getLanguageService();
  const edit = violation.check === 'incremental-parse' || violation.check.endsWith('(previous)') || violation.check.endsWith('(incremental)') || violation.check.endsWith('(fresh)');
  if (edit) return { text: doc.text }; // an edit needs both versions: kept whole (with its source file)
  const fails = (candidate: { text: string; offset?: number }) => {
    const offsets = candidate.offset === undefined ? [] : [candidate.offset];
    const { violations } = exerciseDocument(candidate.text, doc.languageId, { offsets, renders: 3, random: new Random(1) }, service);
    return violations.some((v) => signatureOf(v) === signature);
  };
  return minimize({ text: doc.text, offset: violation.offset }, fails);
}

// ---------------------------------------------------------------------------------------------------------------
// The VTL parser, template features and renderer, on mutated corpus templates

export interface VtlCampaignOptions {
  readonly seed: number;
  readonly documents?: number;
  readonly until?: number;
  /** The first template number (a long run resumes after one that hung). */
  readonly from?: number;
  readonly limits?: MutationLimits;
  readonly offsetsPerTemplate?: number;
  readonly timeBudgetMs?: number;
  readonly maxSteps?: number;
  readonly maxOutputBytes?: number;
  readonly minimize?: boolean;
  readonly onTemplate?: (index: number, source: string) => void;
}

export interface VtlCampaignResult {
  tried: number;
  failures: Failure[];
  stats: VtlStats;
  /** The host's prototypes and globals changed during the run (a template reached the host). */
  hostChanged: string[];
}

let templateCache: { source: string; stage: 'request' | 'response'; text: string }[] | undefined;

/** Every mapping template of the corpus, decoded (see test/unit/vtl/corpusTemplates.ts). */
export function seedTemplates(): { source: string; stage: 'request' | 'response'; text: string }[] {
  if (templateCache) return templateCache;
  const root = corpusRoot();
  if (!root) throw new Error('The corpus is missing: set APIGW_CORPUS to the folder holding templates/.');
  templateCache = corpusTemplates(root)
    .filter((t) => !t.gatewayResponse)
    .map((t) => ({ source: `${t.file} ${t.where}`, stage: t.stage, text: t.template.text }));
  return templateCache;
}

/** Template number `index` of the run with `seed` (a pure function of both, like generateDocument). */
export function generateTemplate(templates: ReturnType<typeof seedTemplates>, seed: number, index: number, limits: MutationLimits = DEFAULT_LIMITS) {
  const random = new Random((Math.imul(seed, 0x27d4eb2f) ^ Math.imul(index + 1, 0x165667b1)) >>> 0);
  const source = random.pick(templates);
  const { text, applied } = mutate(source.text, random, limits);
  return { random, seed: source, text, applied };
}

export function runVtlCampaign(options: VtlCampaignOptions): VtlCampaignResult {
  const templates = seedTemplates();
  const before = hostSnapshot();
  const stats: VtlStats = { renders: 0, renderErrors: {}, slowest: { ms: 0, length: 0 } };
  const bySignature = new Map<string, Failure>();
  let tried = 0;
  const from = options.from ?? 0;
  for (let index = from; ; index++) {
    if (options.documents !== undefined && index >= from + options.documents) break;
    if (options.until !== undefined && Date.now() >= options.until) break;
    const { random, seed, text, applied } = generateTemplate(templates, options.seed, index, options.limits);
    options.onTemplate?.(index, seed.source);
    tried++;
    const vtlOptions: VtlOptions = {
      random,
      offsets: options.offsetsPerTemplate ?? 20,
      stage: seed.stage,
      timeBudgetMs: options.timeBudgetMs ?? 200,
      maxSteps: options.maxSteps ?? 200_000,
      maxOutputBytes: options.maxOutputBytes ?? 64 * 1024,
    };
    for (const violation of exerciseTemplate(text, vtlOptions, stats)) {
      const signature = signatureOf(violation);
      const known = bySignature.get(signature);
      if (known) {
        bySignature.set(signature, { ...known, occurrences: known.occurrences + 1 });
        continue;
      }
      const shrunk = options.minimize
        ? minimize({ text, offset: violation.offset }, (c) =>
          exerciseTemplate(c.text, { ...vtlOptions, random: new Random(1), offsets: c.offset === undefined ? [] : [c.offset] }).some((v) => signatureOf(v) === signature),
        )
        : { text, offset: violation.offset };
      bySignature.set(signature, { signature, violation, seed: options.seed, index, source: seed.source, mutations: applied, languageId: 'vtl', ...shrunk, occurrences: 1 });
    }
  }
  const after = hostSnapshot();
  const hostChanged = after.map((keys, i) => (keys === before[i] ? '' : `${['Object.prototype', 'Array.prototype', 'String.prototype', 'Function.prototype', 'globalThis'][i]}: ${keys}`)).filter(Boolean);
  return { tried, failures: [...bySignature.values()], stats, hostChanged };
}
