/**
 * Which files `apigw lint` reads: paths (files or directories, walked) and globs (`*`, `**`, `?`, `{a,b}`,
 * `[abc]`), without a glob dependency. Walking skips dependency and build folders; a path named explicitly is
 * always read, whatever its name.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SKIPPED_FOLDERS } from '../../service';

/** Files a directory walk picks up: YAML, JSON, CloudFormation's `.template` and mapping templates (`.vtl`, `.vm`). */
export const WALKED_FILES = /\.(ya?ml|json|template|vtl|vm)$/i;

export interface CollectedFiles {
  /** Absolute paths, each once, in the order the patterns named them (sorted within a walk). */
  readonly files: string[];
  /** Patterns that matched nothing (a missing path, a glob without matches). */
  readonly unmatched: string[];
  /** Folders that could not be read while walking, with the reason. */
  readonly unreadable: string[];
}

export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

export function collectFiles(patterns: readonly string[], cwd: string): CollectedFiles {
  const seen = new Set<string>();
  const files: string[] = [];
  const unmatched: string[] = [];
  const unreadable: string[] = [];
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const pattern of patterns) {
    const before = files.length;
    let matchedSomething = false;
    if (isGlob(pattern)) {
      const { base, matcher, depth } = compileGlob(pattern);
      const root = path.resolve(cwd, base || '.');
      walk(root, unreadable, depth, (file) => {
        const relative = path.relative(root, file).split(path.sep).join('/');
        const candidate = base ? `${base.replace(/\/+$/, '')}/${relative}` : relative;
        if (matcher.test(candidate)) {
          matchedSomething = true;
          add(file);
        }
      });
    } else {
      const absolute = path.resolve(cwd, pattern);
      const stat = statOrUndefined(absolute);
      if (stat?.isDirectory()) {
        matchedSomething = true;
        walk(absolute, unreadable, Infinity, (file) => {
          if (WALKED_FILES.test(file)) add(file);
        });
      } else if (stat) {
        matchedSomething = true;
        add(absolute);
      }
    }
    if (!matchedSomething && files.length === before) unmatched.push(pattern);
  }
  return { files, unmatched, unreadable };
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Depth-first, entries sorted by name, at most `depth` folders down; symbolic links to files are followed, to
 * folders not (no cycles).
 */
function walk(dir: string, unreadable: string[], depth: number, visit: (file: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    unreadable.push(`${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Never entered while walking (named explicitly, they are still read).
      if (depth > 0 && !SKIPPED_FOLDERS.has(entry.name)) walk(full, unreadable, depth - 1, visit);
    } else if (entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(full)?.isFile())) {
      visit(full);
    }
  }
}

/**
 * A glob as a literal base folder (the segments before the first one with a wildcard), a regular expression
 * over `base/relative/path` with `/` separators, and how many folders below the base it can reach.
 */
export function compileGlob(pattern: string): { base: string; matcher: RegExp; depth: number } {
  const normalized = pattern.split(path.sep).join('/').replace(/^\.\/+/, '');
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex((s) => isGlob(s));
  const base = segments.slice(0, firstGlob).join('/') || (normalized.startsWith('/') ? '/' : '');
  const rest = segments.slice(Math.max(0, firstGlob));
  const depth = rest.some((s) => s.includes('**')) ? Infinity : rest.length - 1;
  return { base, matcher: new RegExp(`^${globToRegExpSource(normalized)}$`), depth };
}

function globToRegExpSource(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && slashAfter) {
          out += '(?:[^/]+/)*'; // `**/`: any number of whole folders, including none
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out + ')'.repeat(braces);
}
