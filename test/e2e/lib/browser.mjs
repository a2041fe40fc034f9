// Headless Debian chromium through playwright-core (it never downloads a browser of its own).
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, vscodeTest } from './paths.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Launches chromium with a throwaway profile; `close()` removes it again. */
export async function launchBrowser({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const root = join(vscodeTest, 'chromium');
  mkdirSync(root, { recursive: true });
  const profile = mkdtempSync(join(root, 'profile-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath, headless: true, viewport, deviceScaleFactor, args: CHROMIUM_ARGS,
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`could not start ${chromiumPath} (run \`npm run setup:e2e\`): ${err.message}`, { cause: err });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** The workbench URL for a folder, optionally with extension development/test paths as URL payload. */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const authority = new URL(origin).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const params = [];
  if (folder) params.push(`folder=${encodeURIComponent(folder)}`);
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${origin}/${params.length ? `?${params.join('&')}` : ''}`;
}
