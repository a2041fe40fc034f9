// snippets/vtl.json: valid snippet syntax (a `$` that is not a tab stop must be escaped, or VS Code would treat
// `$input` as an unknown snippet variable) and, once expanded, valid VTL that leaves nothing open.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenizer, REPO_ROOT, Tokenizer } from './tokenize';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(REPO_ROOT, 'snippets', 'vtl.json'), 'utf8'));

/**
 * Expands a snippet body the way VS Code inserts it with every placeholder left at its default.
 * Throws on snippet variables (`$name`, `${name}`): none of ours use them, so one is an unescaped `$`.
 */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  let i = 0;
  function parse(closeOnBrace: boolean): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '}' && closeOnBrace) {
        i++;
        return out;
      } else if (c === '$') {
        const stop = /^\$(\d+)/.exec(body.slice(i));
        const placeholder = /^\$\{(\d+)(:|\}|\|)/.exec(body.slice(i));
        if (stop) {
          out += defaults.get(stop[1]) ?? '';
          i += stop[0].length;
        } else if (placeholder && placeholder[2] === ':') {
          i += placeholder[0].length;
          const value = parse(true);
          if (!defaults.has(placeholder[1])) defaults.set(placeholder[1], value);
          out += defaults.get(placeholder[1]);
        } else if (placeholder && placeholder[2] === '}') {
          out += defaults.get(placeholder[1]) ?? '';
          i += placeholder[0].length;
        } else {
          throw new Error(`unescaped $ or snippet variable at ${JSON.stringify(body.slice(i, i + 20))}`);
        }
      } else {
        out += c;
        i++;
      }
    }
    if (closeOnBrace) throw new Error('unclosed placeholder');
    return out;
  }
  return parse(false);
}

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

test('there are snippets for the API Gateway idioms', () => {
  const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
  for (const p of ['foreach-json', 'passthrough', 'override-request-header', 'override-response-status', 'escape-json-string', 'ifelse']) {
    assert.ok(prefixes.includes(p), p);
  }
});

test('the snippet expander itself', () => {
  assert.equal(expandSnippet('#set(\\$${1:a} = ${2:\\$b.${3:c}})$0 \\$${1:x}'), '#set($a = $b.c) $a');
  assert.throws(() => expandSnippet('$input.body'), /unescaped/);
  assert.throws(() => expandSnippet('${1:open'), /unclosed/);
});

for (const [name, snippet] of Object.entries(snippets)) {
  test(`snippet "${name}" expands to VTL that leaves nothing open`, () => {
    assert.ok(snippet.prefix.length && snippet.description, 'prefix and description');
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    const text = expandSnippet(body);
    // a reference on a line of its own after the snippet must be top-level VTL again
    const lines = tokenizer.tokenize('source.vtl', `${text}\n$probe`);
    const probe = lines[lines.length - 1];
    assert.deepEqual(probe.map((t) => t.scopes), [
      ['variable.other.vtl', 'punctuation.definition.variable.vtl'],
      ['variable.other.vtl'],
    ], `after:\n${text}`);
    const scopes = lines.flat().flatMap((t) => t.scopes);
    assert.ok(!scopes.some((s) => s.startsWith('invalid')), 'no invalid tokens');
    const count = (directive: string) => scopes.filter((s) => s === `keyword.control.directive.${directive}.vtl`).length;
    const opened = ['if', 'foreach', 'macro', 'define'].reduce((n, d) => n + count(d), 0);
    if (!/^#elseif/.test(text)) assert.equal(count('end'), opened, 'every block has its #end');
    if (text.includes('$')) assert.ok(scopes.some((s) => s.startsWith('variable.')), 'references are highlighted');
  });
}
