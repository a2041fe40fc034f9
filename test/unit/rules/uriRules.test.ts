import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectCode, expectNoCode, openapi } from '../../helpers/fixtures';

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

function sam(uri: string, type = 'aws_proxy', api = 'AWS::Serverless::Api'): string {
  return `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
  Api:
    Type: ${api}
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            post:
              x-amazon-apigateway-integration:
                type: ${type}
                httpMethod: POST
                payloadFormatVersion: "2.0"
                uri: ${uri}
`;
}

describe('invalid-uri', () => {
  it('accepts the Lambda invocation ARN, literal or with intrinsics', () => {
    expectNoCode(openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: ${LAMBDA_URI}`), 'invalid-uri');
    expectNoCode(sam('!Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations'), 'invalid-uri');
    expectNoCode(sam('!Join ["", ["arn:aws:apigateway:", !Ref "AWS::Region", ":lambda:path/2015-03-31/functions/", !GetAtt Fn.Arn, "/invocations"]]'), 'invalid-uri');
  });

  it('rejects a function ARN from !GetAtt on a REST API, and fixes it into the invocation ARN', () => {
    const text = sam('«!GetAtt Fn.Arn»');
    const [d] = expectCode(text, 'invalid-uri');
    assert.match(d.message, /invocation ARN/);
    const fixed = applyFix(text.replace(/[«»]/g, ''), 'invalid-uri');
    assert.match(fixed, /uri: !Sub "arn:\$\{AWS::Partition\}:apigateway:\$\{AWS::Region\}:lambda:path\/2015-03-31\/functions\/\$\{Fn\.Arn\}\/invocations"/);
  });

  it('accepts a function ARN on an HTTP API', () => {
    expectNoCode(sam('!GetAtt Fn.Arn', 'aws_proxy', 'AWS::Serverless::HttpApi'), 'invalid-uri');
  });

  it('rejects a literal function ARN on REST', () => {
    expectCode(openapi('        type: aws_proxy\n        httpMethod: POST\n        uri: «arn:aws:lambda:us-east-1:123456789012:function:f»'), 'invalid-uri');
  });

  it('reports a missing /invocations and a wrong API version', () => {
    expectCode(openapi('        type: aws_proxy\n        httpMethod: POST\n        uri: «arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f»'), 'invalid-uri');
    expectCode(openapi('        type: aws_proxy\n        httpMethod: POST\n        uri: «arn:aws:apigateway:us-east-1:lambda:path/2016-01-01/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations»'), 'invalid-uri');
  });

  it('accepts the response-streaming invocation path', () => {
    expectNoCode(openapi('        type: aws_proxy\n        httpMethod: POST\n        uri: arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:f/response-streaming-invocations'), 'invalid-uri');
  });

  it('checks AWS service ARNs: region, and action/ or path/', () => {
    expectNoCode(openapi('        type: aws\n        httpMethod: POST\n        credentials: arn:aws:iam::123456789012:role/r\n        uri: arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem'), 'invalid-uri');
    expectCode(openapi('        type: aws\n        httpMethod: POST\n        credentials: arn:aws:iam::123456789012:role/r\n        uri: «arn:aws:apigateway:europe:dynamodb:action/PutItem»'), 'invalid-uri');
    expectCode(openapi('        type: aws\n        httpMethod: POST\n        credentials: arn:aws:iam::123456789012:role/r\n        uri: «arn:aws:apigateway:us-east-1:sqs:queue/123456789012/q»'), 'invalid-uri');
  });

  it('needs an absolute URL for HTTP integrations, except through an HTTP API VPC link', () => {
    expectCode(openapi('        type: http_proxy\n        httpMethod: GET\n        uri: «example.com/pets»'), 'invalid-uri');
    expectNoCode(openapi('        type: http_proxy\n        httpMethod: GET\n        uri: http://${stageVariables.host}/pets'), 'invalid-uri');
  });

  it('treats placeholders filled by other tools as unknown', () => {
    expectNoCode(openapi('        type: aws_proxy\n        httpMethod: POST\n        uri: "${lambda_invoke_arn}"'), 'invalid-uri');
    expectNoCode(openapi('        type: aws\n        httpMethod: POST\n        credentials: arn:aws:iam::123456789012:role/r\n        uri: arn:aws:apigateway:${AWS::Region}:states:action/StartSyncExecution'), 'invalid-uri');
  });
});

describe('unmapped-uri-parameter', () => {
  it('reports a {placeholder} no integration.request.path mapping fills, with a fix that adds it', () => {
    const text = openapi('        type: http\n        httpMethod: GET\n        uri: «https://example.com/pets/{petId}»');
    const [d] = expectCode(text, 'unmapped-uri-parameter');
    assert.match(d.message, /integration\.request\.path\.petId/);
    const fixed = applyFix(text.replace(/[«»]/g, ''), 'unmapped-uri-parameter');
    assert.match(fixed, /requestParameters:\n {10}integration\.request\.path\.petId: method\.request\.path\.petId/);
  });
  it('is silent when mapped, and ignores ${stageVariables.x}', () => {
    expectNoCode(openapi('        type: http\n        httpMethod: GET\n        uri: https://${stageVariables.host}/pets/{petId}\n        requestParameters:\n          integration.request.path.petId: method.request.path.petId'), 'unmapped-uri-parameter');
  });
});

describe('private-endpoint-without-vpc-link', () => {
  it('reports RFC 1918 hosts without a VPC link', () => {
    expectCode(openapi('        type: http_proxy\n        httpMethod: GET\n        uri: «http://10.0.1.15:8080/»'), 'private-endpoint-without-vpc-link');
  });
  it('is silent with a VPC link or a public host', () => {
    expectNoCode(openapi('        type: http_proxy\n        httpMethod: GET\n        uri: http://10.0.1.15/\n        connectionType: VPC_LINK\n        connectionId: abc123'), 'private-endpoint-without-vpc-link');
    expectNoCode(openapi('        type: http_proxy\n        httpMethod: GET\n        uri: https://api.example.com/'), 'private-endpoint-without-vpc-link');
  });
});
