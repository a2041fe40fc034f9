/**
 * The service over every real template of ../shared/corpus/templates: it never throws, finishes every file,
 * and reports no error-level diagnostic on files that deploy fine. Files with real problems are listed below,
 * each with the reason; every warning category is recorded with its count so a change in behaviour shows.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import { corpusDir, listFiles } from '../helpers/corpus';

interface KnownError {
  readonly files: RegExp;
  readonly code: string;
  readonly reason: string;
}

/** Error-level findings that are right: the file is invalid upstream (on purpose or by mistake). */
const KNOWN_ERRORS: readonly KnownError[] = [
  { files: /\{\{cookiecutter\.project_name\}\}\/template\.yaml$/, code: 'syntax-error', reason: 'cookiecutter/Jinja placeholders: not YAML until the project is generated (corpus README)' },
  { files: /^aws__serverless-application-model\/tests\/translator\/input\/error_/, code: '*', reason: 'SAM translator error_* inputs are invalid on purpose (expected errors in output/error_*.json upstream)' },
  { files: /^aws__serverless-application-model\/tests\/translator\/output\/(aws-cn\/|aws-us-gov\/)?api_with_(aws_iam_auth_overrides|default_aws_iam_auth|method_aws_iam_auth)\.json$/, code: 'invalid-credentials', reason: 'the translator test input sets InvokeRole to "rn:aws:iam::123:role/AUTH_AWS_IAM" (typo and 3-digit account); translator tests never deploy' },
  { files: /^aws__serverless-application-model\/tests\/translator\/output\/(aws-cn\/|aws-us-gov\/)?api_with_(cors|open_api_version)/, code: 'invalid-parameter-mapping', reason: "the translator tests pass Cors values unquoted (AllowOrigin: origins, Cors: \"*\"); API Gateway needs static values in single quotes (\"'*'\"), as the SAM docs say" },
  { files: /^localstack__localstack\/tests\/aws\/files\/openapi-basepath-url\.yaml$/, code: 'invalid-parameter-mapping', reason: 'a LocalStack import test feeds `integration.request.header.nothing: true`, a boolean, not a mapping expression' },
  { files: /^aws__aws-sam-cli\/tests\/unit\/lib\/intrinsic_resolver\/test_data\/(inputs|outputs)\/.*methods_resource_resolution\.json$/, code: 'invalid-uri', reason: 'resolver unit-test data joins "...:", region, "lambda:path/..." without the colon after the region' },
  { files: /^localstack__localstack\/tests\/aws\/templates\/apigateway-url-output\.yaml$/, code: '*', reason: 'a Jinja template (`Uri: {{ integration_uri }}`) rendered by the test before use' },
  { files: /^aws__aws-sam-cli\/tests\/integration\/testdata\/start_api\/methods-resources-api-template\.yaml$/, code: 'missing-type', reason: 'a `sam local start-api` fixture whose Method Integrations have no Type; CloudFormation requires it' },
  { files: /^aws-samples__serverless-patterns\/(step-function-sync-rest-api|apigw-rest-stepfunctions-express-sync-bedrock-sam)\/api\.yaml$/, code: 'vtl-syntax', reason: 'an AWS::Include\'d request template writes `${AWS::Region}` outside Fn::Sub: nothing substitutes it (cloudformation-coverage-roadmap#1232) and Velocity 1.7 rejects `${AWS::Region}`' },
  { files: /^localstack__localstack\/tests\/aws\/files\/api_definition\.yaml$/, code: 'vtl-syntax', reason: 'templates write `$input.params(\\"data\\")`: a backslash escapes nothing in Velocity 1.7, which rejects it (checked with Velocity 1.7)' },
  { files: /^aws__aws-sam-cli\/tests\/integration\/testdata\/start_api\/swagger-template-http-api\.yaml$/, code: 'missing-uri', reason: 'a `sam local start-api` fixture with an aws_proxy route without uri (sam local routes it to a default function)' },
  { files: /^(aws__serverless-application-model\/tests\/translator\/(input\/|output\/(aws-cn\/|aws-us-gov\/)?)|aws__aws-sam-cli\/tests\/functional\/commands\/validate\/lib\/models\/)http_api_existing_openapi(_conditions)?\.(yaml|json)$/, code: 'unresolved-reference', reason: 'translator tests whose DefinitionBody calls ${DifferentFunction.Arn}, a function the template does not define; translator tests never deploy' },
  { files: /^aws__aws-sam-cli\/tests\/integration\/testdata\/start_api\/(methods-resources-api-template|swagger-rest-api-template|swagger-template)\.yaml$/, code: 'unresolved-reference', reason: '`sam local start-api` fixtures with a route to ${WhatFunction.Arn}, which no resource defines (the tests expect that route to fail)' },
  { files: /^aws__aws-sam-cli\/tests\/unit\/lib\/iac\/cdk\/test_data\/resource_metadata\.yaml$/, code: 'unresolved-reference', reason: 'a CDK metadata test fragment: the Method calls function Fn9270CBC0, which the fragment leaves out' },
];

/**
 * Warnings of the cross-resource checks that are right: the template would fail at run time as written; then
 * their hints, each right about its file. Every such finding must be listed here, and every entry still found.
 */
