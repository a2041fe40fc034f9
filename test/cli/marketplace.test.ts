// Marketplace readiness of the manifest and what ships: the icon, localized manifest strings that all resolve,
// and bundles that never talk to the network (no telemetry: the only network module is vscode-jsonrpc's `net`,
// for the local pipe or socket to the language server).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { icon?: string };

/** Every `%key%` string anywhere in the manifest. */
function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

describe('marketplace readiness', () => {
  it('every image the README shows exists and ships in the package (docs/images/, re-included by .vscodeignore)', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 10, `${images.length} images`);
    const ignore = fs.readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!docs/images/*.png'));
    for (const image of images) {
      assert.match(image, /^docs\/images\/[\w-]+\.png$/, image);
      assert.ok(fs.existsSync(path.join(REPO_ROOT, image)), `${image} is missing`);
    }
    const bytes = images.reduce((n, image) => n + fs.statSync(path.join(REPO_ROOT, image)).size, 0);
    assert.ok(bytes < 1.2 * 1024 * 1024, `the screenshots take ${bytes} bytes: compress them (pngquant) to keep the package under 2 MB`);
  });

  it('the icon is a 128×128 PNG', () => {
    assert.equal(manifest.icon, 'images/icon.png');
    const png = fs.readFileSync(path.join(REPO_ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('ascii', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('every %key% of package.json has its string in package.nls.json, and no string is left unused', () => {
    const nls = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const used = new Set(placeholders(manifest));
    assert.ok(used.has('displayName') && used.has('description'));
    assert.deepEqual([...used].filter((k) => typeof nls[k] !== 'string'), []);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), []);
  });

  it('the bundles load no HTTP client and send no telemetry', () => {
    for (const bundle of ['extension.js', 'server.js', 'cli.js']) {
      const file = path.join(REPO_ROOT, 'dist', bundle);
      assert.ok(fs.existsSync(file), `${file} is missing: run node scripts/build.mjs`);
      const text = fs.readFileSync(file, 'utf8');
      const networkModules = [...text.matchAll(/require\("(?:node:)?(https?|http2|net|tls|dgram)"\)/g)].map((m) => m[1]);
      assert.deepEqual(networkModules.filter((m) => m !== 'net'), [], `${bundle} loads a network client`);
      assert.doesNotMatch(text, /\bfetch\(\s*["'`]https?:/, `${bundle} fetches a URL`);
    }
    for (const dir of ['client/src', 'server/src', 'shared']) {
      for (const file of listTs(path.join(REPO_ROOT, dir))) {
        assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /\.telemetry\.|TelemetryEventNotification|telemetry\/event/, file);
      }
    }
  });
});

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listTs(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}
