#!/usr/bin/env node
// Screenshots of the extension at work, taken like a person would: code-server in headless chromium, the
// packaged extension installed, the keyboard driving the workbench. PNGs go to docs/images/.
//
//   node test/e2e/screenshots.mjs [--only name,name] [--list] [--dev] [--vsix-file PATH] [--out DIR]
//
// To add one, append to SCENARIOS: { name, description, run: async (wb, ctx) => ... } where `wb` is a
// Workbench (test/e2e/lib/ui.mjs: openFile, goTo, goToText, hover, suggest, runCommand, openView,
// showProblems, screenshot, ...) and `ctx.write(relativePath, text)` puts a file into the workspace copy.
// Each scenario starts with all editors closed; end it with `await wb.screenshot(name)`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { repoRoot, screenshotsDir, vscodeTest } from './lib/paths.mjs';
import { startSession } from './lib/session.mjs';
import { Workbench } from './lib/ui.mjs';

/** An OpenAPI operation with no integration yet, for the skeleton completion screenshot. */
const SKELETON_API = `openapi: 3.0.1
info:
  title: Orders
  version: '1.0'
x-amazon-apigateway-api-key-source: HEADER
paths:
  /orders/{orderId}:
    get:
      parameters:
        - name: orderId
          in: path
          required: true
      responses:
        '200':
          description: OK
      
`;

/** A standalone request template with a misspelled $context variable and a `$util.` being typed. */
const VTL_FILE = `## Request template for POST /orders: a DynamoDB PutItem
#set($order = $input.path('$'))
{
  "TableName": "orders-$stageVariables.env",
  "Item": {
    "orderId": {"S": "$context.requestID"},
    "item": {"S": "$util.escapeJavaScript($order.item)"},
    "note": {"S": "$util."}
  }
}
`;

