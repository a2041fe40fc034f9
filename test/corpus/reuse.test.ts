/**
 * Reusing findings changes no answer: every file of ../shared/corpus/templates with integrations is opened, edited
 * a few times (random edits anywhere, and renames of what rules read across the file: resource names, stage
 * variables, the components `$ref`s name), and after every edit the same parse is validated with reuse on and
 * with reuse off (LanguageSettings.reuseFindings). Every finding must be the same. This is what keeps the rule
 * records' `reads` honest: a check that reads a fact its record does not name reports stale findings here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { random } from '../../bench/generate';
import { getLanguageService, ParsedDocument, PieceTextDocument } from '../../server/src/service';
import { documentMemo } from '../../server/src/service/model/parsedDocument';
import { AstNode, getValue, isObject, StringNode } from '../../server/src/service/parse/ast';
import { FindingsCache } from '../../server/src/service/rules/findingsCache';
import { applyEdit, Edit, randomEdits } from '../unit/incremental/randomEdits';
import { corpusDir, listFiles } from '../helpers/corpus';

const EDITS_PER_FILE = 4;

/**
 * Keys other parts of the file depend on, from the model: resource names, the stage variables of a Stage or a SAM
 * API, the parameters, schemas and responses of an OpenAPI definition's components (`$ref` targets). Renaming one
 * changes a fact a check reads (reads.ts) without touching the integrations and templates that read it.
 */
function dependedOnKeys(parsed: ParsedDocument): StringNode[] {
  const keys: StringNode[] = [];
  const keysOf = (node: AstNode | undefined) => {
    if (isObject(node)) for (const p of node.properties) keys.push(p.key);
  };
  const template = parsed.model.cfnTemplate;
  for (const resource of template?.resources.values() ?? []) {
    keys.push(resource.keyNode);
    for (const name of ['Variables', 'StageVariables']) keysOf(getValue(resource.properties, name));
    keysOf(getValue(getValue(resource.properties, 'StageDescription'), 'Variables'));
  }
  for (const api of parsed.model.apis) {
    const components = getValue(api.node, 'components');
    for (const part of ['parameters', 'schemas', 'responses', 'requestBodies']) for (const key of childKeys(getValue(components, part))) keys.push(key);
    for (const part of ['parameters', 'definitions', 'responses']) for (const key of childKeys(getValue(api.node, part))) keys.push(key);
  }
  return keys;
}

/** The keys of an object and of the objects it holds (a schema's properties, a parameter's name). */
function childKeys(node: AstNode | undefined): StringNode[] {
  if (!isObject(node)) return [];
  return node.properties.flatMap((p) => [p.key, ...(isObject(p.value) ? p.value.properties.map((q) => q.key) : [])]);
}

/** A letter inserted before the last character of one of those keys (inside the quotes of a JSON key). */
function dependedOnEdit(parsed: ParsedDocument, rand: () => number): Edit | undefined {
  const keys = dependedOnKeys(parsed).filter((k) => k.length > 1);
  if (!keys.length) return undefined;
  const key = keys[Math.floor(rand() * keys.length)];
  return { offset: key.offset + key.length - 1, length: 0, text: 'Q' };
}

function comparable(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message, d.data])).sort();
}

