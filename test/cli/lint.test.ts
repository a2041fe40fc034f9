// `apigw lint` as CI runs it: `node dist/cli.js lint ...` (scripts/test.mjs builds first) on the examples and on
// small trees written per test. Output formats, exit codes, configuration, --max-warnings, walking and globs.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_RULES, getLanguageService, ruleHelpUri } from '../../server/src/service';
import { REPO_ROOT } from '../helpers/corpus';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const LINE = /^(?<file>[^:\s]+):(?<line>\d+):(?<column>\d+) (?<severity>error|warning|information|hint) (?<code>[a-z0-9-]+) (?<message>.+)$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function lint(cwd: string, ...args: string[]): Run {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs`);
  const run = spawnSync(process.execPath, [CLI, 'lint', ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A throwaway folder holding `files` (path → text). */
function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-lint-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function problemLines(stdout: string): RegExpExecArray[] {
  return stdout.split('\n').filter((l) => l && !l.startsWith('apigw lint:')).map((l) => {
    const m = LINE.exec(l);
    assert.ok(m, `not a file:line:col severity code message line: ${l}`);
    return m;
  });
}

/** An OpenAPI 3 operation with one MOCK integration: clean as it stands; `extra` lines go into the integration. */
function openapi(extra = '', type = 'mock'): string {
  return `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /ping:
    get:
      responses:
        '200':
          description: ok
      x-amazon-apigateway-integration:
        type: ${type}
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: '200'
${extra}`;
}
const CLEAN = openapi();
const ERROR = openapi('', 'lambda_proxy'); // invalid-type (error) on line 10
const WARNING = openapi('        passthroughBehaviour: when_no_match\n'); // unknown-field (warning) on line 16
const HINT = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /ping:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/ping
        requestTemplates:
          application/json: '{}'
`; // ineffective-field (hint) on line 10
const UNRELATED = 'services:\n  web:\n    image: nginx\n';

describe('apigw lint: the examples workspace', () => {
  it('human output: one file:line:col line per diagnostic the service reports, then the summary; exit 1 on errors', () => {
    const r = lint(EXAMPLES);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    const lines = problemLines(r.stdout);
    // The same service as the editor: every line is one diagnostic of getLanguageService() on that file.
    const service = getLanguageService();
    const expected: string[] = [];
    for (const name of fs.readdirSync(EXAMPLES).filter((f) => /\.(ya?ml|json)$/.test(f)).sort()) {
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      const document = TextDocument.create(`file:///${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
      for (const d of service.doValidation(document, service.parseDocument(document))) {
        if (d.severity !== 4) expected.push(`${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
      }
    }
    assert.deepEqual(lines.map((m) => `${m.groups!.file}:${m.groups!.line}:${m.groups!.column} ${m.groups!.code}`).sort(), expected.sort());
    assert.ok(lines.some((m) => m[0].startsWith('openapi3-pets.yaml:15:15 error invalid-type `lambda_proxy` is not an integration type')));
    const errors = lines.filter((m) => m.groups!.severity === 'error').length;
    const warnings = lines.filter((m) => m.groups!.severity === 'warning').length;
    const information = lines.filter((m) => m.groups!.severity === 'information').length;
    const files = new Set(lines.map((m) => m.groups!.file)).size;
    assert.ok(errors > 0 && warnings > 0);
    assert.match(r.stdout, new RegExp(`\\napigw lint: ${lines.length} problems \\(${errors} errors, ${warnings} warnings, ${information} information\\) in ${files} of 7 files; 4 files without API Gateway content skipped\\n$`));
  });

  it('--format json: the same problems with ranges, relative paths and a summary', () => {
    const human = problemLines(lint(EXAMPLES).stdout);
    const r = lint(EXAMPLES, '--format', 'json');
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout) as {
      tool: { name: string; version: string };
      files: { path: string; problems: { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[] }[];
      summary: Record<string, number>;
    };
    assert.equal(json.tool.name, 'apigw');
    assert.deepEqual(json.files.map((f) => f.path), [
      'cloudformation-methods.yaml', 'http-api-events.yaml', 'openapi3-pets.yaml', 'sam-pets-api.yaml', 'swagger2-orders.json',
      'templates/order-to-dynamodb.vtl', 'templates/pet-response.vtl', // mapping templates are checked too (clean)
    ]);
    const flat = json.files.flatMap((f) => f.problems.map((p) => `${f.path}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`));
    assert.deepEqual(flat, human.map((m) => m[0]));
    const invalidType = json.files.find((f) => f.path === 'openapi3-pets.yaml')!.problems.find((p) => p.code === 'invalid-type')!;
    assert.deepEqual([invalidType.line, invalidType.column, invalidType.endLine, invalidType.endColumn], [15, 15, 15, 27]); // `lambda_proxy`
    assert.deepEqual(json.summary, {
      files: 7, skipped: 4, problems: flat.length,
      errors: flat.filter((l) => / error /.test(l)).length,
      warnings: flat.filter((l) => / warning /.test(l)).length,
      information: flat.filter((l) => / information /.test(l)).length,
      hints: 0, hidden: json.summary.hidden,
    });
  });

  it('--format sarif: valid SARIF 2.1.0 (the schema code scanning uses), every catalogue rule, results with regions', () => {
    const json = JSON.parse(lint(EXAMPLES, '--format', 'json').stdout) as { files: { path: string; problems: { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[] }[] };
    const r = lint(EXAMPLES, '--format', 'sarif');
    assert.equal(r.code, 1);
    const validate = sarifValidator();
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors, null, 1));
    const sarif = JSON.parse(r.stdout);

    const run = sarif.runs[0];
    assert.equal(sarif.version, '2.1.0');
    assert.equal(run.tool.driver.name, 'apigw');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${EXAMPLES}/`);
    const rules = run.tool.driver.rules as { id: string; helpUri?: string; fullDescription: { text: string }; defaultConfiguration: { level: string } }[];
    assert.deepEqual(rules.map((rule) => rule.id), Object.keys(ALL_RULES));
    for (const rule of rules) {
      assert.equal(rule.helpUri, ruleHelpUri(rule.id));
      assert.equal(rule.fullDescription.text, ALL_RULES[rule.id].description.replace(/`/g, ''));
    }
    assert.equal(rules.find((rule) => rule.id === 'ineffective-field')!.defaultConfiguration.level, 'note');

    const expected = json.files.flatMap((f) => f.problems.map((p) => ({
      ruleId: p.code,
      level: { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[p.severity],
      message: p.message,
      uri: f.path,
      region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
    })));
    const actual = (run.results as { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }[] }[]).map((res) => {
      assert.equal(rules[res.ruleIndex].id, res.ruleId);
      assert.equal(res.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      return { ruleId: res.ruleId, level: res.level, message: res.message.text, uri: res.locations[0].physicalLocation.artifactLocation.uri, region: res.locations[0].physicalLocation.region };
    });
    assert.deepEqual(actual, expected);
    assert.ok(expected.length > 10);
  });

  it('the validator used above rejects what is not SARIF (so the check above can fail)', () => {
    const validate = sarifValidator();
    const sarif = JSON.parse(lint(EXAMPLES, '--format', 'sarif').stdout) as { runs: { results: { level?: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    sarif.runs[0].results[0].level = 'fatal';
    assert.equal(validate(sarif), false);
    delete sarif.runs[0].results[0].level;
    sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(sarif), false);
  });

  it('--output writes the report to a file and prints the summary', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-lint-out-')), 'reports', 'apigw.sarif');
    const r = lint(EXAMPLES, '--format', 'sarif', '--output', out);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^apigw lint: \d+ problems \(/);
    assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).version, '2.1.0');
  });
});