export const SCENARIOS = [
  {
    name: 'diagnostics',
    description: 'squiggles in examples/openapi3-pets.yaml and the Problems panel listing its apigw diagnostics',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.waitForLanguage('YAML');
      await wb.waitForSquiggles('error');
      await wb.waitForSquiggles('warning');
      const rows = await wb.showProblems({ minCount: 5 });
      await rows.filter({ hasText: 'apigw' }).first().waitFor();
      await wb.focusEditor();
      await wb.goTo(15, 15); // type: lambda_proxy
      await wb.scrollLines(6); // both Lambda integrations (lines 14-31) in view
      return wb.screenshot('diagnostics');
    },
  },
  {
    name: 'diagnostic-hover',
    description: 'the hover over a squiggle: the message, its code and the quick fix link',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.goTo(29, 22); // httpMethod: GET on a Lambda proxy
      await wb.waitForSquiggles('warning'); // only lines in view are rendered: scroll there first
      await wb.hover({ hasText: 'Lambda functions are invoked with POST' });
      return wb.screenshot('diagnostic-hover');
    },
  },
  {
    name: 'quick-fix',
    description: 'the quick fix menu (Ctrl+.) on a misspelled integration type',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.goTo(15, 15); // type: lambda_proxy
      await wb.waitForSquiggles('error');
      await wb.quickFixMenu({ hasText: "Change to 'aws_proxy'" });
      return wb.screenshot('quick-fix');
    },
  },
  {
    name: 'hover',
    description: 'hover on an integration type: what AWS_PROXY does, with a link to the AWS documentation',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.goTo(28, 17); // type: aws_proxy
      await wb.waitForSquiggles('warning'); // the language server is up (line 29's GET)
      await wb.hover({ hasText: 'Lambda proxy integration' });
      return wb.screenshot('hover');
    },
  },
  {
    name: 'completion',
    description: 'completion of the integration type after `type: ` (Ctrl+Space)',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.goTo(28, 15); // type: |aws_proxy
      await wb.press('Shift+End Delete');
      await wb.suggest({ hasText: 'AWS_PROXY' });
      const path = await wb.screenshot('completion');
      await wb.dismiss();
      await wb.runCommand('File: Revert File'); // leave the file as it was, so closing it does not ask
      return path;
    },
  },
  {
    name: 'integrations-view',
    description: 'the API Gateway Integrations view in the Explorer: every integration of the workspace by API',
    async run(wb) {
      await wb.openFile('sam-pets-api.yaml');
      await wb.openView('API Gateway Integrations');
      const view = wb.locator('.pane:has(.pane-header[aria-label*="API Gateway Integrations"])');
      await view.locator('.monaco-list-row').first().waitFor();
      const width = await wb.sideBarWidth();
      await wb.collapseSection('examples'); // the file list: room for the view
      await wb.resizeSideBar(480);
      const path = await wb.screenshot('integrations-view');
      // Leave the layout as the other scenarios expect it.
      await wb.resizeSideBar(width);
      await wb.collapseSection('API Gateway Integrations');
      await wb.expandSection('examples');
      return path;
    },
  },
  {
    name: 'vtl-highlighting',
    description: 'Velocity highlighted inside requestTemplates/responseTemplates of a YAML file',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.goTo(63, 1);
      await wb.scrollLines(8); // lines ~45-63: the http integration with its request and response templates
      await wb.goTo(52, 13);
      // The injection grammar splits the template line into several differently coloured tokens; without it
      // the block scalar would be one plain string token.
      const line = wb.page.locator('.editor-instance .view-line', { hasText: "#set($root = $input.path('$'))" });
      await line.waitFor();
      const classes = await line.locator('span span').evaluateAll((spans) => [...new Set(spans.map((s) => s.className))]);
      if (classes.length < 3) throw new Error(`the template line has ${classes.length} token colours: is the VTL injection grammar active?`);
      return wb.screenshot('vtl-highlighting');
    },
  },
  {
    name: 'render-preview',
    description: 'the render preview beside a request template: output, which template and why, the $context values it read',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.goTo(63, 1);
      await wb.scrollLines(8);
      await wb.goTo(54, 20); // inside the request template of GET /pets/{petId}
      await wb.runCommand('API Gateway: Render Mapping Template');
      // The webview draws inside two iframes; wait until it shows the output for the matching sample request.
      const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await view.locator('#output', { hasText: '"petId": "42"' }).waitFor({ timeout: wb.timeoutMs });
      return wb.screenshot('render-preview');
    },
  },
  {
    name: 'simulate-preview',
    description: 'Simulate Request: the backend answers 404, the 404 integration response and its template apply',
    async run(wb) {
      await wb.openFile('openapi3-pets.yaml');
      await wb.goTo(63, 1);
      await wb.scrollLines(8);
      await wb.goTo(63, 30); // the 404 response template
      await wb.runCommand('API Gateway: Simulate Request');
      const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await view.locator('#status', { hasText: '404' }).waitFor({ timeout: wb.timeoutMs });
      return wb.screenshot('simulate-preview');
    },
  },
  {
    name: 'skeleton-completion',
    description: 'integration skeletons offered where an integration may go (typing `x-am` under an operation)',
    async run(wb, ctx) {
      ctx.write('skeletons.yaml', SKELETON_API);
      await wb.openFile('skeletons.yaml');
      await wb.goTo(16, 7); // the empty line under `get:` of /orders/{orderId}
      await wb.type('x-am');
      await wb.suggest({ hasText: 'Lambda proxy integration' });
      const path = await wb.screenshot('skeleton-completion');
      await wb.dismiss();
      await wb.runCommand('File: Revert File');
      return path;
    },
  },
  {
    name: 'uri-hover',
    description: 'hover on a !Sub uri: the Lambda invocation ARN explained, its function resolved in the template',
    async run(wb) {
      await wb.openFile('sam-pets-api.yaml');
      await wb.goTo(44, 30); // uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:...
      await wb.waitForSquiggles('error'); // the server is up: line 46's unknown path parameter is in view
      await wb.hover({ hasText: 'Lambda invocation ARN' });
      return wb.screenshot('uri-hover');
    },
  },
  {
    name: 'vtl-file',
    description: 'a standalone .vtl template: the misspelled $context variable flagged, $util. completing, the Render lens',
    async run(wb, ctx) {
      ctx.write('templates/orders-request.vtl', VTL_FILE);
      await wb.openFile('templates/orders-request.vtl');
      await wb.waitForSquiggles('warning');
      const lines = VTL_FILE.split('\n');
      const line = lines.findIndex((l) => l.includes('"$util."'));
      await wb.goTo(line + 1, lines[line].indexOf('$util.') + '$util.'.length + 1);
      await wb.suggest({ hasText: 'escapeJavaScript' });
      const path = await wb.screenshot('vtl-file');
      await wb.dismiss();
      return path;
    },
  },
];

