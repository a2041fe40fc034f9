import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The shared corpus (`../shared/corpus` next to the repository, or `$APIGW_CORPUS`). */
export function corpusDir(): string {
  const dir = process.env.APIGW_CORPUS ?? path.resolve(REPO_ROOT, '../shared/corpus');
  if (!fs.existsSync(path.join(dir, 'templates'))) {
    throw new Error(`The corpus is missing at ${dir}: set APIGW_CORPUS to the folder holding templates/ and vtl-golden/.`);
  }
  return dir;
}

export function listFiles(dir: string, filter: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (filter(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