describe('apigw lint: exit codes, severities and --max-warnings', () => {
  const dir = tree({ 'clean.yaml': CLEAN, 'error.yaml': ERROR, 'warning.yaml': WARNING, 'hint.yaml': HINT, 'compose.yaml': UNRELATED });

  it('a clean file exits 0; an error exits 1; a warning alone exits 0', () => {
    const clean = lint(dir, 'clean.yaml');
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, 'apigw lint: no problems in 1 file\n');
    const error = lint(dir, 'error.yaml');
    assert.equal(error.code, 1);
    assert.match(error.stdout, /^error\.yaml:10:15 error invalid-type /);
    const warning = lint(dir, 'warning.yaml');
    assert.equal(warning.code, 0);
    assert.match(warning.stdout, /^warning\.yaml:16:9 warning unknown-field `passthroughBehaviour`/);
  });

  it('--max-warnings N: exit 1 only when there are more than N warnings', () => {
    assert.equal(lint(dir, 'warning.yaml', '--max-warnings', '1').code, 0);
    const over = lint(dir, 'warning.yaml', '--max-warnings', '0');
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
    assert.equal(lint(dir, 'warning.yaml', 'clean.yaml', '--max-warnings=0').code, 1);
    const bad = lint(dir, '--max-warnings', 'many');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-warnings needs a whole number/);
  });

  it('hints are counted but not shown by default; --min-severity hint shows them; --quiet shows errors only', () => {
    const byDefault = lint(dir, 'hint.yaml');
    assert.equal(byDefault.stdout, 'apigw lint: no problems in 1 file; 1 below the minimum severity not shown\n');
    const hints = lint(dir, 'hint.yaml', '--min-severity', 'hint');
    assert.match(hints.stdout, /^hint\.yaml:10:9 hint ineffective-field `requestTemplates` does nothing/);
    assert.equal(hints.code, 0);
    const quiet = lint(dir, '--quiet');
    assert.deepEqual(problemLines(quiet.stdout).map((m) => m.groups!.code), ['invalid-type']);
    assert.equal(quiet.code, 1);
  });

  it('usage errors exit 2: unknown options, bad formats, paths and globs that match nothing', () => {
    assert.equal(lint(dir, '--fix').code, 2);
    assert.match(lint(dir, '--format', 'xml').stderr, /--format is human, json or sarif/);
    const missing = lint(dir, 'clean.yaml', 'nope.yaml');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no files match nope\.yaml/);
    assert.match(missing.stdout, /no problems in 1 file/, 'the files that exist are still linted');
    assert.equal(lint(dir, '**/*.tf').code, 2);
    assert.match(lint(dir, '--help').stdout, /^usage: apigw lint/);
  });
});

