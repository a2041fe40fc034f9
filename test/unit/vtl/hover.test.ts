import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverTemplate, type MappingContext } from '../../../server/src/service/vtl';
import { INPUT_MEMBERS, UTIL_MEMBERS, CONTEXT_VARIABLES, DIRECTIVES } from '../../../server/src/service/knowledge/vtl';
import { caret } from './caret';

function hover(fixture: string, ctx: MappingContext = {}) {
  const { text, offset } = caret(fixture);
  const h = hoverTemplate(text, offset, ctx);
  return h && { ...h, word: text.slice(h.offset, h.offset + h.length) };
}

test('$input members: behaviour, quirks, doc link; the range is the member name', () => {
  const h = hover("$input.js|on('$.a')")!;
  assert.equal(h.word, 'json');
  assert.match(h.contents, /\$input\.json\(x: String\): String/);
  assert.match(h.contents, /with its quotes/);
  assert.match(h.contents, /\(https:\/\/docs\.aws\.amazon\.com\/apigateway\//);
  assert.match(hover("$input.pa|th('$')")!.contents, /\{foo=bar\}/);
  assert.match(hover("$input.para|ms('id')")!.contents, /path → query string → header/);
  assert.equal(hover('$in|put.body')!.word, '$input');
});

test('$util members, with the escapeJavaScript and urlEncode quirks', () => {
  assert.match(hover('$util.escapeJava|Script($x)')!.contents, /\\'/);
  assert.match(hover('$util.url|Encode($x)')!.contents, /space becomes `\+`/);
  assert.equal(hover('$util.unkn|own()'), undefined);
});

test('$context variables and groups, marking access-log-only ones', () => {
  assert.match(hover('$context.identity.source|Ip')!.contents, /source IP address/);
  assert.equal(hover('$context.identity.source|Ip')!.word, 'sourceIp');
  assert.match(hover('$context.iden|tity.sourceIp')!.contents, /\$context\.identity: group/);
  assert.match(hover('$context.integration|Latency')!.contents, /Access logs only/);
  assert.match(hover('$context.authorizer.claims.em|ail')!.contents, /Cognito/);
  assert.match(hover('#set($context.responseOverride.sta|tus = 400)')!.contents, /For response templates/);
});

test('directives, #end and macro calls', () => {
  assert.match(hover('#fore|ach($i in $l)$i#end')!.contents, /\$foreach\.hasNext/);
  assert.equal(hover('#fore|ach($i in $l)$i#end')!.word, '#foreach');
  assert.match(hover('#if($a)x#e|nd')!.contents, /closes a `#if` block/);
  assert.match(hover('#{el|se}')!.contents, /#else/);
  assert.match(hover('#macro(m)x#end#|m()')!.contents, /macro `m` defined in this template/);
});

test('a reference inside a method argument wins; template variables and $foreach', () => {
  assert.equal(hover('$util.escapeJavaScript($input.bo|dy)')!.word, 'body');
  assert.match(hover('#set($x = 1)$|x')!.contents, /Assigned by a `#set`/);
  assert.match(hover('#foreach($i in $l)$foreach.has|Next#end')!.contents, /another iteration follows/);
  assert.match(hover('$stageVariables.ali|as', { stageVariableNames: ['other'] })!.contents, /No stage of this file defines it/);
  assert.equal(hover('plain te|xt'), undefined);
});

test('every knowledge entry has docs and an https or corpus source', () => {
  for (const m of [...INPUT_MEMBERS, ...UTIL_MEMBERS]) assert.ok(m.docs && /^https:/.test(m.source) && m.signature.startsWith('$'), m.name);
  for (const c of CONTEXT_VARIABLES) assert.ok(c.docs && /^https:/.test(c.source), c.path);
  for (const d of DIRECTIVES) assert.ok(d.docs && d.snippet && /^https:/.test(d.source), d.name);
  // Groups exist for every nested variable.
  for (const c of CONTEXT_VARIABLES) {
    const parent = c.path.split('.').slice(0, -1).join('.');
    if (parent) assert.ok(CONTEXT_VARIABLES.some((g) => g.path === parent && g.group), `group of ${c.path}`);
  }
});
