/**
 * What the fuzzer found, fixed and kept: the minimised crashers of test/fuzz/crashers/, and the limits that
 * replace a crash or a minute-long parse with one clear diagnostic (server/src/service/parse/limits.ts).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import { MAX_ANALYSED_LENGTH, MAX_NESTING_DEPTH } from '../../server/src/service/parse/limits';
import { HOLE } from '../../server/src/service/model/integrationUri';
import { mayIntersect } from '../../server/src/service/rules/crossResource/patterns';
import { MAX_SYNTAX_PROBLEMS } from '../../server/src/service/rules/runner';
import { load } from '../helpers/fixtures';
import { loadCrashers } from './crashers';
import { exerciseDocument } from './exercise';
import { Random } from './random';
import { exerciseTemplate } from './vtlExercise';

const HEAD = 'openapi: 3.0.0\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        x: ';
const JSON_HEAD = '{"openapi":"3.0.0","paths":{"/a":{"get":{"x-amazon-apigateway-integration":{"type":"mock","x":';

function everything(text: string, languageId: 'yaml' | 'json') {
  const service = getLanguageService();
  const document = TextDocument.create(`file:///limits.${languageId}`, languageId, 1, text);
  const parsed = service.parseDocument(document);
  const diagnostics = service.doValidation(document, parsed);
  const end = document.positionAt(text.length - 3);
  return {
    diagnostics,
    completion: service.doComplete(document, parsed, end),
    hover: service.doHover(document, parsed, end),
    definition: service.findDefinition(document, parsed, end),
    symbols: service.findDocumentSymbols(document, parsed),
    templates: service.listTemplates(document, parsed),
  };
}

describe('crashers found by the fuzzer', () => {
  const crashers = loadCrashers();
  it('the fixtures are there', () => assert.ok(crashers.length >= 2, `${crashers.length} crashers in test/fuzz/crashers/`));
  for (const { name, crasher } of crashers) {
    it(`${name}: no violation at any offset`, () => {
      assert.ok(crasher.description.length > 20, 'each crasher says what went wrong');
      if (crasher.target === 'template') {
        const offsets = Array.from({ length: Math.min(crasher.text.length, 5000) + 1 }, (_, i) => i);
        assert.deepEqual(exerciseTemplate(crasher.text, { random: new Random(1), offsets, stage: 'request', timeBudgetMs: 200, maxSteps: 200_000, maxOutputBytes: 64 * 1024 }), []);
        return;
      }
      const { violations } = exerciseDocument(crasher.text, crasher.languageId, { offsets: crasher.text.length <= 20_000 ? 'all' : [crasher.offset ?? 0], renders: 5, random: new Random(1) });
      assert.deepEqual(violations, []);
    });
  }
});

describe('nesting deeper than anything can walk', () => {
  const cases: [string, string, 'yaml' | 'json'][] = [
    ['JSON arrays, 10,000 deep (the JSON readers overflowed the stack)', JSON_HEAD + '['.repeat(10_000) + ']'.repeat(10_000) + '}}}}}', 'json'],
    ['JSON objects, 3,000 deep', JSON_HEAD + '{"a":'.repeat(3000) + '1' + '}'.repeat(3000) + '}}}}}', 'json'],
    ['YAML flow sequences, 3,000 deep (yaml reported "Maximum call stack size exceeded" as a syntax error)', HEAD + '['.repeat(3000) + ']'.repeat(3000) + '\n', 'yaml'],
    ['YAML block sequences on one line, 50,000 deep (parseDocument threw)', HEAD + '\n' + ' '.repeat(10) + '- '.repeat(50_000) + 'a\n', 'yaml'],
    ['YAML indentation, 3,000 levels', HEAD + '\n' + Array.from({ length: 3000 }, (_, i) => ' '.repeat(10 + i) + 'k:').join('\n') + ' 1\n', 'yaml'],
  ];
  for (const [name, text, languageId] of cases) {
    it(`${name}: one analysis-limit diagnostic, every feature answers empty`, () => {
      const result = everything(text, languageId);
      assert.equal(result.diagnostics[0]?.code, 'analysis-limit');
      assert.deepEqual(result.diagnostics.slice(1).filter((d) => d.code !== 'syntax-error' || /call stack/.test(d.message)), [], 'only the syntax errors besides, none about the stack');
      assert.match(result.diagnostics[0].message, new RegExp(`more than ${MAX_NESTING_DEPTH} levels deep`));
      assert.deepEqual(result.completion.items, []);
      assert.equal(result.hover, null);
      assert.deepEqual(result.definition, []);
      assert.deepEqual(result.symbols, []);
      assert.deepEqual(result.templates.templates, []);
    });
  }

  it('where yaml runs out of stack does not change what is reported (seed 7 document 1952, seed 41 document 3368)', () => {
    // Unclosed flow maps, thousands deep, each on a line indented too little: `yaml` overflows the stack and reports
    // it as a syntax error where it stopped, which depended on how deep the call stack was when it started.
    const text = HEAD + '1\n  /b:\n' + ' '.repeat(9) + '{'.repeat(80_000) + '\n  /c:\n    get: {}\n';
    const service = getLanguageService();
    const report = (depth: number): string[] => {
      const run = (n: number): string[] => {
        if (n > 0) return run(n - 1);
        const document = TextDocument.create('file:///deep.yaml', 'yaml', 1, text);
        return service.doValidation(document, service.parseDocument(document)).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`);
      };
      return run(depth);
    };
    const shallow = report(0);
    assert.equal(shallow[0].split(' ')[1], 'analysis-limit');
    assert.deepEqual(report(2000), shallow, 'the same diagnostics 2,000 frames deeper');
  });

  it('flow collections nested far past the limit do not abort the process (fuzz seed 53 document 6555)', () => {
    // `yaml` recursed to the end of the stack on this line, and V8 compiling one of its regexes there aborted the
    // whole process ("RegExpCompiler Allocation failed - process out of memory"), so it runs in a child process.
    const head = "Parameters:\n  CertificateArn:\n    Type: String\n\n  DomainName:\n    Type: String\nResources:\n  MyRestApi:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: test-api\n  MyMethod:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId:\n        Ref: MyRestApi\n      ResourceId:\n";
    const rest = "        Ref: MyRestApi\n          - RootResourceId\n      HttpMethod: GET\n      AuthorizationType: NONE\n      Integration:\n        Type: MOCK\n        RequestTemplates:\n          application/json: '{\"statusCode\": 200}'\n      MethodResponses:\n        - StatusCode: 200\n  MyDeployment:\n    Type: AWS::ApiGateway::Deployment\n    Properties:\n      RestApiId:\n          - MyRestApi\n    DependsOn:\n      - MyMethod\n  MyStage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId:\n        Ref: MyRestApi\n      DeploymentId:\n        Ref: MyDeployment\n      StageName: prod\n  MyDomainName:\n    Type: AWS::ApiGateway::DomainName\n    Properties:\n      DomainName: !Ref DomainName\n      CertificateArn: !Ref CertificateArn\n  MyBasePathMapping:\n    Type: AWS::ApiGateway::BasePathMapping\n    Properties:\n      DomainName:\n        Ref: MyDomainName\n      RestApiId:\n        Ref: MyRestApi\n      Stage:\n        Ref: MyStage\n";
    const text = head + '        Fn::GetAtt' + '{"Fn::Sub": '.repeat(700) + '{'.repeat(30_000) + '\n' + rest;
    const script = `const { getLanguageService } = require(${JSON.stringify(path.join(__dirname, '../../server/src/service'))});
const { TextDocument } = require('vscode-languageserver-textdocument');
const text = require('fs').readFileSync(0, 'utf8');
const service = getLanguageService();
const document = TextDocument.create('file:///deep.yaml', 'yaml', 1, text);
console.log(service.doValidation(document, service.parseDocument(document)).map((d) => d.code).join(','));`;
    const child = spawnSync(process.execPath, ['-e', script], { input: text, encoding: 'utf8', cwd: path.join(__dirname, '../../..') });
    assert.equal(child.status, 0, child.stderr.split('\n').find((line) => /FATAL|Error/.test(line)));
    assert.equal(child.stdout.trim(), 'analysis-limit');
  });

  it('a deep but reasonable file is analysed as usual', () => {
    const text = HEAD + '['.repeat(100) + ']'.repeat(100) + '\n';
    const codes = everything(text, 'yaml').diagnostics.map((d) => d.code);
    assert.deepEqual(codes.sort(), ['mock-without-request-template', 'unknown-field']);
  });

  it('a file past the nesting limit keeps the syntax errors of its other entries besides the limit', () => {
    // The entry nested past the limit is not parsed at all (yaml would recurse to the end of the stack).
    const text = 'a: b: c\nx-amazon-apigateway-integration:\n  type: mock\n  deep: ' + '['.repeat(3000) + ']'.repeat(3000) + '\n';
    const diagnostics = everything(text, 'yaml').diagnostics;
    assert.equal(diagnostics[0].code, 'analysis-limit');
    assert.match(diagnostics[0].message, /as parsed/);
    assert.deepEqual(
      diagnostics.slice(1).map((d) => [d.code, d.range.start.line, d.message]),
      [['syntax-error', 0, 'Nested mappings are not allowed in compact mappings']],
    );
  });
});

describe('files past the size limit', () => {
  it('one analysis-limit diagnostic saying how large the file is and where the limit is; features answer empty', () => {
    const filler = '# ' + 'x'.repeat(98) + '\n';
    const text = HEAD + '\n' + filler.repeat(Math.ceil((MAX_ANALYSED_LENGTH - HEAD.length) / filler.length) + 1);
    assert.ok(text.length > MAX_ANALYSED_LENGTH);
    const result = everything(text, 'yaml');
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['analysis-limit', 0, 0]],
    );
    assert.match(result.diagnostics[0].message, /^This file is 32\.0 MB: API Gateway analysis .* is off for files over 32\.0 MB/);
    assert.deepEqual(result.completion.items, []);
    assert.equal(result.hover, null);
    assert.deepEqual(result.symbols, []);
  });

  it('a file without API Gateway content stays silent whatever its size', () => {
    const text = 'a: 1\n'.repeat(MAX_ANALYSED_LENGTH / 5 + 1);
    assert.deepEqual(everything(text, 'yaml').diagnostics, []);
  });
});

describe('a syntax error per character', () => {
  it('YAML problems keep their messages, and the stack trace limit set aside while parsing comes back', () => {
    const before = Error.stackTraceLimit;
    const text = 'x-amazon-apigateway-integration:\n  type: mock\n  a: [' + '}'.repeat(50) + ']\n';
    const syntax = everything(text, 'yaml').diagnostics.filter((d) => d.code === 'syntax-error');
    assert.equal(syntax.length, 51);
    assert.ok(syntax.every((d) => d.message.length > 10));
    assert.equal(Error.stackTraceLimit, before);
    assert.ok((new Error('here').stack ?? '').includes('regressions.test'), 'stack traces still work after a parse');
  });

  it(`lists the first ${MAX_SYNTAX_PROBLEMS} and one more diagnostic counting the rest`, () => {
    // 5,000 stray `}` in a flow sequence: `yaml` reports one error per brace (a fuzzed file had 108,940).
    const text = 'x-amazon-apigateway-integration:\n  type: mock\n  a: [' + '}'.repeat(5000) + ']\n';
    const syntax = everything(text, 'yaml').diagnostics.filter((d) => d.code === 'syntax-error');
    assert.equal(syntax.length, MAX_SYNTAX_PROBLEMS + 1);
    assert.equal(syntax[MAX_SYNTAX_PROBLEMS].message, '4,801 more syntax errors from here on (only the first 200 are listed).');
  });
});

describe('placeholder patterns read a text once', () => {
  // `\{([^}]+)\}` scans to the end of the text from every `{` with no `}` after it: 200,000 of them took
  // minutes in createSampleRequest (found by npm run fuzz, seed 7, document 2971: 53 s for 140 KB). The
  // timeout only bounds a hang; the assertions are about the answers.
  const braces = '{'.repeat(200_000);
  it('a path of 200,000 unclosed braces: every service function answers', { timeout: 120_000 }, () => {
    const text = `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /pets/${braces}:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": 200}'\n`;
    const { violations, stats } = exerciseDocument(text, 'yaml', { offsets: [0, text.length], renders: 3, random: new Random(1) });
    assert.deepEqual(violations, []);
    assert.equal(stats.templates, 1);
    assert.ok(stats.renders >= 2);
  });

  it('Fn::Sub strings of 100,000 unclosed ${ in uris, roles and templates', { timeout: 120_000 }, () => {
    const subs = '${'.repeat(100_000);
    const text = `Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      DefinitionBody:\n        paths:\n          /a/{id}:\n            get:\n              x-amazon-apigateway-integration:\n                type: aws\n                httpMethod: POST\n                credentials: !Sub "arn:aws:iam::\${AWS::AccountId}:role/${subs}"\n                uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/${subs}/invocations"\n                requestTemplates:\n                  application/json: !Sub '{"a": "${subs}"}'\n`;
    const { violations, stats } = exerciseDocument(text, 'yaml', { offsets: [0, text.length], renders: 3, random: new Random(1) });
    assert.deepEqual(violations, []);
    assert.ok(stats.diagnostics > 0);
  });
});

describe('IAM pattern matching on long ARNs', () => {
  /** The recursive definition mayIntersect had before it became a loop: the reference on short inputs. */
  function reference(a: string, b: string): boolean {
    const many = (c: string | undefined) => c === '*' || c === HOLE;
    const go = (i: number, j: number): boolean => {
      if (i === a.length && j === b.length) return true;
      if (i < a.length && many(a[i])) return go(i + 1, j) || (j < b.length && go(i, j + 1));
      if (j < b.length && many(b[j])) return go(i, j + 1) || (i < a.length && go(i + 1, j));
      if (i < a.length && j < b.length && (a[i] === '?' || b[j] === '?' || a[i] === b[j])) return go(i + 1, j + 1);
      return false;
    };
    return go(0, 0);
  }

  it('agrees with the recursive definition on 3,000 random short pattern pairs', () => {
    const random = new Random(42);
    const alphabet = ['a', 'b', ':', '*', '?', HOLE];
    const word = () => Array.from({ length: random.int(7) }, () => random.pick(alphabet)).join('');
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = word();
      assert.equal(mayIntersect(a, b), reference(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
  });

  it('a 100,000-character SourceArn no longer overflows the stack (found by npm run fuzz, seed 7, document 649)', () => {
    const arn = `arn:aws:execute-api:us-east-1:123456789012:abc/prod/${'a'.repeat(100_000)}GET/`;
    assert.equal(mayIntersect(arn, 'arn:aws:execute-api:us-east-1:123456789012:abc/*/GET/'), false);
    assert.equal(mayIntersect(arn, 'arn:aws:execute-api:us-east-1:123456789012:abc/*'), true);
    assert.equal(mayIntersect(arn, arn.replace('GET', '*')), true, 'too long to compare both ways: may match');
  });
});