describe('apigw lint: configuration (.apigwrc.json, package.json "apigw", --config)', () => {
  const rules = (r: Record<string, string>) => JSON.stringify({ diagnostics: { rules: r } });

  it('.apigwrc.json in the working folder sets severities with the setting names ("off" drops a code)', () => {
    const dir = tree({ 'error.yaml': ERROR, 'warning.yaml': WARNING, '.apigwrc.json': rules({ 'invalid-type': 'off', 'unknown-field': 'error' }) });
    const r = lint(dir);
    assert.deepEqual(problemLines(r.stdout).map((m) => `${m.groups!.file} ${m.groups!.severity} ${m.groups!.code}`), ['warning.yaml error unknown-field']);
    assert.equal(r.code, 1);
    const none = lint(dir, '--no-config');
    assert.deepEqual(problemLines(none.stdout).map((m) => `${m.groups!.severity} ${m.groups!.code}`), ['error invalid-type', 'warning unknown-field']);
  });

  it('found by walking up from the working folder: an "apigw" key in package.json; .apigwrc.json wins in the same folder', () => {
    const dir = tree({
      'package.json': JSON.stringify({ name: 'x', apigw: JSON.parse(rules({ 'invalid-type': 'warning' })) }),
      'api/deep/error.yaml': ERROR,
    });
    const r = lint(path.join(dir, 'api', 'deep'));
    assert.match(r.stdout, /^error\.yaml:10:15 warning invalid-type /);
    assert.equal(r.code, 0);
    fs.writeFileSync(path.join(dir, '.apigwrc.json'), `// comments are allowed\n${rules({ 'invalid-type': 'hint' })}`);
    assert.equal(lint(path.join(dir, 'api')).stdout, 'apigw lint: no problems in 1 file; 1 below the minimum severity not shown\n');
    // A package.json without the key is not a configuration: the walk goes on past it.
    fs.writeFileSync(path.join(dir, 'api', 'package.json'), '{"name": "inner"}');
    assert.match(lint(path.join(dir, 'api')).stdout, /1 below the minimum severity not shown/);
  });

  it('--config FILE replaces the search; bad severities exit 2; unknown codes warn', () => {
    const dir = tree({ 'error.yaml': ERROR, '.apigwrc.json': rules({ 'invalid-type': 'off' }), 'ci/strict.json': rules({ 'invalid-typo': 'error' }), 'bad.json': rules({ 'invalid-type': 'fatal' }) });
    const strict = lint(dir, '--config', 'ci/strict.json');
    assert.equal(strict.code, 1, 'the nearer .apigwrc.json is not used');
    assert.match(strict.stderr, /unknown rule code "invalid-typo" \(did you mean "invalid-type"\?\)/);
    const bad = lint(dir, '-c', 'bad.json');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /"diagnostics\.rules\.invalid-type" is "fatal"; use one of error, warning, information, hint, off/);
    const broken = lint(dir, '--config', tree({ 'x.json': '{"diagnostics": ' }) + '/x.json');
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /is not valid JSON/);
    assert.equal(lint(dir, '--config', 'missing.json').code, 2);
  });
});

