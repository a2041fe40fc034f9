// The preview webview's HTML (client/webview/view.ts): everything from templates, requests and files is escaped,
// invalid JSON is marked where it breaks, errors link to their source ranges, and the page needs no inline
// script or style (its CSP allows neither).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { escapeHtml, renderView } from '../../../client/webview/view';
import type { PreviewView } from '../../../client/src/preview/messages';
import type { RenderResultPayload } from '../../../server/src/service';
import { REPO_ROOT } from '../../helpers/corpus';

const range = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 9 } });

function result(overrides: Partial<RenderResultPayload>): RenderResultPayload {
  return {
    mode: 'render',
    requestName: 'req.json',
    output: '',
    outputCheck: { kind: 'empty', valid: true },
    headers: {},
    steps: [],
    contextUsed: [],
    errors: [],
    requestProblems: [],
    ...overrides,
  };
}

function view(r: RenderResultPayload, extra: Partial<PreviewView> = {}): string {
  return renderView({ version: 1, mode: r.mode, title: 'Render: GET /a', requestLabel: 'req.json', requestIsFile: true, result: r, ...extra });
}

describe('the preview view', () => {
  it('names the headers API Gateway dropped and each CloudFormation substitution, escaped', () => {
    const html = view(
      result({
        droppedHeaders: [{ name: 'Connection', reason: 'API Gateway drops <Connection>' }],
        substitutions: [{ name: 'Queue.Arn', value: '<Queue.Arn>', source: 'a placeholder' }],
      }),
    );
    assert.match(html, /id="dropped-headers"/);
    assert.match(html, /API Gateway drops &lt;Connection&gt;/);
    assert.match(html, /id="substitutions"/);
    assert.match(html, /\$\{Queue\.Arn\}/);
    assert.match(html, /&lt;Queue\.Arn&gt; — a placeholder/);
    assert.doesNotMatch(view(result({})), /dropped-headers|id="substitutions"/);
  });

  it('escapes hostile output, headers, context values and labels', () => {
    const html = view(
      result({
        output: '<img src=x onerror=alert(1)>',
        outputCheck: { kind: 'text', valid: true },
        headers: { 'X-"q"': '<b>' },
        contextUsed: [{ name: 'context.x', value: '</td><script>alert(1)</script>' }],
        steps: [{ stage: '<i>', message: "it's & <that>" }],
      }),
      { title: '<script>t</script>', requestLabel: '"><svg onload=x>' },
    );
    assert.ok(!/<img|<script|<svg|<b>|<i>/.test(html), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('it&#39;s &amp; &lt;that&gt;'));
    // no inline handlers or styles: the CSP would block them, and none are needed
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    assert.deepEqual(tags.filter((t) => /\son\w+=|\sstyle=/i.test(t)), [], 'an inline handler or style attribute');
    assert.equal(escapeHtml(`<&>"'`), '&lt;&amp;&gt;&quot;&#39;');
  });

  it('valid JSON shows pretty; invalid JSON shows where it breaks', () => {
    const ok = view(result({ output: '{"a":1}', outputCheck: { kind: 'json', valid: true, pretty: '{\n  "a": 1\n}' } }));
    assert.ok(ok.includes('<pre id="output" class="output">{\n  &quot;a&quot;: 1\n}</pre>'));
    assert.ok(ok.includes('valid JSON'));
    const bad = view(result({ output: '{"a": x}', outputCheck: { kind: 'json', valid: false, error: { message: 'unexpected character', offset: 6, line: 1, column: 7 } } }));
    assert.ok(bad.includes('Not valid JSON at line 1, column 7: unexpected character'));
    assert.ok(bad.includes('{&quot;a&quot;: <mark class="error-at">x</mark>}'));
  });

  it('errors link to their line in the source file (the ranges travel in data attributes)', () => {
    const html = view(result({ errors: [{ kind: 'runtime', message: 'boom <x>', range: range(41), templateLine: 3, templateColumn: 5, stage: 'request' }, { kind: 'request', message: 'bad request' }] }));
    const links = [...html.matchAll(/data-reveal="([^"]*)"/g)].map((m) => JSON.parse(m[1].replace(/&quot;/g, '"')));
    assert.deepEqual(links, [range(41)]);
    assert.ok(html.includes('line 42 (template line 3:5)'));
    assert.ok(html.includes('runtime error: boom &lt;x&gt;'));
    assert.ok(html.includes('request error: bad request'));
  });

  it('simulate shows status, headers, what the backend receives and the Lambda event', () => {
    const html = view(
      result({
        mode: 'simulate',
        statusCode: 502,
        headers: { 'Content-Type': 'application/json' },
        integrationRequest: { body: '{"x":1}', headers: { 'X-Id': '7' }, uri: 'https://e.com/7' },
        lambdaEvent: { httpMethod: 'GET' },
      }),
    );
    assert.ok(html.includes('<span id="status" class="status status-5xx">502</span>'));
    assert.ok(html.includes('What the backend receives'));
    assert.ok(html.includes('https://e.com/7'));
    assert.ok(html.includes('&quot;httpMethod&quot;: &quot;GET&quot;'));
    assert.ok(html.includes('Render template'), 'the mode switch offers the other mode');
  });

  it('the webview script type-checks against the DOM (client/webview/tsconfig.json)', () => {
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(REPO_ROOT, 'client', 'webview')], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});
