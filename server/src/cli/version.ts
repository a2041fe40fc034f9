import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The extension's version, from the manifest beside dist/ (this code runs bundled as dist/cli.js). */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
