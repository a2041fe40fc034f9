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
  { files: /^aws__aws-sam-cli\/tests\/integration\/testdata\/start_api\/swagger-template-http-api\.yaml$/, code: 'missing-uri', reason: 'a `sam local start-api` fixture with an aws_proxy route without uri (sam local routes it to a default function)' },
];

/** Every warning and information category over the corpus, with its count. */
const EXPECTED_NON_ERRORS: Record<string, number> = {
  'ineffective-field:hint': 103,
  'lambda-custom-without-templates:information': 5,
  'lambda-http-method:warning': 6,
  'missing-payload-format-version:information': 7,
  'mock-without-request-template:information': 15,
  'status-code-without-method-response:information': 8,
  'unknown-field:warning': 4,
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

  it('still finds every listed real problem (the list stays honest)', () => {
    assert.deepEqual(KNOWN_ERRORS.filter((k) => !knownUsed.has(k)).map((k) => k.reason), []);
  });

  it('records every warning, information and hint category with its count', () => {
    console.log(`corpus: ${files.length} files, ${integrations} integrations, non-error findings ${JSON.stringify(counts)}`);
    assert.deepEqual(counts, EXPECTED_NON_ERRORS);
  });
});
