/**
 * `npm run fuzz [--minutes N] [--seed S] [--save]`: the long fuzzing run. The service campaign gets two thirds
 * of the time, the VTL/renderer campaign the rest. Each runs in a worker thread watched from here: a document
 * that makes no progress for `--hang-seconds` (default 120) is reported as a hang with its seed and number, the
 * worker is replaced and the run goes on after it. Prints how many documents it tried; exits 1 on any failure.
 *
 *   --replay N [--vtl]   show document (or template) N of --seed: its source, mutations, text and violations
 *   --save               write new failures, minimised, to test/fuzz/crashers/
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CampaignResult, describeFailure, Failure, generateTemplate, runCampaign, runVtlCampaign, seedTemplates, VtlCampaignResult } from './campaign';
import { generateDocument, seedFiles } from './corpus';
import { saveCrasher } from './crashers';
import { exerciseDocument, exerciseEdit } from './exercise';
import { Random } from './random';
import { exerciseTemplate } from './vtlExercise';

type Kind = 'service' | 'vtl';

interface WorkerInput {
  readonly fuzzWorker: true;
  readonly kind: Kind;
  readonly seed: number;
  readonly from: number;
  readonly until: number;
}

type WorkerMessage = { type: 'start'; index: number; source: string } | { type: 'done'; result: CampaignResult | VtlCampaignResult };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Worker side

function runWorker(input: WorkerInput): void {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  const result =
    input.kind === 'service'
      ? runCampaign({ seed: input.seed, from: input.from, until: input.until, minimize: true, onDocument: (d) => post({ type: 'start', index: d.index, source: d.source }) })
      : runVtlCampaign({ seed: input.seed, from: input.from, until: input.until, minimize: true, onTemplate: (index, source) => post({ type: 'start', index, source }) });
  post({ type: 'done', result });
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.fuzzWorker) runWorker(workerData as WorkerInput);

// ---------------------------------------------------------------------------------------------------------------
// Coordinator

interface Totals {
  tried: Record<Kind, number>;
  failures: Map<string, Failure>;
  hangs: { kind: Kind; index: number; source: string }[];
  byMutation: Record<string, number>;
  diagnostics: number;
  renders: number;
  positions: number;
  largestDocument: number;
  slowest: CampaignResult['slowest'];
  renderErrors: Record<string, number>;
  slowestRender: { ms: number; length: number };
  hostChanged: string[];
  /** Signatures of failures found by the VTL campaign. */
  vtlSignatures: Set<string>;
}

function merge(totals: Totals, kind: Kind, result: CampaignResult | VtlCampaignResult): void {
  totals.tried[kind] += result.tried;
  for (const f of result.failures) {
    if (kind === 'vtl') totals.vtlSignatures.add(f.signature);
    const known = totals.failures.get(f.signature);
    totals.failures.set(f.signature, known ? { ...known, occurrences: known.occurrences + f.occurrences } : f);
  }
  if ('byMutation' in result) {
    for (const [m, n] of Object.entries(result.byMutation)) totals.byMutation[m] = (totals.byMutation[m] ?? 0) + n;
    totals.diagnostics += result.diagnostics;
    totals.renders += result.renders;
    totals.positions += result.positions;
    totals.largestDocument = Math.max(totals.largestDocument, result.largestDocument);
    totals.slowest = [...totals.slowest, ...result.slowest].sort((a, b) => b.ms - a.ms).slice(0, 5);
  } else {
    for (const [k, n] of Object.entries(result.stats.renderErrors)) totals.renderErrors[k] = (totals.renderErrors[k] ?? 0) + n;
    totals.renders += result.stats.renders;
    if (result.stats.slowest.ms > totals.slowestRender.ms) totals.slowestRender = result.stats.slowest;
    totals.hostChanged.push(...result.hostChanged);
  }
}

/** One worker from `from` until `until`; resolves with the index to resume at, or undefined when the phase ended. */
function runPhaseChunk(kind: Kind, seed: number, from: number, until: number, hangMs: number, totals: Totals, log: (line: string) => void): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { fuzzWorker: true, kind, seed, from, until } satisfies WorkerInput });
    let current = { index: from, source: '' };
    let lastProgress = Date.now();
    let lastReport = Date.now();
    let started = 0;
    let settled = false;
    const watchdog = setInterval(() => {
      if (Date.now() - lastProgress < hangMs) return;
      settled = true;
      clearInterval(watchdog);
      totals.hangs.push({ kind, ...current });
      totals.tried[kind] += started;
      log(`HANG: ${kind} document ${current.index} (${current.source}) made no progress for ${Math.round(hangMs / 1000)} s; replay with --seed ${seed} --replay ${current.index}${kind === 'vtl' ? ' --vtl' : ''}`);
      void worker.terminate().then(() => resolve(current.index + 1));
    }, 1000);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') {
        current = { index: message.index, source: message.source };
        lastProgress = Date.now();
        started++;
        if (Date.now() - lastReport > 30_000) {
          lastReport = Date.now();
          log(`  ${kind}: document ${message.index}`);
        }
        return;
      }
      settled = true;
      clearInterval(watchdog);
      merge(totals, kind, message.result);
      resolve(undefined);
    });
    worker.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      reject(error);
    });
    worker.on('exit', (code) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      // Out of memory or a crash of the worker itself: a finding like a hang.
      totals.hangs.push({ kind, ...current });
      totals.tried[kind] += started;
      log(`WORKER EXITED (${code}) on ${kind} document ${current.index} (${current.source}); replay with --seed ${seed} --replay ${current.index}${kind === 'vtl' ? ' --vtl' : ''}`);
      resolve(current.index + 1);
    });
  });
}

