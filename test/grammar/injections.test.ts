// The injections must change nothing but mapping templates: a YAML/JSON file without templates keeps VS Code's
// tokens exactly, and in a file with templates every token outside a template is VS Code's own.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  changesOutsideTemplates, createTokenizer, GRAMMAR_TEST_DIR, hasVtlScope as hasVtl, isVtlScope as isVtl, rootScopeFor,
  tokenAt, Tokenizer,
} from './tokenize';

let withUs: Tokenizer;
let vscodeOnly: Tokenizer;
before(async () => {
  withUs = await createTokenizer(true);
  vscodeOnly = await createTokenizer(false);
});

function fixture(name: string): { text: string; root: string } {
  return { text: readFileSync(join(GRAMMAR_TEST_DIR, 'fixtures', name), 'utf8'), root: rootScopeFor(name) };
}

describe('files without mapping templates', () => {
  for (const name of ['yaml/no-templates.yaml', 'json/no-templates.json']) {
    test(`${name}: tokens identical with and without the injections`, () => {
      const { text, root } = fixture(name);
      const ours = withUs.tokenize(root, text);
      assert.deepEqual(ours, vscodeOnly.tokenize(root, text));
      assert.ok(!ours.flat().some(hasVtl));
    });
  }
});

describe('files with mapping templates', () => {
  const files = ['yaml/openapi.yaml', 'yaml/cloudformation.yaml', 'json/openapi.json', 'json/cloudformation.json'];
  for (const name of files) {
    test(`${name}: every token outside a template is VS Code's own`, () => {
      const { text, root } = fixture(name);
      const ours = withUs.tokenize(root, text);
      assert.ok(ours.flat().filter(hasVtl).length > 50, 'the fixture has highlighted templates');
      assert.deepEqual(changesOutsideTemplates(ours, vscodeOnly.tokenize(root, text)), []);
    });
  }
});

describe('where templates are recognised', () => {
  const scopesOf = (name: string, needle: string, at = 0) => {
    const { text, root } = fixture(name);
    return tokenAt(withUs.tokenize(root, text), text, needle, at).scopes;
  };

  test('#foreach in a YAML block scalar under requestTemplates is an embedded VTL keyword', () => {
    const scopes = scopesOf('yaml/openapi.yaml', '#foreach($item');
    assert.ok(scopes.includes('keyword.control.directive.foreach.vtl'), scopes.join(' '));
    assert.ok(scopes.includes('meta.embedded.block.vtl'), scopes.join(' '));
    assert.ok(scopes.includes('meta.apigw.mapping-templates.yaml'));
  });

  test('the same text under description: stays a YAML string', () => {
    const scopes = scopesOf('yaml/openapi.yaml', '#foreach($pet');
    assert.ok(!scopes.some(isVtl), scopes.join(' '));
    assert.ok(scopes.includes('string.unquoted.block.yaml'));
  });

  test('a JSON string under requestTemplates is VTL, under description it is not', () => {
    const template = scopesOf('json/openapi.json', '#set($inputRoot');
    assert.ok(template.includes('keyword.control.directive.set.vtl'), template.join(' '));
    assert.ok(template.includes('string.quoted.double.json'), 'it is still a JSON string');
    const description = scopesOf('json/openapi.json', '#foreach($pet');
    assert.ok(!description.some(isVtl), description.join(' '));
  });

  test('the key after a YAML template is a plain YAML key again', () => {
    assert.deepEqual(scopesOf('yaml/openapi.yaml', 'passthroughBehavior'), [
      'meta.stream.yaml', 'meta.document.yaml', 'meta.mapping.yaml', 'meta.map.value.yaml', 'meta.mapping.yaml',
      'meta.map.value.yaml', 'meta.mapping.yaml', 'meta.map.value.yaml', 'meta.mapping.yaml', 'meta.map.value.yaml',
      'meta.mapping.yaml', 'meta.map.key.yaml', 'string.unquoted.plain.yaml', 'entity.name.tag.yaml',
    ]);
  });

  test('YAML scalar styles: single-quoted, double-quoted, plain, !Sub and Fn::Sub block scalars', () => {
    const f = 'yaml/openapi.yaml';
    assert.ok(scopesOf(f, "''q''").includes('string.quoted.single.vtl'), "'' opens a VTL string in a single-quoted scalar");
    assert.ok(scopesOf(f, '\\"id').includes('punctuation.support.type.property-name.begin.json.vtl'), '\\" is a quote of the template text');
    assert.ok(scopesOf(f, '\\n#set').includes('constant.character.escape.yaml'));
    assert.ok(scopesOf(f, '#set($a = \\"x').includes('keyword.control.directive.set.vtl'));
    assert.ok(scopesOf(f, '{\\"a\\"').includes('meta.template.vtl'), 'a double-quoted scalar continues on the next line');
    assert.ok(scopesOf(f, "json('$.body')").includes('support.function.vtl'), 'plain scalar');
    assert.ok(scopesOf(f, '# a YAML comment').includes('comment.line.number-sign.yaml'), "a plain scalar's comment stays YAML");
    assert.ok(scopesOf(f, '{"indented"').includes('meta.embedded.block.vtl'), 'explicit indentation indicator');
    const cfn = 'yaml/cloudformation.yaml';
    assert.ok(scopesOf(cfn, '${Table}').includes('meta.reference.formal.vtl'), '!Sub |');
    assert.ok(scopesOf(cfn, '$input.body</item>').includes('variable.language.vtl'), 'Fn::Sub: |');
    assert.ok(scopesOf(cfn, '${QueueUrl}').includes('meta.embedded.block.vtl'), '!Sub [template, variables]');
    assert.ok(!scopesOf(cfn, '!Ref Queue', '!Ref '.length).some(isVtl), 'the !Sub variables are not a template');
    assert.ok(scopesOf(cfn, 'util.escapeJavaScript($input.json').includes('meta.template.vtl'), '{"Fn::Sub": "..."}');
    assert.ok(scopesOf(cfn, '$context.connectionId').includes('meta.embedded.block.vtl'), 'ApiGatewayV2 "$default": >-');
    assert.ok(scopesOf(cfn, "json('$')").includes('support.function.vtl'), 'ApiGatewayV2 IntegrationResponse');
  });

  test('JSON: escapes never hide the end of the template string', () => {
    const f = 'json/openapi.json';
    // the template ends in an escaped backslash: the next key must still be a key
    assert.ok(scopesOf(f, '"application/vnd.block-comment"').includes('support.type.property-name.json'));
    assert.ok(scopesOf(f, '"$default"').includes('support.type.property-name.json'));
    assert.ok(scopesOf(f, '\\q').includes('invalid.illegal.unrecognized-string-escape.json'));
    assert.ok(scopesOf(f, '\\n$input.body').includes('constant.character.escape.json'));
    const comment = scopesOf(f, '## a comment');
    assert.ok(comment.includes('comment.line.number-sign.vtl'), 'a ## comment ends at the \\n escape');
    assert.ok(!scopesOf(f, '$input.body"').includes('comment.line.number-sign.vtl'));
  });
});
