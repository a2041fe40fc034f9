import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectCode } from '../../helpers/fixtures';
import { expectSilent } from './fixes';

function privateIntegration(connectionId: string, extra = ''): string {
  return `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: {Type: network}
  Link:
    Type: AWS::ApiGateway::VpcLink
    Properties: {Name: link, TargetArns: [!Ref Nlb]}
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      HttpMethod: GET
      Integration:
        Type: HTTP_PROXY
        IntegrationHttpMethod: GET
        ConnectionType: VPC_LINK
        ConnectionId: ${connectionId}
        Uri: http://internal.example.com/pets
${extra}`;
}

describe('connection-id-not-vpc-link', () => {
  it('reports a connectionId that refers to the load balancer, offering the VPC link', () => {
    const text = privateIntegration('«!Ref Nlb»');
    const [d] = expectCode(text, 'connection-id-not-vpc-link');
    assert.match(d.message, /`Nlb` \(AWS::ElasticLoadBalancingV2::LoadBalancer\), not a VPC link/);
    const fixed = applyFix(text.replace(/[«»]/g, ''), 'connection-id-not-vpc-link');
    assert.match(fixed, /ConnectionId: !Ref Link\n/);
    expectSilent(fixed, 'connection-id-not-vpc-link');
  });
  it('accepts a VPC link, a parameter and a stage variable', () => {
    expectSilent(privateIntegration('!Ref Link'), 'connection-id-not-vpc-link');
    expectSilent(privateIntegration('!Ref LinkId', '' ).replace('Resources:', 'Parameters:\n  LinkId: {Type: String}\nResources:'), 'connection-id-not-vpc-link');
    expectSilent(privateIntegration('"${stageVariables.link}"'), 'connection-id-not-vpc-link');
  });
  it('asks HTTP APIs for a VPC link v2', () => {
    expectCode(`Resources:
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties: {Name: a, ProtocolType: HTTP}
  Link:
    Type: AWS::ApiGateway::VpcLink
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref HttpApi
      IntegrationType: HTTP_PROXY
      IntegrationMethod: GET
      IntegrationUri: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c
      PayloadFormatVersion: "1.0"
      ConnectionType: VPC_LINK
      ConnectionId: «!Ref Link»
`, 'connection-id-not-vpc-link');
  });
});

describe('undefined-stage-variable', () => {
  const sam = (uri: string, variables: string) => `Transform: AWS::Serverless-2016-10-31
Globals:
  Api:
    Variables: {fromGlobals: x}
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Variables: ${variables}
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration:
                type: http_proxy
                httpMethod: GET
                uri: ${uri}
`;
  it('reports a stage variable no stage defines, on the placeholder, with "did you mean"', () => {
    const [d] = expectCode(sam('"https://«${stageVariables.bakend}»/pets"', '{backend: example.com}'), 'undefined-stage-variable');
    assert.match(d.message, /No stage of `Api` \(prod\) defines the stage variable `bakend`.*Did you mean `backend`/);
  });
  it('accepts variables of the API, of Globals and of AWS::ApiGateway::Stage resources', () => {
    expectSilent(sam('"https://${stageVariables.backend}/pets"', '{backend: example.com}'), 'undefined-stage-variable');
    expectSilent(sam('"https://${stageVariables.fromGlobals}/pets"', '{backend: example.com}'), 'undefined-stage-variable');
    const rest = (variables: string) => `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Prod:
    Type: AWS::ApiGateway::Stage
    Properties: {RestApiId: !Ref Api, StageName: prod, DeploymentId: d, Variables: ${variables}}
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      HttpMethod: GET
      Integration: {Type: HTTP_PROXY, IntegrationHttpMethod: GET, Uri: "https://\${stageVariables.host}/"}
`;
    expectSilent(rest('{host: example.com}'), 'undefined-stage-variable');
    expectCode(rest('{other: example.com}').replace('"https://${stageVariables.host}/"', '"https://«${stageVariables.host}»/"'), 'undefined-stage-variable');
  });
  it('is silent when the template defines no stage for the API, or a stage cannot be read', () => {
    expectSilent(`Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      HttpMethod: GET
      Integration: {Type: HTTP_PROXY, IntegrationHttpMethod: GET, Uri: "https://\${stageVariables.host}/"}
`, 'undefined-stage-variable');
    expectSilent(sam('"https://${stageVariables.backend}/pets"', '!If [IsProd, {a: b}, {c: d}]'), 'undefined-stage-variable');
  });
});
