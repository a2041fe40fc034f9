import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, diagnose, expectCode } from '../../helpers/fixtures';
import { applyFixTitled, expectSilent } from './fixes';

/** A REST Method that sends to `Queue` through SQS's path form, with `role` and anything else appended. */
function sqsTemplate(policies: string, extra = '', credentials = '!GetAtt ApiRole.Arn'): string {
  return `Resources:
  Queue:
    Type: AWS::SQS::Queue
  OtherQueue:
    Type: AWS::SQS::Queue
  Send:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Credentials: «${credentials}»
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/\${Queue.QueueName}
        RequestTemplates:
          application/x-www-form-urlencoded: Action=SendMessage&MessageBody=$input.body
  ApiRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: apigateway.amazonaws.com
            Action: sts:AssumeRole
${policies}${extra}`;
}

function inline(statement: string): string {
  return `      Policies:
        - PolicyName: send
          PolicyDocument:
            Statement:
${statement}`;
}

const NONE = (text: string) => text.replace(/[«»]/g, '');

describe('role-missing-permission', () => {
  it('reports a role that allows another action, naming the action and the queue', () => {
    const [d] = expectCode(sqsTemplate(inline('              - {Effect: Allow, Action: sqs:ReceiveMessage, Resource: !GetAtt Queue.Arn}\n')), 'role-missing-permission');
    assert.match(d.message, /`sqs:SendMessage` on `Queue`/);
  });
  it('accepts an action glob on the same queue', () => {
    expectSilent(sqsTemplate(inline('              - {Effect: Allow, Action: "sqs:Send*", Resource: !GetAtt Queue.Arn}\n')), 'role-missing-permission');
  });
  it('reports a statement on another queue of the template', () => {
    expectCode(sqsTemplate(inline('              - {Effect: Allow, Action: sqs:SendMessage, Resource: !GetAtt OtherQueue.Arn}\n')), 'role-missing-permission');
  });
  it('accepts a literal ARN pattern that may match, and NotAction that leaves the action allowed', () => {
    expectSilent(sqsTemplate(inline('              - {Effect: Allow, Action: sqs:SendMessage, Resource: "arn:aws:sqs:*:*:*"}\n')), 'role-missing-permission');
    expectSilent(sqsTemplate(inline('              - {Effect: Allow, NotAction: "iam:*", Resource: "*"}\n')), 'role-missing-permission');
    expectCode(sqsTemplate(inline('              - {Effect: Allow, NotAction: "sqs:*", Resource: "*"}\n')), 'role-missing-permission');
  });
  it('reports a Deny that blocks an allowed action', () => {
    const [d] = expectCode(
      sqsTemplate(inline('              - {Effect: Allow, Action: "sqs:*", Resource: "*"}\n              - {Effect: Deny, Action: sqs:SendMessage, Resource: "*"}\n')),
      'role-missing-permission',
    );
    assert.match(d.message, /A Deny statement/);
  });
  it('reads AWS managed policies as data, and is silent on a policy it does not know', () => {
    const managed = (arn: string) => `      ManagedPolicyArns:\n        - ${arn}\n`;
    expectSilent(sqsTemplate(managed('arn:aws:iam::aws:policy/AmazonSQSFullAccess')), 'role-missing-permission');
    expectSilent(sqsTemplate(managed('!Sub arn:${AWS::Partition}:iam::aws:policy/AmazonSQSFullAccess')), 'role-missing-permission');
    expectCode(sqsTemplate(managed('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')), 'role-missing-permission');
    expectSilent(sqsTemplate(managed('arn:aws:iam::123456789012:policy/Custom')), 'role-missing-permission');
  });
  it('counts AWS::IAM::Policy resources attached to the role, and is unsure of ones attached by name', () => {
    const policy = (roles: string, action: string) => `  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [${roles}]
      PolicyDocument:
        Statement:
          - {Effect: Allow, Action: ${action}, Resource: "*"}
`;
    expectSilent(sqsTemplate('', policy('!Ref ApiRole', 'sqs:SendMessage')), 'role-missing-permission');
    expectCode(sqsTemplate('', policy('!Ref ApiRole', 'sns:Publish')), 'role-missing-permission');
    expectSilent(sqsTemplate('', policy('!Ref RoleNameParameter', 'sqs:SendMessage') + 'Parameters:\n  RoleNameParameter: {Type: String}\n'), 'role-missing-permission');
  });
  it('follows credentials written as the role ARN around the role name', () => {
    expectCode(sqsTemplate('', '', '!Sub arn:aws:iam::${AWS::AccountId}:role/${ApiRole}'), 'role-missing-permission');
  });
  it('is silent when credentials are a parameter, or a queue policy may grant the action', () => {
    expectSilent(NONE(sqsTemplate('', 'Parameters:\n  RoleArn: {Type: String}\n', '!Ref RoleArn')), 'role-missing-permission');
    expectSilent(sqsTemplate('', '  QueuePolicy:\n    Type: AWS::SQS::QueuePolicy\n    Properties: {Queues: [!Ref Queue], PolicyDocument: {}}\n'), 'role-missing-permission');
  });
  it('reads the action of DynamoDB and the table its request template names', () => {
    const text = (resource: string) => `Resources:
  Table:
    Type: AWS::DynamoDB::Table
  Other:
    Type: AWS::DynamoDB::Table
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /items:
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                credentials: «!GetAtt Role.Arn»
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:dynamodb:action/PutItem
                requestTemplates:
                  application/json: !Sub '{"TableName": "\${Table}", "Item": {"id": {"S": "$context.requestId"}}}'
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: apigateway.amazonaws.com}, Action: sts:AssumeRole}]
      Policies:
        - PolicyName: write
          PolicyDocument:
            Statement: [{Effect: Allow, Action: [dynamodb:PutItem, dynamodb:GetItem], Resource: ${resource}}]
Transform: AWS::Serverless-2016-10-31
`;
    expectSilent(text('!GetAtt Table.Arn'), 'role-missing-permission');
    const [d] = expectCode(text('!GetAtt Other.Arn'), 'role-missing-permission');
    assert.match(d.message, /`dynamodb:PutItem` on `Table`/);
  });
  it('knows that a bucket ARN does not cover its objects', () => {
    const text = (resource: string) => `Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
        Type: AWS
        IntegrationHttpMethod: GET
        Credentials: «!GetAtt Role.Arn»
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:s3:path/\${Bucket}/{key}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: [apigateway.amazonaws.com]}, Action: [sts:AssumeRole]}]
      Policies:
        - PolicyName: read
          PolicyDocument:
            Statement: [{Effect: Allow, Action: s3:GetObject, Resource: ${resource}}]
`;
    const [d] = expectCode(text('!GetAtt Bucket.Arn'), 'role-missing-permission');
    assert.match(d.message, /`s3:GetObject` on `Bucket`.*objects' ARN/);
    expectSilent(text("!Sub '${Bucket.Arn}/*'"), 'role-missing-permission');
  });
  it('checks HTTP API subtypes (AWS::ApiGatewayV2::Integration) by their action', () => {
    const text = (action: string) => `Resources:
  Queue:
    Type: AWS::SQS::Queue
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref HttpApi
      IntegrationType: AWS_PROXY
      IntegrationSubtype: SQS-SendMessage
      PayloadFormatVersion: "1.0"
      CredentialsArn: «!GetAtt Role.Arn»
      RequestParameters:
        QueueUrl: !Ref Queue
        MessageBody: $request.body
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties: {Name: a, ProtocolType: HTTP}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: apigateway.amazonaws.com}, Action: sts:AssumeRole}]
      Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: ${action}, Resource: !GetAtt Queue.Arn}]}}]
`;
    expectSilent(text('sqs:SendMessage'), 'role-missing-permission');
    expectCode(text('sqs:ReceiveMessage'), 'role-missing-permission');
  });
  it('expands SAM policy templates of a generated role', () => {
    const text = (policy: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Send:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Credentials: «!GetAtt WorkerRole.Arn»
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/\${Queue.QueueName}
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: [lambda.amazonaws.com, apigateway.amazonaws.com]}, Action: sts:AssumeRole}]
      Policies:
        - ${policy}
`;
    expectSilent(text('SQSSendMessagePolicy: {QueueName: !GetAtt Queue.QueueName}'), 'role-missing-permission');
    expectCode(text('SNSPublishMessagePolicy: {TopicName: t}'), 'role-missing-permission');
    expectSilent(text('AmazonSQSFullAccess'), 'role-missing-permission');
  });
});

describe('role-missing-permission across services', () => {
  /** A REST Method calling `uri` with `httpMethod`, its role allowing `action` on `resource`. */
  const call = (target: string, uri: string, httpMethod: string, action: string, resource = '"*"', credentials = '!GetAtt ApiRole.Arn', requestTemplate = '') => `Resources:
${target}  Call:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      Integration:
        Type: AWS
        IntegrationHttpMethod: ${httpMethod}
        Credentials: «${credentials}»
        Uri: !Sub ${uri}
${requestTemplate}  ApiRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: apigateway.amazonaws.com}, Action: sts:AssumeRole}]
      Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: ${action}, Resource: ${resource}}]}}]
