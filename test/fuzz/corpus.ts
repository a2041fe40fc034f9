/** The real files the fuzzer starts from: every YAML, JSON and VTL file of ../shared/corpus/templates. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, listFiles } from '../helpers/corpus';
import { DEFAULT_LIMITS, mutate, MutationLimits } from './mutate';
import { Random } from './random';

export type LanguageId = 'yaml' | 'json' | 'vtl';

export interface SeedFile {
  /** Relative to the corpus' templates/ folder. */
  readonly name: string;
  readonly languageId: LanguageId;
  readonly text: string;
}

export function languageOf(name: string): LanguageId {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(vtl|vm)$/i.test(name)) return 'vtl';
  return 'yaml';
}

let cached: SeedFile[] | undefined;

/** The corpus files, smallest first (sorted by name within a size, so the order is stable). */
export function seedFiles(): SeedFile[] {
  if (cached) return cached;
  const root = path.join(corpusDir(), 'templates');
  const names = listFiles(root, (name) => /\.(ya?ml|json|template|vtl|vm)$/i.test(name) && name !== 'manifest.json' && name !== 'stats.json');
  cached = names.map((file) => ({ name: path.relative(root, file).split(path.sep).join('/'), languageId: languageOf(file), text: fs.readFileSync(file, 'utf8') }));
  return cached;
}

export interface GeneratedDocument {
  readonly index: number;
  readonly source: string;
  readonly languageId: LanguageId;
  readonly original: string;
  readonly text: string;
  readonly mutations: string[];
}

/**
 * Document number `index` of the run with `seed`: a pure function of both, so any document of a long run can be
 * made again from the two numbers the report prints.
 */
export function generateDocument(files: readonly SeedFile[], seed: number, index: number, options: { maxSourceChars?: number; limits?: MutationLimits } = {}): GeneratedDocument {
  const random = new Random((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const candidates = options.maxSourceChars ? files.filter((f) => f.text.length <= options.maxSourceChars!) : files;
  const file = random.pick(candidates);
  const { text, applied } = mutate(file.text, random, options.limits ?? DEFAULT_LIMITS);
  return { index, source: file.name, languageId: file.languageId, original: file.text, text, mutations: applied };
}
