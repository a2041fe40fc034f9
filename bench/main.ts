/**
 * `npm run bench`: this project's language server against yaml-language-server on generated OpenAPI specs and
 * a SAM template, the raw parse floor, rendering against serverless-offline, and indexing the real corpus.
 * Prints one JSON document on stdout (progress on stderr) and writes it to .bench/results.json.
 *
 * Options: --sizes 10,100,1000,5000  --formats yaml,json,sam  --samples 20  --peer-samples <n>  --no-peer
 *          --no-render  --no-workspace  --corpus <dir>
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runEditorScenario, ScenarioResult } from './editorScenario';
import { measureFloor, FloorResult, warmUp } from './floor';
import { generate, SpecFormat } from './generate';
import type { ServerSpec } from '../test/helpers/lspClient';
import { benchRender, loadServerlessOffline } from './render';
import { ratio } from './stats';
import { benchWorkspace } from './workspace';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.bench');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

const SIZES = (option('sizes') ?? '10,100,1000,5000').split(',').map(Number);
const FORMATS = (option('formats') ?? 'yaml,json,sam').split(',') as SpecFormat[];
const SAMPLES = Number(option('samples') ?? 20);
const PEER = !flag('no-peer');
const CORPUS = option('corpus') ?? path.resolve(ROOT, '../shared/corpus/templates');

/** Fewer rounds for the peer on large files: one of its edits takes tens of seconds there. */
function peerSamples(paths: number): number {
  const forced = option('peer-samples');
  if (forced) return Number(forced);
  return paths <= 100 ? SAMPLES : paths <= 1000 ? 5 : 3;
}

const CFN_TAGS = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'Ref', 'Condition', 'And', 'Equals', 'If', 'Not', 'Or'];

const OURS: ServerSpec = {
  name: 'apigw',
  command: process.execPath,
  args: [path.join(ROOT, 'dist/server.js'), '--stdio'],
  settings: { apigw: { enable: true } },
};

/** yaml-language-server as a CloudFormation user configures it: validation, hover, completion, the CFN tags. */
const YAML_LS: ServerSpec = {
  name: 'yaml-language-server',
  command: process.execPath,
  args: [path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
  settings: {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: false },
      schemaStore: { enable: false },
      schemas: {},
      customTags: CFN_TAGS.flatMap((t) => [`!${t} scalar`, `!${t} sequence`, `!${t} mapping`]),
    },
  },
};

interface FileResult {
  readonly file: string;
  readonly format: SpecFormat;
  readonly paths: number;
  readonly megabytes: number;
  readonly floor: FloorResult;
  readonly servers: ScenarioResult[];
  readonly ratios: Record<string, number | undefined>;
}

