// The editor and the renderer read a template with the same parser, so they must agree on what is a syntax error:
// every template the VTL diagnostics accept without a `vtl-syntax` error renders without a syntax error, and every
// template they reject the renderer refuses, over the corpus templates and the recorded Velocity 1.7 probes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateTemplate, type MappingContext } from '../../../server/src/service/vtl';
import { renderTemplate } from '../../../server/src/service/render';
import { substituteTemplate } from '../../../server/src/service/features/renderRequests/render';
import { identityTemplate, type EmbeddedTemplate } from '../../../server/src/service/sourceMap';
import { corpusRoot, corpusTemplates } from './corpusTemplates';
import { VELOCITY_17_VERDICTS } from './velocity17Verdicts';
import { VELOCITY_17_RENDERS } from '../render/velocity17Renders';

interface Verdicts {
  editor: boolean;
  renderer: boolean;
  editorMessage?: string;
  rendererMessage?: string;
}

/** Whether each side rejects the template: a `vtl-syntax` error in the editor, a syntax error when rendering. */
function verdicts(template: EmbeddedTemplate, stage: 'request' | 'response', ctx: MappingContext = {}): Verdicts {
  const syntax = validateTemplate(template.text, { substitutions: template.substitutions, ...ctx }).filter((d) => d.code === 'vtl-syntax' && d.severity === 'error');
  // as the preview renders it: after CloudFormation's substitution (placeholders for what only it knows)
  const backend = stage === 'response' ? { statusCode: 200, body: '{}' } : undefined;
  const rendered = renderTemplate(substituteTemplate(template, undefined, { body: '{}' }).text, stage, { body: '{}' }, backend, { timeBudgetMs: 5000 });
  const syntaxError = rendered.errors.find((e) => e.kind === 'syntax' && !e.message.startsWith('#evaluate:'));
  return { editor: syntax.length > 0, renderer: syntaxError !== undefined, editorMessage: syntax[0]?.message, rendererMessage: syntaxError?.message };
}

function assertAgree(what: string, v: Verdicts): void {
  assert.equal(v.renderer, v.editor, `${what}: editor ${v.editor ? `rejects (${v.editorMessage})` : 'accepts'}, renderer ${v.renderer ? `rejects (${v.rendererMessage})` : 'renders'}`);
}

test('editor and renderer agree on every corpus mapping template', (t) => {
  const root = corpusRoot();
  if (!root) return t.skip('the shared corpus is missing (set APIGW_CORPUS)');
  let rejected = 0;
  let checked = 0;
  for (const c of corpusTemplates(root)) {
    if (c.gatewayResponse) continue; // not VTL to the editor (simple substitution), and never rendered
    const v = verdicts(c.template, c.stage, { stage: c.stage, apiKind: c.websocket ? 'websocket' : 'rest' });
    assertAgree(`${c.file} ${c.where}`, v);
    if (v.editor) rejected++;
    checked++;
  }
  assert.ok(checked > 650, `${checked} templates`);
  // the reviewed ones: ${AWS::...} outside Fn::Sub, and LocalStack's \"data\" (test/unit/vtl/corpus.test.ts)
  assert.equal(rejected, 4);
});

test('editor and renderer agree on every recorded Velocity 1.7 probe', () => {
  const templates = new Set([...VELOCITY_17_VERDICTS.map((v) => v.template), ...VELOCITY_17_RENDERS.map((r) => r.template)]);
  let rejected = 0;
  for (const text of templates) {
    const v = verdicts(identityTemplate(text), 'request');
    assertAgree(JSON.stringify(text), v);
    if (v.editor) rejected++;
  }
  assert.ok(templates.size > 590, `${templates.size} probes`);
  assert.ok(rejected > 150 && rejected < templates.size - 300, `${rejected} rejected`);
});

test('the renderer reports one of the syntax errors the editor shows, at the same place', () => {
  for (const [text, reason] of [
    ['a\n#if($x', 'Unbalanced parentheses'], // where Velocity stops, not the unclosed #if found at the end
    ['#set($a = [1, 2,])', 'Trailing comma'],
    ['$a.b( )', 'white space between empty parentheses'],
    ['#foreach($i in $l)\n#end\n#end', '`#end` has no open'],
    ['x #*', 'never closed with `*#`'],
    ['{"a": 1}#', 'last character is `#`'],
  ]) {
    const diagnostics = validateTemplate(text).filter((d) => d.code === 'vtl-syntax' && d.severity === 'error');
    const errors = renderTemplate(text, 'request', {}).errors;
    assert.equal(errors.length, 1, text);
    assert.equal(errors[0].kind, 'syntax', text);
    assert.ok(errors[0].message.includes(reason), `${text}: ${errors[0].message}`);
    assert.ok(diagnostics.some((d) => d.message === errors[0].message && d.offset === errors[0].offset && d.length === errors[0].length), text);
  }
});