describe('percent-encoding that cannot throw', () => {
  const text = `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /pets/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true}\n        - {$ref: '#/components/parameters/%E0%A4%A'}\n      x-amazon-apigateway-integration:\n        type: http\n        httpMethod: GET\n        uri: https://example.com/pets/{id}\n        requestParameters:\n          integration.request.path.id: method.request.path.id\n          integration.request.querystring.q: method.request.querystring.q\n`;

  it('simulate with lone surrogates in the sample request (valid JSON) answers with a result', () => {
    const { service, document, parsed } = load(text);
    const requestText = JSON.stringify({ pathParameters: { id: '\ud800x' }, queryStringParameters: { q: 'v\udc00' } });
    const integrationId = service.listTemplates(document, parsed).integrations[0]?.id;
    assert.ok(integrationId);
    const response = service.renderTemplate(document, parsed, { mode: 'simulate', integrationId, requestText });
    assert.ok(response.result, response.message);
    assert.equal(response.result.integrationRequest?.uri, 'https://example.com/pets/%EF%BF%BDx?q=v%EF%BF%BD');
  });

  it('a sample request for an operation whose $ref has a malformed escape', () => {
    const { service, document, parsed } = load(text);
    const sample = service.createSampleRequest(document, parsed, { position: { line: 9, character: 10 } });
    assert.ok(sample.content, sample.message);
  });
});