describe('apigw lint: folders, globs and progress', () => {
  const dir = tree({
    'api/openapi.yaml': ERROR,
    'api/v2/openapi.json': JSON.stringify({ swagger: '2.0', paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'lambda_proxy' } } } } }, null, 2),
    'api/stack.template': `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: MOCKK\n`,
    'api/notes.txt': ERROR,
    'api/templates/order-request.vtl': '{"id": "$context.requestID"}\n#if($x)\n',
    'api/templates/clean-response.vm': '{"id": "$input.params(\'id\')"}\n',
    'compose.yaml': UNRELATED,
    'node_modules/pkg/openapi.yaml': ERROR,
    '.aws-sam/build/template.yaml': ERROR,
    'cdk.out/stack.json': ERROR,
    'dist/openapi.yaml': ERROR,
    'out/openapi.yaml': ERROR,
  });
  const files = (r: Run) => [...new Set(problemLines(r.stdout).map((m) => m.groups!.file))];

  it('walks folders for .yaml/.yml/.json/.template/.vtl/.vm, skipping dependency and build folders; skips unrelated files quickly', () => {
    const r = lint(dir);
    assert.deepEqual(files(r), ['api/openapi.yaml', 'api/stack.template', 'api/templates/order-request.vtl', 'api/v2/openapi.json']);
    assert.match(r.stdout, /in 4 of 5 files; 1 file without API Gateway content skipped\n$/);
  });

  it('a .vtl file is checked as a whole mapping template: VTL problems at their line and column', () => {
    const problems = problemLines(lint(dir, 'api/templates/order-request.vtl').stdout).map((m) => `${m.groups!.line}:${m.groups!.column} ${m.groups!.code}`);
    assert.deepEqual(problems, ['1:18 vtl-unknown-context-variable', '2:1 vtl-syntax']);
  });

  it('a path named explicitly is read even inside a skipped folder or with another extension', () => {
    assert.deepEqual(files(lint(dir, 'node_modules/pkg/openapi.yaml', 'api/notes.txt')), ['node_modules/pkg/openapi.yaml', 'api/notes.txt']);
    assert.deepEqual(files(lint(dir, 'dist')), ['dist/openapi.yaml']);
  });

  it('globs: *, **, {a,b}; a glob and a path naming the same file report it once', () => {
    assert.deepEqual(files(lint(dir, 'api/*.yaml')), ['api/openapi.yaml']);
    assert.deepEqual(files(lint(dir, '**/*.json')), ['api/v2/openapi.json']);
    assert.deepEqual(files(lint(dir, 'api/**/openapi.{yaml,json}', 'api/openapi.yaml')), ['api/openapi.yaml', 'api/v2/openapi.json']);
    assert.deepEqual(files(lint(path.join(dir, 'api'), '../api/v2/*')), ['v2/openapi.json']);
    // Outside the working folder a path is shown absolute.
    assert.deepEqual(files(lint(path.join(dir, 'api', 'v2'), '../openapi.yaml')), [path.join(dir, 'api', 'openapi.yaml')]);
  });

  it('progress goes to stderr with --progress (never by default when stderr is not a terminal)', () => {
    const quiet = lint(dir);
    assert.equal(quiet.stderr, '');
    const progress = lint(dir, '--progress');
    assert.match(progress.stderr, /^apigw lint: read 6 files in \d+\.\d s\n$/);
    assert.equal(progress.stdout, quiet.stdout);
  });
});

/** Ajv (draft-04, as the SARIF schema is) over the vendored schema (test/fixtures/sarif/README.md). */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  // unicodeRegExp: false: the schema's language pattern `^[a-zA-Z]{2}|...]?$` is not a valid /u expression.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('uri-reference', /^[^\s]*$/);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
