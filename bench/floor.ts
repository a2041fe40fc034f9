/**
 * The raw floor: what the `yaml` package and `JSON.parse` alone take to read a file, next to this project's
 * parse of the same text (whole, then one edit re-parsed from it). Measured in this process.
 */
import { parseDocument } from 'yaml';
import { parseText } from '../server/src/service/parse';
import { timeoutSites } from './generate';

export interface FloorResult {
  /** `yaml` parseDocument (YAML files) or JSON.parse (JSON files), once. */
  readonly rawParseMs: number;
  readonly rawParser: 'yaml.parseDocument' | 'JSON.parse';
  /** This project's parse to its syntax tree from scratch. */
  readonly ourParseMs: number;
  /** This project's parse of the text after a one-line edit, reusing the previous tree. */
  readonly ourIncrementalParseMs: number;
}

export function measureFloor(text: string, format: 'yaml' | 'json'): FloorResult {
  global.gc?.();
  let start = performance.now();
  if (format === 'json') JSON.parse(text);
  else parseDocument(text, { uniqueKeys: false });
  const rawParseMs = Math.round(performance.now() - start);
  global.gc?.();

  start = performance.now();
  const tree = parseText(text, format);
  const ourParseMs = Math.round(performance.now() - start);

  const site = timeoutSites(text)[Math.floor(timeoutSites(text).length / 2)];
  const edited = text.slice(0, site) + '35000' + text.slice(site + 5);
  start = performance.now();
  parseText(edited, format, tree);
  const ourIncrementalParseMs = Math.round((performance.now() - start) * 10) / 10;
  return { rawParseMs, rawParser: format === 'json' ? 'JSON.parse' : 'yaml.parseDocument', ourParseMs, ourIncrementalParseMs };
}
