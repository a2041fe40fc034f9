// `apigw` as a user runs it: `node dist/cli.js ...` from a built checkout (scripts/test.mjs builds first), on the
// examples workspace. Output, exit codes (0 ok, 1 template errors, 2 usage/input) and located errors.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const EXAMPLES = path.join(REPO_ROOT, 'examples');

function apigw(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs`);
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: EXAMPLES, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('apigw', () => {
  it('--help lists the commands; no command is a usage error; unknown commands are refused', () => {
    const help = apigw('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^usage: apigw <command>/);
    assert.match(help.stdout, /\n {2}render {4}render one mapping template/);
    assert.match(help.stdout, /\n {2}simulate {2}run a sample request/);
    const none = apigw();
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^usage: apigw/);
    const unknown = apigw('deploy');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command 'deploy'/);
    assert.match(apigw('simulate', '--help').stdout, /--backend FILE/);
    assert.match(apigw('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('apigw render', () => {
  it('renders a .vtl request template with a sample request from .apigw/requests', () => {
    const r = apigw('render', 'templates/order-to-dynamodb.vtl', '--request', '.apigw/requests/post-orders.json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /"TableName": "orders-prod"/);
    assert.match(r.stdout, /"orderId": \{"S": "6b2c4a8e-1d7f-4c3b-9a55-0e6f2d8b1c90"\}/);
    // escapeJavaScript escapes ' as \' (AWS does so, although JSON does not allow it)
    assert.match(r.stdout, /"item": \{"S": "O\\'Reilly book"\}/);
  });

  it("--stage response renders with the request's backend; --json reports the status override", () => {
    const r = apigw('render', 'templates/pet-response.vtl', '--request', '.apigw/requests/get-pets-petId.json', '--stage', 'response', '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      output: '{"message": "No pet 42 here: not found"}\n',
      statusCode: 404,
      overrides: { response: { header: {}, status: 404 } },
    });
  });

  it('template errors: exit 1 with file:line:column; a sample request problem is a warning', () => {
    const template = tempFile('t.vtl', 'line one\n  $util.parseJson("{")\n');
    const request = tempFile('r.json', '{"body": "{}", "headerz": {}}');
    const r = apigw('render', template, '--request', request);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`${request.replace(/[/\\]/g, '.')}: warning: unknown field 'headerz' ignored`));
    assert.match(r.stderr, new RegExp(`${template.replace(/[/\\]/g, '.')}:2:8: runtime error: \\$util.parseJson: not valid JSON`));
  });
});

describe('apigw simulate', () => {
  it('OpenAPI (YAML): the 404 integration response and its template, for a concrete path', () => {
    const r = apigw('simulate', 'openapi3-pets.yaml', '--method', 'GET', '--path', '/pets/42', '--request', '.apigw/requests/get-pets-petId.json');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { statusCode: 404, headers: { 'Content-Type': 'application/json' }, body: '{"message": "No such pet: 42"}' });
  });

  it('Swagger 2 (JSON): SQS request template and the default response template; method and path from the request', () => {
    const r = apigw('simulate', 'swagger2-orders.json', '--request', '.apigw/requests/post-orders.json', '--verbose');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.statusCode, 200);
    assert.equal(out.body, '{"queued": true, "id": "5fea7756-0ea4-451a-a703-a558b933e274"}');
    assert.match(out.integrationRequest.body, /^Action=SendMessage&MessageBody=%7B%22item%22%3A%22O%27Reilly\+book%22%2C%22quantity%22%3A2%7D&/);
    // with API Gateway's own Accept and User-Agent (recorded: golden localstack/header-remapping/http/no-mapping-default-headers)
    assert.deepEqual(out.integrationRequest.headers, { Accept: 'application/json', 'User-Agent': 'AmazonAPIGateway_a1b2c3d4e5', 'Content-Type': 'application/x-www-form-urlencoded' });
    assert.ok(out.steps.includes("integration request: Content-Type 'application/json' selects the 'application/json' request template"), out.steps.join('\n'));
  });

  it('CloudFormation Method: the resource path from AWS::ApiGateway::Resource, --backend replaces the request\'s', () => {
    const backend = tempFile('b.json', '{"statusCode": 404, "body": "nope"}');
    const r = apigw('simulate', 'cloudformation-methods.yaml', '--method', 'POST', '--path', '/greeting', '--request', '.apigw/requests/post-greeting.json', '--backend', backend, '--verbose');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual([out.statusCode, out.body], [400, 'nope']);
    assert.equal(out.integrationRequest.body, '{\n  "name": "Ada",\n  "stage": "test"\n}\n');
  });

  it('SAM: a route served twice says which one it simulates; the Lambda proxy event is shown', () => {
    const r = apigw('simulate', 'sam-pets-api.yaml', '--method', 'GET', '--path', '/pets/{petId}', '--request', '.apigw/requests/get-pets-petId.json', '--verbose');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /2 integrations serve GET \/pets\/\{petId\}; simulating GET \/pets\/\{petId\}/);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.lambdaEvent.pathParameters, { petId: '42' });
    assert.equal(out.lambdaEvent.path, '/pets/42');
    assert.equal(out.lambdaEvent.requestContext.stage, 'prod');
  });

  it('a failing template: exit 1 and the error at its line in the definition file', () => {
    const definition = tempFile('api.yaml', `openapi: 3.0.1
paths:
  /x:
    get:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: |
            {"statusCode": 200}
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: |
                {"a": "$util.urlDecode('%zz')"}
`);
    const r = apigw('simulate', definition, '--method', 'GET', '--path', '/x');
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout), { statusCode: 500, headers: { 'Content-Type': 'application/json' }, body: '{"message": "Internal server error"}' });
    assert.match(r.stderr, /api\.yaml:15:29: response template runtime error: \$util\.urlDecode: illegal hex characters/);
  });

  it('usage and input errors exit 2: no such route (with the routes it has), unreadable files, bad JSON', () => {
    const route = apigw('simulate', 'openapi3-pets.yaml', '--method', 'DELETE', '--path', '/pets');
    assert.equal(route.code, 2);
    assert.match(route.stderr, /no integration for DELETE \/pets; the file has: GET \/pets, POST \/pets, GET \/pets\/\{petId\}, OPTIONS \/pets\/\{petId\}/);
    const missing = apigw('simulate', 'nope.yaml', '--method', 'GET', '--path', '/');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /ENOENT/);
    const bad = apigw('simulate', 'openapi3-pets.yaml', '--request', tempFile('r.json', '{'));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /r\.json is not valid JSON/);
    const noRoute = apigw('simulate', 'openapi3-pets.yaml');
    assert.equal(noRoute.code, 2);
    assert.match(noRoute.stderr, /give --method and --path/);
  });
});