function replay(seed: number, index: number, vtl: boolean): number {
  const file = path.join(os.tmpdir(), `apigw-fuzz-${seed}-${index}${vtl ? '.vtl' : ''}`);
  if (vtl) {
    const generated = generateTemplate(seedTemplates(), seed, index);
    console.log(`template ${index} of seed ${seed}: ${generated.seed.source}; ${generated.applied.join(', ')}; ${generated.text.length} characters → ${file}`);
    fs.writeFileSync(file, generated.text);
    const violations = exerciseTemplate(generated.text, { random: generated.random, offsets: 20, stage: generated.seed.stage, timeBudgetMs: 200, maxSteps: 200_000, maxOutputBytes: 64 * 1024 });
    console.log(violations.length ? violations : 'no violation');
    return violations.length ? 1 : 0;
  }
  const doc = generateDocument(seedFiles(), seed, index);
  const out = `${file}.${doc.languageId}`;
  console.log(`document ${index} of seed ${seed}: ${doc.source}; ${doc.mutations.join(', ')}; ${doc.text.length} characters → ${out}`);
  fs.writeFileSync(out, doc.text);
  const started = Date.now();
  const { violations, stats } = exerciseDocument(doc.text, doc.languageId, { offsets: 30, renders: 3, random: new Random(index ^ seed) });
  if (doc.languageId !== 'vtl') violations.push(...exerciseEdit(doc.original, doc.text, doc.languageId));
  console.log(`${Date.now() - started} ms, ${JSON.stringify(stats)}`);
  console.log(violations.length ? violations : 'no violation');
  return violations.length ? 1 : 0;
}

export async function main(args: string[]): Promise<number> {
  const seed = Number(option(args, 'seed') ?? Math.floor(Math.random() * 2 ** 31));
  const replayIndex = option(args, 'replay');
  if (replayIndex !== undefined) return replay(seed, Number(replayIndex), args.includes('--vtl'));
  const minutes = Number(option(args, 'minutes') ?? 10);
  const hangMs = Number(option(args, 'hang-seconds') ?? 120) * 1000;
  const log = (line: string) => console.log(line);
  const started = Date.now();
  const end = started + minutes * 60_000;
  const totals: Totals = {
    tried: { service: 0, vtl: 0 },
    failures: new Map(),
    hangs: [],
    byMutation: {},
    diagnostics: 0,
    renders: 0,
    positions: 0,
    largestDocument: 0,
    slowest: [],
    renderErrors: {},
    slowestRender: { ms: 0, length: 0 },
    hostChanged: [],
    vtlSignatures: new Set(),
  };
  log(`fuzz: seed ${seed}, ${minutes} minute(s): the language service, then the VTL features and renderer`);
  // Each phase has its share of the time from when it starts (one slow document must not eat the next phase).
  const phases: [Kind, number][] = [
    ['service', (end - started) * (2 / 3)],
    ['vtl', (end - started) / 3],
  ];
  for (const [kind, share] of phases) {
    const until = Date.now() + share;
    let from: number | undefined = 0;
    while (from !== undefined && Date.now() < until) from = await runPhaseChunk(kind, seed, from, until, hangMs, totals, log);
  }

  const seconds = (Date.now() - started) / 1000;
  const failures = [...totals.failures.values()];
  log('');
  log(`tried ${(totals.tried.service + totals.tried.vtl).toLocaleString('en-US')} documents in ${seconds.toFixed(0)} s (seed ${seed}): ${totals.tried.service.toLocaleString('en-US')} mutated files through the language service, ${totals.tried.vtl.toLocaleString('en-US')} mutated templates through the VTL features and renderer`);
  log(`  ${totals.diagnostics.toLocaleString('en-US')} diagnostics, ${totals.renders.toLocaleString('en-US')} renders/simulations, ${totals.positions.toLocaleString('en-US')} completion/hover/definition positions; largest document ${totals.largestDocument.toLocaleString('en-US')} characters`);
  log(`  mutations: ${Object.entries(totals.byMutation).sort((a, b) => b[1] - a[1]).map(([m, n]) => `${m} ${n}`).join(', ')}`);
  log(`  render errors by kind: ${JSON.stringify(totals.renderErrors)}; slowest render ${totals.slowestRender.ms} ms (${totals.slowestRender.length} characters)`);
  log(`  slowest documents: ${totals.slowest.map((s) => `${s.ms} ms #${s.index} (${s.length} chars, ${s.mutations.join('+')})`).join('; ')}`);
  if (totals.hostChanged.length) log(`HOST CHANGED: ${totals.hostChanged.join('; ')}`);
  for (const hang of totals.hangs) log(`hang: ${hang.kind} document ${hang.index} (${hang.source})`);
  log(`${failures.length} distinct failure(s), ${totals.hangs.length} hang(s)`);
  for (const f of failures) {
    log(describeFailure(f));
    if (args.includes('--save')) {
      const file = saveCrasher(f.violation.check, {
        description: `Found by npm run fuzz (seed ${f.seed}, document ${f.index}: ${f.source}; ${f.mutations.join(', ')}): ${f.signature}`,
        target: totals.vtlSignatures.has(f.signature) ? 'template' : 'service',
        languageId: f.languageId,
        offset: f.offset,
        text: f.text,
      });
      log(`  saved ${path.relative(process.cwd(), file)}`);
    }
  }
  return failures.length || totals.hangs.length || totals.hostChanged.length ? 1 : 0;
}
