import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeTemplate, hoverTemplate, parseTemplate, validateTemplate } from '../../../server/src/service/vtl';
import { corpusRoot, corpusTemplates, type CorpusTemplate } from './corpusTemplates';

/**
 * What the checks find in the corpus, each one reviewed. The `${AWS::...}` ones are OpenAPI files pulled in with
 * AWS::Include, whose template strings are not inside Fn::Sub; real Velocity 1.7 rejects `${AWS::Region}` there
 * (and LocalStack's `\"data\"` too). The WebSocket names are not in the documented variable list (information).
 */
const KNOWN_FINDINGS = [
  ['aws-samples__serverless-patterns/apigw-rest-stepfunctions-express-sync-bedrock-sam/api.yaml', 'vtl-syntax', '${AWS::Region}'],
  ['aws-samples__serverless-patterns/apigw-rest-stepfunctions-express-sync-bedrock-sam/api.yaml', 'vtl-syntax', '${AWS::AccountId}'],
  ['aws-samples__serverless-patterns/apigw-websocket-mapping-template-authorizer/template.yaml', 'vtl-unknown-context-variable', 'messageDirection'],
  ['aws-samples__serverless-patterns/apigw-websocket-mapping-template-authorizer/template.yaml', 'vtl-unknown-context-variable', 'isBase64Encoded'],
  ['aws-samples__serverless-patterns/step-function-sync-rest-api/api.yaml', 'vtl-syntax', '${AWS::Region}'],
  ['aws-samples__serverless-patterns/step-function-sync-rest-api/api.yaml', 'vtl-syntax', '${AWS::AccountId}'],
  ['localstack__localstack/tests/aws/files/api_definition.yaml', 'vtl-syntax', '\\'],
  ['localstack__localstack/tests/aws/files/api_definition.yaml', 'vtl-syntax', '\\'],
];

let loaded: CorpusTemplate[] | undefined;
function load(): CorpusTemplate[] {
  const root = corpusRoot();
  assert.ok(root, 'the shared corpus is missing: set APIGW_CORPUS to the folder holding templates/');
  return (loaded ??= corpusTemplates(root));
}

test('corpus: every request/response template string and API Gateway .vtl/.vm file decodes exactly', () => {
  const templates = load();
  assert.ok(templates.length > 700, `${templates.length} templates`);
  assert.ok(templates.filter((t) => t.sub).length > 100, 'Fn::Sub templates');
  assert.ok(templates.filter((t) => t.where.endsWith('.vtl') || t.where.endsWith('.vm')).length >= 8, '.vtl/.vm files');
  for (const t of templates) {
    assert.equal(t.template.exact, true, `${t.file} ${t.where}`);
    // Each decoded character maps to the file text that produced it.
    for (let i = 0; i < Math.min(t.template.text.length, 400); i++) {
      const c = t.template.text[i];
      const s = t.fileText[t.template.toFileOffset(i)];
      assert.ok(s === c || s === '\\' || s === "'" || ((c === ' ' || c === '\n') && (s === '\n' || s === '\r')), `${t.file} ${t.where} at ${i}`);
    }
  }
});

test('corpus: no false syntax errors, and every other finding is a reviewed one', () => {
  const found: string[][] = [];
  for (const t of load()) {
    const diagnostics = validateTemplate(t.template.text, {
      substitutions: t.template.substitutions,
      stage: t.stage,
      apiKind: t.websocket ? 'websocket' : 'rest',
      templateKind: t.gatewayResponse ? 'gateway-response' : 'integration',
    });
    for (const d of diagnostics) found.push([t.file.replace(/^templates\//, ''), d.code, t.template.text.slice(d.offset, d.offset + d.length)]);
  }
  assert.deepEqual(found.sort(), [...KNOWN_FINDINGS].sort());
});

test('corpus: the parser, completion and hover run over every template without failing', () => {
  let references = 0;
  for (const t of load()) {
    const text = t.template.text;
    const parsed = parseTemplate(text);
    references += parsed.references.length;
    for (const ref of parsed.references.slice(0, 5)) {
      assert.doesNotThrow(() => hoverTemplate(text, ref.offset + 1, {}));
      assert.doesNotThrow(() => completeTemplate(text, ref.offset + ref.length, {}));
    }
  }
  assert.ok(references > 1000, `${references} references`);
});
