import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectCode } from '../../helpers/fixtures';
import { expectSilent } from './fixes';

function method(uri: string, head = '', extra = ''): string {
  return `${head}Resources:
  Handler:
    Type: AWS::Lambda::Function
  Invoke:
    Type: AWS::Lambda::Permission
    Properties: {Action: lambda:InvokeFunction, FunctionName: !Ref Handler, Principal: apigateway.amazonaws.com}
  Api:
    Type: AWS::ApiGateway::RestApi
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      HttpMethod: GET
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: ${uri}
${extra}`;
}

describe('unresolved-reference', () => {
  it('reports a !Sub reference to no resource, with "did you mean" and a rename fix', () => {
    const text = method('!Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/«${Handlr.Arn}»/invocations');
    const [d] = expectCode(text, 'unresolved-reference', 'yaml');
    assert.match(d.message, /`Handlr` names no resource.*Did you mean `Handler`/);
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'unresolved-reference'), /functions\/\$\{Handler\.Arn\}\/invocations/);
  });
  it('reports !GetAtt and !Ref targets (short and long forms)', () => {
    expectCode(method('!GetAtt «Handlr.Arn»'), 'unresolved-reference');
    expectCode(method('{"Fn::GetAtt": [«Handlr», Arn]}'), 'unresolved-reference');
    expectCode(method('!Ref «Missing»'), 'unresolved-reference');
  });
  it('accepts parameters, pseudo parameters, Sub variables and the names SAM generates', () => {
    expectSilent(method('!Ref Target', 'Parameters:\n  Target: {Type: String}\n'), 'unresolved-reference');
    expectSilent(method('!Sub ["arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn}/invocations", {Fn: !GetAtt Handler.Arn}]'), 'unresolved-reference');
    const sam = method('!Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Worker.Alias}/invocations', 'Transform: AWS::Serverless-2016-10-31\n', '  Worker:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: a.b, Runtime: nodejs20.x, AutoPublishAlias: live}\n');
    expectSilent(sam, 'unresolved-reference');
    expectSilent(sam.replace('Uri: !Sub', 'Credentials: !GetAtt WorkerRole.Arn\n        Uri: !Sub'), 'unresolved-reference');
  });
  it('reports ${stageVariables.x} inside Fn::Sub and escapes it', () => {
    const text = method('!Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:«${stageVariables.fn}»/invocations');
    const [d] = expectCode(text, 'unresolved-reference');
    assert.match(d.message, /Write `\$\{!stageVariables\.fn\}`/);
    const fixed = applyFix(text.replace(/[«»]/g, ''), 'unresolved-reference');
    assert.match(fixed, /function:\$\{!stageVariables\.fn\}\/invocations/);
    expectSilent(fixed, 'unresolved-reference');
  });
  it('does not judge templates whose macros may add resources', () => {
    expectSilent(method('!GetAtt Generated.Arn', 'Transform: [AWS::Serverless-2016-10-31, MyMacro]\n'), 'unresolved-reference');
  });
});
