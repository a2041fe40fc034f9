// Tests and screenshots work on a copy of examples/, so they can never modify the repository's files.
import { cpSync, mkdirSync, mkdtempSync, existsSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { examplesDir, workspacesDir } from './paths.mjs';

/**
 * Copies `source` (default examples/) into a new folder under .vscode-test/workspaces/ and returns its path.
 * The copy keeps the source's folder name, so the Explorer shows "EXAMPLES".
 */
export function copyWorkspace(source = examplesDir) {
  if (!existsSync(source)) throw new Error(`workspace source ${source} does not exist`);
  mkdirSync(workspacesDir, { recursive: true });
  const target = join(mkdtempSync(join(workspacesDir, 'run-')), basename(source));
  cpSync(source, target, { recursive: true });
  return target;
}

/** Removes a folder made by copyWorkspace (and its private parent). */
export function removeWorkspace(path) {
  const parent = dirname(path);
  rmSync(dirname(parent) === workspacesDir ? parent : path, { recursive: true, force: true });
}
