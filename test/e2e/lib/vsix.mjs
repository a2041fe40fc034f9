// Packaging the extension with vsce, non-interactively, and checking what went into the .vsix.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { repoRoot, vsixDir } from './paths.mjs';

const require = createRequire(import.meta.url);

/** Top-level paths a package may contain (inside the .vsix they sit under `extension/`). */
export const ALLOWED_IN_PACKAGE = [
  /^dist\/(?!.*\.map$)/, /^syntaxes\/[^/]+\.json$/, /^snippets\/[^/]+\.json$/, /^images\/[^/]+\.(png|svg)$/, /^docs\/images\/[^/]+\.png$/, /^icon\.png$/, /^README\.md$/i,
  /^CHANGELOG\.md$/i, /^LICENSE(\.md|\.txt)?$/i, /^package\.json$/, /^package\.nls(\.[\w-]+)?\.json$/,
];

/** The package stays small (about 1.3 MB: two bundles, grammars, screenshots): past this, packaging fails. */
export const MAX_PACKAGE_BYTES = 2 * 1024 * 1024;

function vsceCli() {
  const pkg = require.resolve('@vscode/vsce/package.json', { paths: [repoRoot] });
  return join(pkg, '..', 'vsce');
}

/**
 * Builds the production bundle, then runs `vsce package` in `root` with flags that never prompt (stdin is
 * closed too, so an unexpected prompt aborts instead of hanging) and returns { vsix, bytes, entries }.
 * Throws with vsce's output when it fails or when the package holds a file outside `allowed`
 * (default ALLOWED_IN_PACKAGE; null skips the check).
 */
export function packageExtension({
  root = repoRoot, outDir = vsixDir, quiet = false, allowed = ALLOWED_IN_PACKAGE, build = true,
} = {}) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (build && !manifest.scripts?.['vscode:prepublish'] && existsSync(join(root, 'scripts', 'build.mjs'))) {
    // What ships is the production bundle (vsce runs `vscode:prepublish` itself when the manifest has one).
    const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], {
      cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (b.status !== 0) throw new Error(`node scripts/build.mjs --production failed:\n${b.stdout}${b.stderr}`);
  }
  mkdirSync(outDir, { recursive: true });
  const vsix = join(outDir, `${manifest.name}-${manifest.version}.vsix`);
  const args = [vsceCli(), 'package', '--no-dependencies', '--out', vsix];
  if (!manifest.repository) {
    // Without a repository vsce asks before packaging and cannot turn README's relative links into URLs.
    args.push('--allow-missing-repository', '--no-rewrite-relative-links');
  }
  if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => existsSync(join(root, f)))) args.push('--skip-license');
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0) {
    throw new Error(`vsce package failed (exit ${r.status}) in ${root}:\n${output}`);
  }
  if (!quiet && output) console.log(output);
  const entries = listZipEntries(vsix);
  const unexpected = entries
    .filter((e) => e.startsWith('extension/'))
    .map((e) => e.slice('extension/'.length))
    .filter((e) => allowed && !allowed.some((re) => re.test(e)));
  const missing = manifestReferences(manifest).filter((ref) => !entries.includes(`extension/${ref}`) &&
    !entries.includes(`extension/${ref}.js`));
  if (missing.length) {
    throw new Error(`${relative(process.cwd(), vsix)} lacks files its package.json refers to (fix .vscodeignore or the build):\n  ${missing.join('\n  ')}`);
  }
  if (unexpected.length) {
    throw new Error(`${relative(process.cwd(), vsix)} holds files it should not ship (fix .vscodeignore):\n  ${unexpected.join('\n  ')}`);
  }
  const bytes = statSync(vsix).size;
  if (bytes > MAX_PACKAGE_BYTES) {
    throw new Error(`${relative(process.cwd(), vsix)} is ${(bytes / 1048576).toFixed(2)} MB, over the ${MAX_PACKAGE_BYTES / 1048576} MB the package may take (look for a new dependency in a bundle or a large image)`);
  }
  return { vsix, bytes, entries };
}

/** Files the manifest points at (main, grammars, language configurations, snippets, icons), normalized. */
export function manifestReferences(manifest) {
  const c = manifest.contributes ?? {};
  const refs = [
    manifest.main, manifest.icon,
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.languages ?? []).flatMap((l) => [l.configuration, l.icon?.light, l.icon?.dark]),
    ...(c.snippets ?? []).map((s) => s.path),
    ...(c.jsonValidation ?? []).map((j) => j.url).filter((u) => typeof u === 'string' && !/^https?:/.test(u)),
  ];
  return [...new Set(refs.filter((r) => typeof r === 'string').map((r) => r.replace(/^\.\//, '')))];
}

/** The names of the entries in a zip file. */
export function listZipEntries(zipPath) {
  return readCentralDirectory(readFileSync(zipPath), zipPath).map((e) => e.name);
}

/** The text of one entry of a zip file (stored or deflated), e.g. `extension/package.json`. */
export function readZipEntry(zipPath, name) {
  const buf = readFileSync(zipPath);
  const entry = readCentralDirectory(buf, zipPath).find((e) => e.name === name);
  if (!entry) return undefined;
  const o = entry.localOffset;
  const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

function readCentralDirectory(buf, zipPath) {
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${zipPath} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${zipPath}: bad central directory entry ${n}`);
    const nameLength = buf.readUInt16LE(offset + 28);
    entries.push({
      name: buf.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      localOffset: buf.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return entries;
}

export function formatBytes(bytes) {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