function parseArgs(argv) {
  const options = { mode: 'vsix', out: screenshotsDir };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') options.only = argv[++i].split(',');
    else if (arg === '--list') options.list = true;
    else if (arg === '--dev') options.mode = 'dev';
    else if (arg === '--vsix-file') options.vsixFile = argv[++i];
    else if (arg === '--out') options.out = argv[++i];
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

/** Takes the screenshots; resolves to { saved: [paths], failed: [{ name, error }] }. */
export async function takeScreenshots(options = {}) {
  const { mode = 'vsix', only, vsixFile, out = screenshotsDir, scenarios = SCENARIOS } = options;
  const selected = scenarios.filter((s) => !only || only.includes(s.name));
  if (only) {
    const unknown = only.filter((n) => !scenarios.some((s) => s.name === n));
    if (unknown.length) throw new Error(`unknown scenario(s): ${unknown.join(', ')}`);
  }
  const session = await startSession({
    mode, vsixFile, profileName: 'screenshots', harness: false,
    // Cleaner pictures: no sticky-scroll header over the code, no minimap.
    settings: { 'editor.stickyScroll.enabled': false, 'editor.minimap.enabled': false },
  });
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  const saved = [];
  const failed = [];
  try {
    const wb = new Workbench(browser.page, { screenshotsDir: out });
    await wb.load(session.url());
    const ctx = {
      workspace: session.workspace,
      write(relativePath, text) {
        const path = join(session.workspace, relativePath);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      },
    };
    for (const scenario of selected) {
      const started = Date.now();
      try {
        await wb.dismiss();
        await wb.runCommand('View: Close All Editors');
        const path = await scenario.run(wb, ctx);
        saved.push(path);
        console.log(`[screenshots] ${scenario.name}: ${relative(repoRoot, path)} (${Date.now() - started} ms)`);
      } catch (err) {
        failed.push({ name: scenario.name, error: err });
        const shot = await wb.screenshot(join(vscodeTest, 'screenshots-failed', `${scenario.name}.png`)).catch(() => undefined);
        // Playwright's message names the locator it waited for: keep that line too.
        const message = err instanceof Error ? err.message.split('\n').filter((l, i) => i === 0 || /locator\(/.test(l)).join(' ') : err;
        console.error(`[screenshots] ${scenario.name} FAILED: ${message}` +
          (shot ? ` (what the screen showed: ${relative(repoRoot, shot)})` : ''));
      }
    }
  } finally {
    await browser.close();
    await session.stop();
  }
  return { saved, failed };
}

/**
 * The screenshots ship in the .vsix (the README shows them on the extension's page): pngquant makes them about a
 * third of their size (`apt-get install pngquant`; without it they stay as taken, and a test says they are large).
 */
function compress(paths) {
  if (!paths.length) return;
  const r = spawnSync('pngquant', ['--quality=70-95', '--speed', '1', '--force', '--ext', '.png', ...paths], { stdio: 'inherit' });
  if (r.error) console.warn('[screenshots] pngquant is not installed: the screenshots are not compressed');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`[screenshots] ${err.message}`);
    process.exit(2);
  }
  if (options.list) {
    for (const s of SCENARIOS) console.log(`${s.name.padEnd(20)} ${s.description}`);
    process.exit(0);
  }
  try {
    const { saved, failed } = await takeScreenshots(options);
    compress(saved);
    console.log(`[screenshots] ${saved.length} saved, ${failed.length} failed`);
    process.exit(failed.length ? 1 : 0);
  } catch (err) {
    console.error(`[screenshots] FAILED: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
