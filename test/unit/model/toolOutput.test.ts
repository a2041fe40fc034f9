// The SAM-generated names and the skipped folders are each listed once (knowledge/toolOutput.ts), and every place
// that used its own copy reads that list: the reference checks and the names a mapping template's Fn::Sub may
// resolve (the two copies disagreed: the second lacked ServerlessHttpApiApiGatewayDefaultStage), the workspace
// index and `apigw lint`'s directory walk.
// Source: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFiles } from '../../../server/src/cli/lint/files';
import { fileUri, WorkspaceIndex } from '../../../server/src/lsp/workspaceIndex';
import { getLanguageService, SAM_GENERATED_NAMES, SKIPPED_FOLDERS } from '../../../server/src/service';
import { decodeTemplate } from '../../../server/src/service/sourceMap';
import { findMappingTemplates } from '../../../server/src/service/model/mappingTemplates';
import { isKnownName } from '../../../server/src/service/rules/crossResource/cfnNames';
import { mappingContextFor } from '../../../server/src/service/vtl/mappingContext';

const SAM = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      InlineCode: x
      Events:
        Get: {Type: Api, Properties: {Path: /x, Method: get}}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /q:
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q
                credentials: arn:aws:iam::123456789012:role/r
                requestTemplates:
                  application/json: !Sub 'Action=SendMessage&MessageBody=\${ServerlessHttpApiApiGatewayDefaultStage}'
`;

describe('what tools add to a project, listed once', () => {
  it('the SAM-generated names are the union of the two lists that were', () => {
    assert.deepEqual([...SAM_GENERATED_NAMES].sort(), ['ServerlessDeploymentApplication', 'ServerlessHttpApi', 'ServerlessHttpApiApiGatewayDefaultStage', 'ServerlessRestApi', 'ServerlessRestApiProdStage']);
  });

  it('every SAM-generated name is a known reference and a name a mapping template\'s Fn::Sub resolves, in a SAM template only', () => {
    const service = getLanguageService();
    const document = TextDocument.create('file:///sam.yaml', 'yaml', 1, SAM);
    const parsed = service.parseDocument(document);
    const template = parsed.model.cfnTemplate!;
    assert.ok(template.isSam);
    for (const name of SAM_GENERATED_NAMES) assert.ok(isKnownName(template, name), name);
    assert.ok(!isKnownName({ ...template, isSam: false }, 'ServerlessRestApi'));
    const [loc] = findMappingTemplates(parsed);
    const context = mappingContextFor(parsed.model, loc, decodeTemplate(parsed.source, loc.stringNode!, { sub: loc.sub }));
    for (const name of SAM_GENERATED_NAMES) assert.ok(context.cfnNames?.includes(name), name);
    // Through the whole service: the default stage's name is neither an unresolved reference nor VTL.
    const codes = service.doValidation(document, parsed).map((d) => d.code);
    assert.ok(!codes.includes('unresolved-reference') && !codes.includes('vtl-cfn-substitution'), codes.join(', '));
  });

  it('the workspace index and apigw lint skip the same folders, each of them', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-skipped-'));
    try {
      const api = 'openapi: 3.0.1\npaths:\n  /x:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n';
      fs.writeFileSync(path.join(root, 'api.yaml'), api);
      for (const folder of SKIPPED_FOLDERS) {
        fs.mkdirSync(path.join(root, folder, 'deeper'), { recursive: true });
        fs.writeFileSync(path.join(root, folder, 'deeper', 'api.yaml'), api);
      }
      const index = new WorkspaceIndex(getLanguageService());
      assert.equal(await index.addFolder(fileUri(root)), 1);
      assert.deepEqual(index.snapshot().files.map((f) => path.basename(decodeURIComponent(f.uri))), ['api.yaml']);
      assert.deepEqual(collectFiles(['.'], root).files.map((f) => path.relative(root, f)), ['api.yaml']);
      assert.deepEqual([...SKIPPED_FOLDERS].sort(), ['.aws-sam', '.git', '.vscode-test', 'cdk.out', 'dist', 'node_modules', 'out']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
