import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, diagnose, expectCode } from '../../helpers/fixtures';
import { expectSilent } from './fixes';

/** The Lambda function the integrations call. */
const FUNCTION = `  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      Role: arn:aws:iam::123456789012:role/r
      Code: {ZipFile: "exports.handler = async () => ({statusCode: 200})"}
`;

/** A REST API with GET /pets (an AWS::ApiGateway::Method) calling `Fn`, plus `extra` resources. */
function methodTemplate(extra = '', integrationExtra = ''): string {
  return `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: pets}
  Pets:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: pets}
  GetPets:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Pets
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: «!Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations»${integrationExtra}
${FUNCTION}${extra}`;
}

function permission(sourceArn?: string, functionName = '!GetAtt Fn.Arn'): string {
  return `  Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: ${functionName}
      Principal: apigateway.amazonaws.com
${sourceArn ? `      SourceArn: !Sub ${sourceArn}\n` : ''}`;
}

const plain = (text: string) => text.replace(/[«»]/g, '');

describe('missing-lambda-permission', () => {
  it('reports a Lambda integration nothing lets API Gateway invoke', () => {
    const [d] = expectCode(methodTemplate(), 'missing-lambda-permission');
    assert.match(d.message, /invoke `Fn` from `Api` \(GET \/pets\)/);
  });
  it('accepts a permission without SourceArn, or whose SourceArn covers the route', () => {
    expectSilent(methodTemplate(permission()), 'missing-lambda-permission');
    expectSilent(methodTemplate(permission('arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/pets')), 'missing-lambda-permission');
    expectSilent(methodTemplate(permission('arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*')), 'missing-lambda-permission');
    expectSilent(methodTemplate(permission(undefined, '!Ref Fn')), 'missing-lambda-permission');
  });
  it('reports a permission for another method, another API, another function or another principal', () => {
    expectCode(methodTemplate(permission('arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/POST/pets')), 'missing-lambda-permission');
    expectCode(methodTemplate(permission('arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Other}/*') + '  Other:\n    Type: AWS::ApiGateway::RestApi\n'), 'missing-lambda-permission');
    expectCode(methodTemplate(permission(undefined, '!Ref OtherFn') + '  OtherFn:\n    Type: AWS::Lambda::Function\n'), 'missing-lambda-permission');
    expectCode(methodTemplate(permission().replace('apigateway.amazonaws.com', 's3.amazonaws.com')), 'missing-lambda-permission');
  });
  it('asks for it for a non-proxy (type AWS) Lambda integration too', () => {
    const text = methodTemplate().replace('Type: AWS_PROXY', 'Type: AWS');
    expectCode(text, 'missing-lambda-permission');
    expectSilent(text + permission(), 'missing-lambda-permission');
  });
  it('reads routes of an OpenAPI Body inline in AWS::ApiGateway::RestApi', () => {
    const text = (source: string) => `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: pets
      Body:
        openapi: 3.0.1
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: «!Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations"»}
${FUNCTION}${source === 'none' ? '' : permission(source)}`;
    assert.match(expectCode(text('none'), 'missing-lambda-permission')[0].message, /invoke `Fn` from `Api` \(GET \/pets\)/);
    expectSilent(text('arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/pets'), 'missing-lambda-permission');
    expectCode(text('arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/owners'), 'missing-lambda-permission');
  });
  it('does not ask for a permission when the integration invokes with credentials', () => {
    expectSilent(methodTemplate('', '\n        Credentials: arn:aws:iam::123456789012:role/invoker'), 'missing-lambda-permission');
  });
  it('inserts the permission resource (YAML), after which nothing is reported', () => {
    const fixed = applyFix(plain(methodTemplate()), 'missing-lambda-permission');
    assert.match(fixed, /\n {2}FnApiGatewayInvokePermission:\n {4}Type: AWS::Lambda::Permission\n {4}Properties:\n {6}Action: lambda:InvokeFunction\n {6}FunctionName: !GetAtt Fn\.Arn\n {6}Principal: apigateway\.amazonaws\.com\n {6}SourceArn: !Sub 'arn:\$\{AWS::Partition\}:execute-api:\$\{AWS::Region\}:\$\{AWS::AccountId\}:\$\{Api\}\/\*\/GET\/pets'/);
    assert.deepEqual(diagnose(fixed).diagnostics.filter((d) => d.code === 'missing-lambda-permission' || d.severity === 1), []);
  });
  it('inserts the permission resource (JSON), keeping the file valid JSON', () => {
    const json = JSON.stringify({
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'pets' } },
        GetRoot: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            RestApiId: { Ref: 'Api' },
            ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
            HttpMethod: 'ANY',
            AuthorizationType: 'NONE',
            Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' } },
          },
        },
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'index.handler' } },
      },
    }, null, 4);
    const fixed = applyFix(json, 'missing-lambda-permission', undefined, 'json');
    const permissionResource = JSON.parse(fixed).Resources.FnApiGatewayInvokePermission;
    assert.deepEqual(permissionResource.Properties.FunctionName, { 'Fn::GetAtt': ['Fn', 'Arn'] });
    assert.equal(permissionResource.Properties.SourceArn['Fn::Sub'], 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/*/');
    assert.equal(diagnose(fixed, 'json').diagnostics.filter((d) => d.code === 'missing-lambda-permission').length, 0);
  });
});

describe('missing-lambda-permission with SAM', () => {
  function sam(events: string, uri = '${Fn.Arn}'): string {
    return `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /pets/{petId}:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: «!Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/${uri}/invocations»
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      AutoPublishAlias: live
${events}`;
  }
  const event = (method: string, path: string, api = '!Ref Api') => `      Events:
        Get:
          Type: Api
          Properties: {RestApiId: ${api}, Path: '${path}', Method: ${method}}
`;
  it('accepts an Api event of the function on the same API and route (path parameter names may differ)', () => {
    expectSilent(sam(event('get', '/pets/{id}')), 'missing-lambda-permission');
    expectSilent(sam(event('any', '/pets/{id}')), 'missing-lambda-permission');
  });
  it('reports when the event is for another method, path or API', () => {
    expectCode(sam(event('post', '/pets/{id}')), 'missing-lambda-permission');
    expectCode(sam(event('get', '/owners')), 'missing-lambda-permission');
    expectCode(sam(event('get', '/pets/{id}', '!Ref Other') + '  Other:\n    Type: AWS::Serverless::Api\n    Properties: {StageName: x}\n'), 'missing-lambda-permission');
    expectCode(sam(''), 'missing-lambda-permission');
  });
  it('accepts a connector from the API to the function, and a permission on the alias', () => {
    const connector = `  Connector:
    Type: AWS::Serverless::Connector
    Properties:
      Source: {Id: Api}
      Destination: {Id: Fn}
      Permissions: [Write]
`;
    expectSilent(sam('', '${Fn.Arn}') + connector, 'missing-lambda-permission');
    expectSilent(
      sam('', '${Fn.Arn}:live') + '  Invoke:\n    Type: AWS::Lambda::Permission\n    Properties: {Action: lambda:InvokeFunction, FunctionName: !Ref Fn.Alias, Principal: apigateway.amazonaws.com}\n',
      'missing-lambda-permission',
    );
  });
  it('is silent for a standalone OpenAPI file (its template is elsewhere)', () => {
    expectSilent(`openapi: 3.0.1
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
`, 'missing-lambda-permission');
  });
});
