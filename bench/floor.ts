/**
 * The raw floor: what the `yaml` package and `JSON.parse` alone take to read a file, next to this project's
 * parse of the same text (whole, then one edit re-parsed from it). Measured in this process.
 */
import { parseDocument } from 'yaml';
import { parseText } from '../server/src/service/parse';
import { PieceText } from '../server/src/service/text/pieceText';
import { timeoutSites } from './generate';

export interface FloorResult {
  /** `yaml` parseDocument (YAML files) or JSON.parse (JSON files), once. */
  readonly rawParseMs: number;
  readonly rawParser: 'yaml.parseDocument' | 'JSON.parse';
  /** This project's parse to its syntax tree from scratch. */
  readonly ourParseMs: number;
  /** This project's parse of the text after a one-line edit, reusing the previous tree, as the server does it (the
   * document held as pieces: see server/src/service/text/pieceText.ts). Median of 5. */
  readonly ourIncrementalParseMs: number;
  /** The same from two whole strings (how the server held documents before 0.2: diffing two strings). */
  readonly ourIncrementalParseFromStringsMs: number;
}

/** Median of a few runs for small texts (one run of a 15 MB parse is long enough to be stable). */
function timed<T>(text: string, run: (prepared: T) => void, prepare: () => T = () => undefined as T, runs = text.length < 1_000_000 ? 5 : 1): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const prepared = prepare();
    global.gc?.();
    const start = performance.now();
    run(prepared);
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 10) / 10;
}

export function measureFloor(text: string, format: 'yaml' | 'json'): FloorResult {
  const rawParseMs = timed(text, () => (format === 'json' ? JSON.parse(text) : parseDocument(text, { uniqueKeys: false })));
  const ourParseMs = timed(text, () => parseText(text, format));
  const site = timeoutSites(text)[Math.floor(timeoutSites(text).length / 2)];
  const edited = text.slice(0, site) + '35000' + text.slice(site + 5);
  // Each run needs its own previous tree: reusing it consumes it.
  const ourIncrementalParseFromStringsMs = timed(text, (tree) => parseText(edited, format, tree), () => parseText(text, format), 5);
  const ourIncrementalParseMs = timed(
    text,
    ({ tree, after }) => parseText(after, format, tree),
    () => {
      const before = PieceText.from(text);
      return { tree: parseText(before, format), after: before.replace(site, site + 5, '35000') };
    },
    5,
  );
  return { rawParseMs, rawParser: format === 'json' ? 'JSON.parse' : 'yaml.parseDocument', ourParseMs, ourIncrementalParseMs, ourIncrementalParseFromStringsMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs every parser once on a small text, so the first measured file is not also the JIT's warm-up. */
export function warmUp(small: { yaml: string; json: string }): void {
  for (let i = 0; i < 3; i++) {
    parseDocument(small.yaml);
    JSON.parse(small.json);
    parseText(small.yaml, 'yaml');
    parseText(small.json, 'json');
  }
}