const KNOWN_CROSS_RESOURCE_WARNINGS: readonly KnownError[] = [
  { files: /^(aws__serverless-application-model\/tests\/translator\/(input|output)\/|aws__aws-sam-cli\/tests\/functional\/commands\/validate\/lib\/models\/)/, code: 'missing-lambda-permission', reason: 'translator tests whose DefinitionBody calls functions with no Api event, permission or connector for that API and route (RestApiFunction, GetHtmlFunction, ...); they test the transform and never deploy' },
  { files: /^aws__aws-sam-cli\/tests\/integration\/testdata\/start_api\//, code: 'missing-lambda-permission', reason: '`sam local start-api` fixtures: the local emulator invokes functions without Lambda permissions; deployed, these routes would answer 500' },
  { files: /^localstack__localstack\/tests\/aws\/templates\/events_apidestination\.yml$/, code: 'missing-lambda-permission', reason: 'a LocalStack EventBridge test whose Method invokes MyLambdaFunction with no AWS::Lambda::Permission (LocalStack does not enforce it)' },
  // Advice (hints) of the cross-resource checks, listed the same way: each is right about the file.
  { files: /^aws-samples__serverless-patterns\/(apigw-ses-transformation|apigw-sqs-lambda-iot|apigw-translate)\/template\.yaml$/, code: 'role-broad-permission', reason: "pattern roles that allow `Resource: '*'` (and `sqs:*`) for the one action their integration calls: they work, with more privilege than needed (a hint)" },
  { files: /^(aws__serverless-application-model\/(tests\/translator\/(input\/|output\/(aws-cn\/|aws-us-gov\/)?)|integration\/resources\/templates\/combination\/)|aws__aws-sam-cli\/tests\/functional\/commands\/validate\/lib\/models\/)api_with_cors_and_apikey(_defined_at_api_level)?\.(yaml|json)$/, code: 'role-broad-permission', reason: "SAM's api_with_cors_and_apikey fixtures give the role that invokes MyFunction `Resource: '*'` (a hint: it works)" },
  { files: /^aws-samples__serverless-patterns\/apigw-websocket-mapping-template-authorizer\/template\.yaml$/, code: 'sensitive-data-in-template', reason: 'the pattern copies the client\'s `token` into the backend request on purpose (its authorizer reads it there): why this check is a hint' },
];
const CROSS_RESOURCE_WARNING_CODES = new Set(['missing-lambda-permission', 'role-missing-permission', 'role-trust-policy', 'undefined-stage-variable', 'role-broad-permission', 'sensitive-data-in-template']);

/** Every warning and information category over the corpus, with its count. */
const EXPECTED_NON_ERRORS: Record<string, number> = {
  'ineffective-field:hint': 103,
  'lambda-custom-without-templates:information': 5,
  'lambda-http-method:warning': 6,
  'missing-lambda-permission:warning': 154,
  'missing-payload-format-version:information': 7,
  'mock-without-request-template:information': 15,
  'role-broad-permission:hint': 15,
  'sensitive-data-in-template:hint': 1,
  'status-code-without-method-response:information': 8,
  'unknown-field:warning': 4,
  'vtl-unknown-context-variable:information': 2,
};

const SEVERITY_NAME: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

describe('corpus of real templates', () => {
  const root = path.join(corpusDir(), 'templates');
  const files = listFiles(root, (name) => /\.(ya?ml|json|template)$/i.test(name) && name !== 'manifest.json' && name !== 'stats.json');
  const service = getLanguageService();
  const unexpectedErrors: string[] = [];
  const unexpectedCrossResource: string[] = [];
  const knownUsed = new Set<KnownError>();
  const counts: Record<string, number> = {};
  let integrations = 0;

  it(`runs over all ${files.length} files without throwing`, () => {
    assert.ok(files.length > 1300, `expected the whole corpus, found ${files.length} files`);
    for (const file of files) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      const text = fs.readFileSync(file, 'utf8');
      const document = TextDocument.create(`file:///${relative}`, file.endsWith('.json') ? 'json' : 'yaml', 1, text);
      const parsed = service.parseDocument(document);
      integrations += parsed.model.integrations.length;
      for (const d of service.doValidation(document, parsed)) {
        assert.notEqual(d.code, 'internal-error', `${relative}: ${d.message}`);
        const severity = SEVERITY_NAME[d.severity ?? 1];
        if (severity !== 'error') {
          counts[`${d.code}:${severity}`] = (counts[`${d.code}:${severity}`] ?? 0) + 1;
          if (CROSS_RESOURCE_WARNING_CODES.has(String(d.code))) {
            const listed = KNOWN_CROSS_RESOURCE_WARNINGS.find((k) => k.files.test(relative) && k.code === d.code);
            if (listed) knownUsed.add(listed);
            else unexpectedCrossResource.push(`${relative}:${d.range.start.line + 1} ${d.code}: ${d.message}`);
          }
          continue;
        }
        const known = KNOWN_ERRORS.find((k) => k.files.test(relative) && (k.code === '*' || k.code === d.code));
        if (known) knownUsed.add(known);
        else unexpectedErrors.push(`${relative}:${d.range.start.line + 1} ${d.code}: ${d.message}`);
      }
    }
    assert.ok(integrations > 2500, `expected the corpus' integrations, found ${integrations}`);
  });

  it('reports no error on files that deploy fine', () => {
    assert.deepEqual(unexpectedErrors, []);
  });

  it('reports cross-resource warnings only where the template would really fail, and hints only where listed with a reason', () => {
    assert.deepEqual(unexpectedCrossResource, []);
  });

  it('still finds every listed real problem (the list stays honest)', () => {
    assert.deepEqual([...KNOWN_ERRORS, ...KNOWN_CROSS_RESOURCE_WARNINGS].filter((k) => !knownUsed.has(k)).map((k) => k.reason), []);
  });

  it('records every warning, information and hint category with its count', () => {
    console.log(`corpus: ${files.length} files, ${integrations} integrations, non-error findings ${JSON.stringify(counts)}`);
    assert.deepEqual(counts, EXPECTED_NON_ERRORS);
  });
});