describe('findings reused between validations equal findings computed afresh', () => {
  const root = path.join(corpusDir(), 'templates');
  const files = listFiles(root, (name) => /\.(ya?ml|json|template)$/i.test(name) && name !== 'manifest.json' && name !== 'stats.json');

  it(`every file with integrations, ${EDITS_PER_FILE} edits each: reuse on and off report the same`, () => {
    const on = getLanguageService();
    const off = getLanguageService();
    off.configure({ reuseFindings: false });
    let checked = 0;
    let validations = 0;
    let reused = 0;
    const differences: string[] = [];
    files.forEach((file, index) => {
      const relative = path.relative(root, file).split(path.sep).join('/');
      let text = fs.readFileSync(file, 'utf8');
      const languageId = file.endsWith('.json') ? 'json' : 'yaml';
      let document: PieceTextDocument = PieceTextDocument.create(`file:///${relative}`, languageId, 1, text, 2000);
      let parsed: ParsedDocument = on.parseDocument(document);
      if (!parsed.model.integrations.length) return;
      checked++;
      on.doValidation(document, parsed);
      const rand = random(index + 1);
      const next = randomEdits(index + 1, languageId, 0.5);
      let lastCache: FindingsCache | undefined;
      let lastCount = 0;
      for (let step = 0; step < EDITS_PER_FILE; step++) {
        const edit = (step % 2 === 0 ? dependedOnEdit(parsed, rand) : undefined) ?? next(text);
        text = applyEdit(text, edit);
        document = PieceTextDocument.update(document, [{ range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) }, text: edit.text }], document.version + 1);
        parsed = on.parseDocument(document, parsed);
        const withReuse = comparable(on.doValidation(document, parsed));
        const cache = documentMemo(parsed, 'findings', () => new FindingsCache());
        reused += cache === lastCache ? cache.reused - lastCount : cache.reused;
        [lastCache, lastCount] = [cache, cache.reused];
        const without = comparable(off.doValidation(document, parsed));
        validations++;
        if (JSON.stringify(withReuse) !== JSON.stringify(without)) {
          const onlyReused = withReuse.filter((d) => !without.includes(d));
          const onlyFresh = without.filter((d) => !withReuse.includes(d));
          differences.push(`${relative} after edit ${step + 1} ${JSON.stringify(edit)}:\n  reused only: ${onlyReused.join('\n    ')}\n  fresh only: ${onlyFresh.join('\n    ')}`);
        }
      }
    });
    console.log(`reuse: ${checked} files, ${validations} validations compared, findings of a unit reused ${reused} times`);
    assert.ok(checked > 500, `expected the corpus' files with integrations, found ${checked}`);
    assert.ok(reused > validations / 2, `reuse should happen (a unit's findings were reused ${reused} times in ${validations} validations)`);
    assert.deepEqual(differences, []);
  });

  // Each fact of reads.ts, in a file made to show it: the edit is in another part of the file than the unit (an
  // integration, a template), which the incremental parser keeps (a top-level entry, or one over 8 KB, is re-read
  // alone), and it changes what the unit's checks report: a record that forgot the fact would keep the old findings.
  const PADDING = 'x'.repeat(9000);
  const CASES: { fact: string; text: string; edit: [string, string]; appears: string; control?: [string, string] }[] = [
    {
      fact: 'operation',
      text: `openapi: 3.0.1
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
paths:
  /pets:
    get:
      parameters: [{$ref: '#/components/parameters/Limit'}]
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/pets
        cacheKeyParameters: [method.request.querystring.limit]
  /other:
    get: {summary: one, description: ${PADDING}, x-amazon-apigateway-integration: {type: mock}}
`,
      edit: ['{name: limit,', '{name: limitQ,'],
      appears: 'cache-key-not-mapped',
      // The operation stands for the whole definition but its other paths: the control edit is in another path
      // (made long, so that the parser re-reads it alone).
      control: ['summary: one', 'summary: two'],
    },
    {
      fact: 'resources',
      text: `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: {Handler: index.handler, Runtime: nodejs20.x, InlineCode: x}
  Padding:
    Type: AWS::SNS::Topic
    Properties: {TopicName: ${PADDING}}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: GET
                uri: !GetAtt Fn.Arn
`,
      edit: ['Type: AWS::Serverless::Function', 'Type: AWS::Serverless::LayerVersion'],
      appears: '-lambda-http-method',
    },
    {
      fact: 'resources (a template in Fn::Sub)',
      text: `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  context: {Type: String}
Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      ResourceId: r
      RestApiId: a
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q
        Credentials: arn:aws:iam::123456789012:role/r
        RequestTemplates:
          application/json: !Sub 'Action=SendMessage&MessageBody=\${context}'
`,
      edit: ['  context: {Type: String}', '  contextQ: {Type: String}'],
      appears: 'vtl-cfn-substitution',
    },
    {
      fact: 'integration',
      text: `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      Description: ${PADDING}
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates: {application/json: '{"statusCode": 200}'}
`,
      edit: ['Type: AWS::Serverless::Api', 'Type: AWS::Serverless::HttpApi'],
      appears: 'invalid-type',
    },
    {
      fact: 'stageVariables',
      text: `AWSTemplateFormatVersion: '2010-09-09'
Globals:
  Api:
    Variables: {backend: example.com}
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue
                credentials: arn:aws:iam::123456789012:role/r
                requestTemplates:
                  application/json: 'Action=SendMessage&MessageBody=$stageVariables.backend'
`,
      edit: ['{backend: example.com}', '{backendQ: example.com}'],
      appears: 'vtl-unknown-stage-variable',
    },
  ];

  for (const c of CASES) {
    it(`the ${c.fact} fact: an edit elsewhere changes the findings, reused or not`, () => {
      const on = getLanguageService();
      const off = getLanguageService();
      off.configure({ reuseFindings: false });
      let document = PieceTextDocument.create(`file:///${c.fact}.yaml`, 'yaml', 1, c.text, 2000);
      let parsed = on.parseDocument(document);
      const before = on.doValidation(document, parsed).map((d) => String(d.code));
      const at = c.text.indexOf(c.edit[0]);
      assert.ok(at >= 0);
      document = PieceTextDocument.update(document, [{ range: { start: document.positionAt(at), end: document.positionAt(at + c.edit[0].length) }, text: c.edit[1] }], 2);
      parsed = on.parseDocument(document, parsed);
      const withReuse = on.doValidation(document, parsed);
      const after = off.doValidation(document, parsed).map((d) => String(d.code));
      const code = c.appears.replace(/^-/, '');
      // The case shows something: the code appears (or, with a leading -, goes away) with the edit.
      assert.equal(before.includes(code), c.appears.startsWith('-'), `before: ${before.join(', ')}`);
      assert.equal(after.includes(code), !c.appears.startsWith('-'), `after: ${after.join(', ')}`);
      assert.deepEqual(comparable(withReuse), comparable(off.doValidation(document, parsed)));
      // And the unit is one that is reused: an edit of nothing it reads (the first line) reuses its findings.
      const [from, to] = c.control ?? ['', '# note\n'];
      const where = document.getText().indexOf(from);
      document = PieceTextDocument.update(document, [{ range: { start: document.positionAt(where), end: document.positionAt(where + from.length) }, text: to }], 3);
      parsed = on.parseDocument(document, parsed);
      on.doValidation(document, parsed);
      assert.ok(documentMemo(parsed, 'findings', () => new FindingsCache()).reused > 0, 'the unit is reused when nothing it reads changes');
    });
  }
});