`;
  const cases: [string, string, string, string, string][] = [
    // name, target resource, uri, integration method, the action it needs
    ['Step Functions StartExecution', '  Machine:\n    Type: AWS::StepFunctions::StateMachine\n', 'arn:aws:apigateway:${AWS::Region}:states:action/StartExecution', 'POST', 'states:StartExecution'],
    ['EventBridge PutEvents', '', 'arn:aws:apigateway:${AWS::Region}:events:action/PutEvents', 'POST', 'events:PutEvents'],
    ['Kinesis PutRecord', '  Stream:\n    Type: AWS::Kinesis::Stream\n', 'arn:aws:apigateway:${AWS::Region}:kinesis:action/PutRecord', 'POST', 'kinesis:PutRecord'],
    ['S3 PUT of an object', '  Bucket:\n    Type: AWS::S3::Bucket\n', 'arn:aws:apigateway:${AWS::Region}:s3:path/${Bucket}/{key}', 'PUT', 's3:PutObject'],
    ['S3 DELETE of an object', '  Bucket:\n    Type: AWS::S3::Bucket\n', 'arn:aws:apigateway:${AWS::Region}:s3:path/${Bucket}/{key}', 'DELETE', 's3:DeleteObject'],
  ];
  for (const [name, target, uri, method, action] of cases) {
    it(`${name}: needs ${action}`, () => {
      expectSilent(call(target, uri, method, action), 'role-missing-permission');
      const [d] = expectCode(call(target, uri, method, 'sqs:SendMessage'), 'role-missing-permission');
      assert.ok(d.message.includes(`\`${action}\``), d.message);
    });
  }
  it('SNS Publish through the path form reads the action from the request template', () => {
    const template = "        RequestTemplates:\n          application/json: Action=Publish&TopicArn=$util.urlEncode('arn')&Message=$input.body\n";
    const text = (action: string) => call('', 'arn:aws:apigateway:${AWS::Region}:sns:path//', 'POST', action, '"*"', '!GetAtt ApiRole.Arn', template);
    expectSilent(text('sns:Publish'), 'role-missing-permission');
    assert.match(expectCode(text('sns:Subscribe'), 'role-missing-permission')[0].message, /`sns:Publish`/);
  });
  it('follows credentials written as !Sub ${Role.Arn}', () => {
    const uri = 'arn:aws:apigateway:${AWS::Region}:events:action/PutEvents';
    expectSilent(call('', uri, 'POST', 'events:PutEvents', '"*"', '!Sub ${ApiRole.Arn}'), 'role-missing-permission');
    expectCode(call('', uri, 'POST', 'sqs:SendMessage', '"*"', '!Sub ${ApiRole.Arn}'), 'role-missing-permission');
  });
  it('reads a customer managed policy of the template attached with ManagedPolicyArns: [!Ref Policy]', () => {
    const text = (action: string) =>
      sqsTemplate(
        '      ManagedPolicyArns: [!Ref SendPolicy]\n',
        `  SendPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement: [{Effect: Allow, Action: ${action}, Resource: "*"}]\n`,
      );
    expectSilent(text('sqs:SendMessage'), 'role-missing-permission');
    expectCode(text('sns:Publish'), 'role-missing-permission');
  });
});

