/**
 * Minimised documents that once broke the service, kept as regression fixtures in test/fuzz/crashers/ (one JSON
 * file each: what went wrong, the language, the caret offset when it failed at one, the text). `npm run fuzz`
 * adds new ones; test/fuzz/regressions.test.ts runs them all.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/corpus';
import type { LanguageId } from './corpus';

export const CRASHERS_DIR = path.join(REPO_ROOT, 'test', 'fuzz', 'crashers');

export interface Crasher {
  readonly description: string;
  /** What failed on it: the language service (default) or the VTL features and renderer on the text as a template. */
  readonly target?: 'service' | 'template';
  readonly languageId: LanguageId;
  readonly offset?: number;
  readonly text: string;
}

export function loadCrashers(): { name: string; crasher: Crasher }[] {
  if (!fs.existsSync(CRASHERS_DIR)) return [];
  return fs
    .readdirSync(CRASHERS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), crasher: JSON.parse(fs.readFileSync(path.join(CRASHERS_DIR, f), 'utf8')) as Crasher }));
}

/** Writes a new crasher (named by its check and a hash of its text) and returns the file path. */
export function saveCrasher(check: string, crasher: Crasher): string {
  fs.mkdirSync(CRASHERS_DIR, { recursive: true });
  const hash = crypto.createHash('sha1').update(crasher.text).digest('hex').slice(0, 8);
  const file = path.join(CRASHERS_DIR, `${check.replace(/[^\w-]+/g, '-')}-${hash}.json`);
  fs.writeFileSync(file, JSON.stringify(crasher, null, 2) + '\n');
  return file;
}
