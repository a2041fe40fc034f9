#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (128×128, the Marketplace size) with the project's own
// playwright-core and Debian's chromium: no image dependency. Run after editing the SVG, look at the PNG.
//   node images/render-icon.mjs
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(join(here, 'icon.png'), png);
  console.log(`wrote images/icon.png (${png.length} bytes)`);
} finally {
  await browser.close();
}