describe('role-missing-permission quick fix', () => {
  it('adds an inline policy that allows the action on the target (no Policies yet)', () => {
    const fixed = applyFix(NONE(sqsTemplate('')), 'role-missing-permission');
    assert.match(fixed, /\n {6}Policies:\n {8}- PolicyName: ApiGatewaysqsSendMessage\n {10}PolicyDocument:\n {12}Version: '2012-10-17'\n {12}Statement:\n {14}- Effect: Allow\n {16}Action: sqs:SendMessage\n {16}Resource: !GetAtt Queue\.Arn/);
    expectSilent(fixed, 'role-missing-permission');
  });
  it('appends to a block list of policies, and to a flow list', () => {
    const block = applyFix(NONE(sqsTemplate(inline('              - {Effect: Allow, Action: sqs:ReceiveMessage, Resource: !GetAtt Queue.Arn}\n'))), 'role-missing-permission');
    assert.match(block, /\n {8}- PolicyName: ApiGatewaysqsSendMessage\n/);
    expectSilent(block, 'role-missing-permission');
    const flow = applyFix(NONE(sqsTemplate('      Policies: [{PolicyName: a, PolicyDocument: {Statement: [{Effect: Allow, Action: sns:Publish, Resource: "*"}]}}]\n')), 'role-missing-permission');
    expectSilent(flow, 'role-missing-permission');
  });
  it('writes JSON in a JSON template', () => {
    const json = JSON.stringify({
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Send: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            HttpMethod: 'POST',
            Integration: {
              Type: 'AWS',
              IntegrationHttpMethod: 'POST',
              Credentials: { 'Fn::GetAtt': ['ApiRole', 'Arn'] },
              Uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/${Queue.QueueName}' },
            },
          },
        },
        ApiRole: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
            Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }] } }],
          },
        },
      },
    }, null, 2);
    const fixed = applyFix(json, 'role-missing-permission', undefined, 'json');
    assert.deepEqual(JSON.parse(fixed).Resources.ApiRole.Properties.Policies[1].PolicyDocument.Statement[0], { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] } });
    expectSilent(fixed, 'role-missing-permission', 'json');
  });
  it('offers no fix when the target cannot be named', () => {
    const text = NONE(sqsTemplate('')).replace('${AWS::AccountId}/${Queue.QueueName}', '${AWS::AccountId}/${QueueName}') + 'Parameters:\n  QueueName: {Type: String}\n';
    const { diagnostics } = diagnose(text);
    const found = diagnostics.filter((d) => d.code === 'role-missing-permission');
    assert.equal(found.length, 1);
    assert.equal((found[0].data as { fixes?: unknown[] } | undefined)?.fixes, undefined);
  });
  it('is silent when the action comes from a VTL variable', () => {
    expectSilent(sqsTemplate('').replace('Action=SendMessage&', 'Action=$action&'), 'role-missing-permission');
  });
});

