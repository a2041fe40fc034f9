/**
 * Hostile mapping templates rendered through `apigw/renderTemplate` by the real server process: each attack is
 * answered with a clear error, the process is the same one afterwards, nothing leaked into its prototypes (a
 * later template sees no polluted key), and an ordinary template still renders right.
 * (test/unit/render/hostile.test.ts covers the engine itself, in process.)
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ListTemplatesResult, RenderResponse } from '../../shared/protocol';
import type { LspClient } from '../helpers/lspClient';
import { ANSWER_MS, startServer } from './server';

interface Case {
  readonly name: string;
  readonly template: string;
  /** The error the render must end with (kind and message), or none. */
  readonly error?: { kind: string; message: RegExp };
  readonly output?: string;
}

const CASES: Case[] = [
  { name: 'reflection through $input.getClass()', template: '$input.getClass().forName("java.lang.Runtime").getRuntime().exec("id")', error: { kind: 'security', message: /not accessible from a template/ } },
  { name: '.constructor.constructor(...) to reach Function', template: '$util.constructor.constructor("globalThis.pwned = 1")()', error: { kind: 'security', message: /not accessible/ } },
  { name: '["constructor"] is a map lookup, not a host property', template: '[$input["constructor"]][$util["__proto__"]][$context["toString"]]', output: '[][][]' },
  { name: '__proto__ of a host object', template: '$input.__proto__', error: { kind: 'security', message: /not accessible/ } },
  {
    name: 'pollution through $util.parseJson and #set',
    template: `#set($x = $util.parseJson('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'))#set($m = {})#set($m.__proto__ = {"polluted": 1})$x.get("__proto__").polluted`,
    error: { kind: 'security', message: /not accessible/ },
  },
  { name: 'an endless loop', template: '#foreach($i in [1..100000000])#set($x = $i)#end', error: { kind: 'limit', message: /steps|time budget|1,000 iterations|maxloops/i } },
  { name: 'runaway #macro recursion', template: '#macro(f)#f()#end#f()', error: { kind: 'limit', message: /deeper than 20 levels/ } },
  { name: 'runaway #define and #evaluate recursion', template: '#define($d)$d$d#end$d', error: { kind: 'limit', message: /deeper than 20 levels/ } },
  { name: '#evaluate calling itself', template: '#macro(g $n)#evaluate("#g(1)")#end#g(1)', error: { kind: 'limit', message: /deeper than 20 levels/ } },
  { name: 'nested #foreach over huge ranges', template: '#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])x#end#end#end', error: { kind: 'limit', message: /steps|time budget|output exceeded/ } },
  { name: 'an output bomb', template: '#foreach($i in [1..1000])#foreach($j in [1..1000])xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx#end#end', error: { kind: 'limit', message: /output exceeded|steps|time budget/ } },
  { name: 'string doubling', template: '#set($s = "aaaaaaaaaa")#foreach($i in [1..60])#set($s = "$s$s")#end$s.length()', error: { kind: 'limit', message: /a string grew past/ } },
  { name: 'reading files with #parse', template: '#parse("/etc/passwd")', error: { kind: 'runtime', message: /not available in API Gateway/ } },
];

/** One MOCK operation per case, the template as a YAML block literal. */
function document(): string {
  const lines = ["openapi: 3.0.1\ninfo:\n  title: hostile\n  version: '1'\npaths:"];
  CASES.forEach((c, i) => {
    lines.push(`  /case${i}:\n    post:\n      responses:\n        '200':\n          description: ok\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n          application/json: |\n            ${c.template}\n        responses:\n          default:\n            statusCode: '200'`);
  });
  lines.push(`  /benign:\n    post:\n      responses:\n        '200':\n          description: ok\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n          application/json: |\n            #set($m = {})[$m.polluted][$util.parseJson('{}').polluted]{"statusCode": 200}\n        responses:\n          default:\n            statusCode: '200'`);
  return lines.join('\n') + '\n';
}

describe('hostile templates through apigw/renderTemplate on the server process', () => {
  const URI = 'file:///work/hostile.yaml';
  let client: LspClient;
  let pid: number;
  let templates: ListTemplatesResult['templates'];
  before(async () => {
    client = await startServer();
    pid = client.pid;
    await client.open(URI, 'yaml', document());
    await client.nextPush(URI, 1, ANSWER_MS);
    templates = (await client.request<ListTemplatesResult>('apigw/listTemplates', { uri: URI }, ANSWER_MS)).templates;
  });
  after(async () => {
    await client.stop();
  });

  it('lists one template per case', () => assert.equal(templates.length, CASES.length + 1));

  CASES.forEach((c, i) => {
    it(`${c.name}: contained with a clear error, the server keeps serving`, async () => {
      const template = templates.find((t) => t.owner === `POST /case${i}`);
      assert.ok(template, `no template for case ${i}: ${templates.map((t) => t.owner).join(', ')}`);
      const response = await client.request<RenderResponse>('apigw/renderTemplate', { uri: URI, mode: 'render', templateId: template.id }, ANSWER_MS);
      const result = response.result;
      assert.ok(result, `no result: ${response.message}`);
      if (c.error) {
        const last = result.errors.at(-1);
        assert.equal(last?.kind, c.error.kind, JSON.stringify(result.errors));
        assert.match(last!.message, c.error.message);
      } else assert.deepEqual(result.errors, []);
      if (c.output !== undefined) assert.equal(result.output.trim(), c.output);
      assert.ok(Buffer.byteLength(result.output) <= 1024 * 1024, `output of ${result.output.length} characters`);
      assert.ok(client.alive);
      assert.equal(client.pid, pid);
    });
  });

  it('afterwards nothing leaked: a template sees no polluted key, and renders as usual', async () => {
    const template = templates.find((t) => t.owner === 'POST /benign')!;
    const response = await client.request<RenderResponse>('apigw/renderTemplate', { uri: URI, mode: 'render', templateId: template.id }, ANSWER_MS);
    assert.deepEqual(response.result?.errors, []);
    assert.equal(response.result?.output.trim(), '[][]{"statusCode": 200}');
    assert.doesNotMatch(client.stderr, /pwned|polluted|Uncaught/);
  });

  it('a standalone .vtl file is rendered in the same sandbox', async () => {
    const uri = 'file:///work/attack.vtl';
    await client.open(uri, 'vtl', '#set($c = "")$c.class.forName("java.lang.Runtime")');
    const response = await client.request<RenderResponse>('apigw/renderTemplate', { uri, mode: 'render' }, ANSWER_MS);
    assert.equal(response.result?.errors.at(-1)?.kind, 'security');
    assert.equal(response.result?.output.trim(), '');
  });
});