async function main(): Promise<void> {
  fs.mkdirSync(path.join(WORK, 'specs'), { recursive: true });
  const started = Date.now();
  const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 10) / 10);
  warmUp({ yaml: generate(5, 'yaml'), json: generate(5, 'json') });
  const results: FileResult[] = [];
  for (const paths of SIZES) {
    for (const format of FORMATS) {
      const name = `${format === 'sam' ? 'sam' : 'openapi'}-${paths}.${format === 'json' ? 'json' : 'yaml'}`;
      const file = path.join(WORK, 'specs', name);
      const text = generate(paths, format);
      fs.writeFileSync(file, text);
      const parseFormat = format === 'json' ? 'json' : 'yaml';
      log(`${name}: ${(text.length / 1e6).toFixed(2)} MB`);
      const floor = measureFloor(text, parseFormat);
      const servers: ScenarioResult[] = [];
      const input = { path: file, text, languageId: parseFormat };
      log(`${name}: apigw`);
      servers.push(await runEditorScenario(OURS, input, { edits: SAMPLES, requests: SAMPLES, timeoutMs: 180_000 }));
      if (PEER) {
        log(`${name}: yaml-language-server (${peerSamples(paths)} rounds)`);
        // yaml-language-server serves YAML documents; JSON is YAML, so it gets the JSON file as YAML.
        servers.push(await runEditorScenario(YAML_LS, { ...input, languageId: 'yaml' }, { edits: peerSamples(paths), requests: peerSamples(paths), timeoutMs: 600_000 }));
      }
      const [ours, peer] = servers;
      results.push({
        file: name,
        format,
        paths,
        megabytes: Math.round(text.length / 1e4) / 100,
        floor,
        servers,
        ratios: {
          // How many times longer/larger yaml-language-server is than this server.
          firstDiagnostics: ratio(peer?.firstDiagnosticsMs, ours.firstDiagnosticsMs),
          editToDiagnosticsMedian: ratio(peer?.editToDiagnosticsMs?.median, ours.editToDiagnosticsMs?.median),
          completionP95: ratio(peer?.completionMs?.p95, ours.completionMs?.p95),
          hoverP95: ratio(peer?.hoverMs?.p95, ours.hoverMs?.p95),
          peakRss: ratio(peer?.peakRssMb, ours.peakRssMb),
          // This server's first diagnostics against the raw parse alone.
          oursFirstDiagnosticsToRawParse: ratio(ours.firstDiagnosticsMs, floor.rawParseMs),
        },
      });
      log(`${name}: done ${JSON.stringify(summaryLine(results[results.length - 1]))}`);
    }
  }

  let render;
  if (!flag('no-render')) {
    log('render: typical templates, this renderer and serverless-offline');
    const peer = await loadServerlessOffline(path.join(WORK, 'peers'));
    if (!peer) log('render: serverless-offline is not installed in .bench/peers (bench/run.mjs installs it)');
    render = { peer: peer ? 'serverless-offline@14 (velocityjs)' : 'not installed', templates: benchRender(peer, 2000) };
  }

  let workspace;
  if (!flag('no-workspace') && fs.existsSync(CORPUS)) {
    log(`workspace: indexing ${CORPUS}`);
    workspace = await benchWorkspace(OURS, CORPUS, 600_000);
  }

  const report = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 1e9),
      node: process.version,
      // Other work on the machine slows every number alike; the ratios are measured in the same minutes.
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 10) / 10),
      date: new Date().toISOString(),
      minutes: Math.round((Date.now() - started) / 6000) / 10,
    },
    files: results,
    targets: targets(results, render?.templates),
    render,
    workspace,
  };
  const json = JSON.stringify(report, null, 2);
  fs.writeFileSync(path.join(WORK, 'results.json'), json + '\n');
  process.stdout.write(json + '\n');
}

function summaryLine(r: FileResult) {
  return r.servers.map((s) => ({
    server: s.server,
    first: s.firstDiagnosticsMs,
    edit: s.editToDiagnosticsMs?.median,
    completionP95: s.completionMs?.p95,
    rss: s.peakRssMb,
    error: s.error,
  }));
}

/** The targets, checked against this run. */
function targets(results: FileResult[], render: { oursUs: { median: number } }[] | undefined) {
  const find = (file: string) => results.find((r) => r.file === file);
  const ours = (file: string) => find(file)?.servers.find((s) => s.server === 'apigw');
  const peer = (file: string) => find(file)?.servers.find((s) => s.server !== 'apigw');
  const check = (value: number | undefined, limit: number | undefined) => (value === undefined || limit === undefined ? 'not measured' : value <= limit ? 'met' : 'missed');
  return {
    'openapi-5000.yaml edit→diagnostics median ≤ 250 ms': { value: ours('openapi-5000.yaml')?.editToDiagnosticsMs?.median, result: check(ours('openapi-5000.yaml')?.editToDiagnosticsMs?.median, 250) },
    'openapi-5000.yaml completion p95 ≤ 50 ms': { value: ours('openapi-5000.yaml')?.completionMs?.p95, result: check(ours('openapi-5000.yaml')?.completionMs?.p95, 50) },
    'openapi-5000.yaml peak memory ≤ half of yaml-language-server': {
      value: ours('openapi-5000.yaml')?.peakRssMb,
      peer: peer('openapi-5000.yaml')?.peakRssMb,
      result: check(ours('openapi-5000.yaml')?.peakRssMb, peer('openapi-5000.yaml')?.peakRssMb !== undefined ? peer('openapi-5000.yaml')!.peakRssMb! / 2 : undefined),
    },
    'openapi-1000.yaml edit→diagnostics median ≤ 100 ms': { value: ours('openapi-1000.yaml')?.editToDiagnosticsMs?.median, result: check(ours('openapi-1000.yaml')?.editToDiagnosticsMs?.median, 100) },
    'openapi-1000.json edit→diagnostics median ≤ 100 ms': { value: ours('openapi-1000.json')?.editToDiagnosticsMs?.median, result: check(ours('openapi-1000.json')?.editToDiagnosticsMs?.median, 100) },
    'typical template render median ≤ 1 ms': {
      value: render ? Math.max(...render.map((r) => r.oursUs.median)) / 1000 : undefined,
      result: check(render ? Math.max(...render.map((r) => r.oursUs.median)) : undefined, 1000),
    },
  };
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