describe('role-trust-policy', () => {
  const lambdaTrust = (text: string) => text.replace('Service: apigateway.amazonaws.com', 'Service: lambda.amazonaws.com');
  it('reports a role API Gateway may not assume, and the fix adds the principal', () => {
    const text = lambdaTrust(sqsTemplate(inline('              - {Effect: Allow, Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn}\n')));
    const [d] = expectCode(text, 'role-trust-policy');
    assert.match(d.message, /does not let apigateway\.amazonaws\.com/);
    const fixed = applyFix(NONE(text), 'role-trust-policy');
    assert.match(fixed, /Service: \[lambda\.amazonaws\.com, apigateway\.amazonaws\.com\]/);
    expectSilent(fixed, 'role-trust-policy');
  });
  it('appends to a block list of services', () => {
    const text = NONE(sqsTemplate('')).replace('Service: apigateway.amazonaws.com', 'Service:\n                - lambda.amazonaws.com');
    const fixed = applyFix(text, 'role-trust-policy');
    assert.match(fixed, /- lambda\.amazonaws\.com\n {16}- apigateway\.amazonaws\.com\n/);
    expectSilent(fixed, 'role-trust-policy');
  });
  it('reports the role SAM generates for a function', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties: {Handler: index.handler, Runtime: nodejs20.x}
  Send:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Credentials: «!GetAtt WorkerRole.Arn»
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Worker.Arn}/invocations
`;
    const [d] = expectCode(text, 'role-trust-policy');
    assert.match(d.message, /the role SAM generates for `Worker`/);
  });
  it('accepts Principal "*" and computed principals', () => {
    expectSilent(sqsTemplate('').replace('Principal:\n              Service: apigateway.amazonaws.com', 'Principal: "*"'), 'role-trust-policy');
    expectSilent(sqsTemplate('').replace('Service: apigateway.amazonaws.com', 'Service: !Sub apigateway.${AWS::URLSuffix}'), 'role-trust-policy');
  });
});

describe('role-broad-permission', () => {
  const broad = sqsTemplate(inline('              - Effect: Allow\n                Action: «"sqs:*"»\n                Resource: «"*"»\n')).replace(/«(!GetAtt ApiRole\.Arn)»/, '$1');
  it('hints on sqs:* and Resource "*" and narrows them', () => {
    const found = expectCode(broad, 'role-broad-permission');
    assert.equal(found.length, 2);
    const text = NONE(broad);
    assert.match(applyFix(text, 'role-broad-permission', 'Narrow Action to sqs:SendMessage'), /Action: sqs:SendMessage\n/);
    assert.match(applyFixTitled(text, 'role-broad-permission', 'Narrow Resource to !GetAtt Queue.Arn'), /Resource: !GetAtt Queue\.Arn\n/);
  });
  it('hints on an AWS::IAM::Policy attached to this role alone, not on one shared with another role', () => {
    const attached = (roles: string) =>
      NONE(sqsTemplate('')) +
      `  Extra:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: extra\n      Roles: [${roles}]\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: "sqs:*"\n            Resource: !GetAtt Queue.Arn\n`;
    const [d] = diagnose(attached('!Ref ApiRole')).diagnostics.filter((x) => x.code === 'role-broad-permission');
    assert.match(d?.message ?? '', /`sqs:\*` allows more than the integrations using `ApiRole` call/);
    assert.match(applyFixTitled(attached('!Ref ApiRole'), 'role-broad-permission', 'Narrow Action to sqs:SendMessage'), /Action: sqs:SendMessage\n/);
    const shared = attached('!Ref ApiRole, !Ref OtherRole') + '  OtherRole:\n    Type: AWS::IAM::Role\n    Properties: {AssumeRolePolicyDocument: {}}\n';
    assert.deepEqual(diagnose(shared).diagnostics.filter((x) => x.code === 'role-broad-permission'), []);
    // Also given to a user, or a managed policy (attachable anywhere): narrowing it would change more than this role.
    const withUsers = attached('!Ref ApiRole').replace('      Roles:', '      Users: [deployer]\n      Roles:');
    assert.deepEqual(diagnose(withUsers).diagnostics.filter((x) => x.code === 'role-broad-permission'), []);
    const managed = attached('!Ref ApiRole').replace('Type: AWS::IAM::Policy', 'Type: AWS::IAM::ManagedPolicy');
    assert.deepEqual(diagnose(managed).diagnostics.filter((x) => x.code === 'role-broad-permission'), []);
    // An AWS::IAM::RolePolicy belongs to its one role.
    const rolePolicy = attached('').replace('Type: AWS::IAM::Policy', 'Type: AWS::IAM::RolePolicy').replace('Roles: []', 'RoleName: !Ref ApiRole');
    assert.equal(diagnose(rolePolicy).diagnostics.filter((x) => x.code === 'role-broad-permission').length, 1);
  });
  it('stays silent when the role also serves something else', () => {
    const shared = NONE(broad) + '  Fn:\n    Type: AWS::Lambda::Function\n    Properties: {Role: !GetAtt ApiRole.Arn}\n';
    expectSilent(shared, 'role-broad-permission');
  });
  it('writes JSON in a JSON template', () => {
    const json = JSON.stringify({
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Send: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            HttpMethod: 'POST',
            Integration: {
              Type: 'AWS',
              IntegrationHttpMethod: 'POST',
              Credentials: { 'Fn::GetAtt': ['ApiRole', 'Arn'] },
              Uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/${Queue.QueueName}' },
            },
          },
        },
        ApiRole: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
            Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] } }],
          },
        },
      },
    }, null, 2);
    const fixed = applyFix(json, 'role-broad-permission', undefined, 'json');
    assert.deepEqual(JSON.parse(fixed).Resources.ApiRole.Properties.Policies[0].PolicyDocument.Statement[0].Resource, { 'Fn::GetAtt': ['Queue', 'Arn'] });
    assert.equal(diagnose(fixed, 'json').diagnostics.filter((d) => d.code === 'role-broad-permission').length, 0);
  });
});
