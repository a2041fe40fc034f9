/**
 * The integration object's fields in its three spellings, with types, enums, where each applies and its docs.
 *
 * Sources:
 * - OpenAPI: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 * - AWS::ApiGateway::Method Integration: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integration.html
 * - AWS::ApiGatewayV2::Integration: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-integration.html
 * - HTTP API integrations: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations.html
 */

/** The three spellings of an integration: OpenAPI extension, `AWS::ApiGateway::Method` Integration, `AWS::ApiGatewayV2::Integration`. */
export type Dialect = 'openapi' | 'cfn-method' | 'cfn-v2';

/** REST API (v1), HTTP API (v2) or WebSocket API (v2). */
export type Protocol = 'rest' | 'http' | 'websocket';

export type IntegrationType = 'AWS' | 'AWS_PROXY' | 'HTTP' | 'HTTP_PROXY' | 'MOCK';

export type FieldName =
  | 'type'
  | 'uri'
  | 'httpMethod'
  | 'credentials'
  | 'requestParameters'
  | 'requestTemplates'
  | 'passthroughBehavior'
  | 'contentHandling'
  | 'connectionType'
  | 'connectionId'
  | 'cacheKeyParameters'
  | 'cacheNamespace'
  | 'timeoutInMillis'
  | 'responses'
  | 'responseParameters'
  | 'payloadFormatVersion'
  | 'integrationSubtype'
  | 'tlsConfig'
  | 'integrationTarget'
  | 'responseTransferMode'
  | 'description'
  | 'apiId'
  | 'templateSelectionExpression'
  | 'integrationResponseSelectionExpression';

export type ValueKind = 'string' | 'integer' | 'stringArray' | 'stringMap' | 'object';

export interface FieldInfo {
  readonly name: FieldName;
  /** How each dialect spells it; absent where the dialect has no such field. */
  readonly spelling: Partial<Record<Dialect, string>>;
  readonly kind: ValueKind;
  readonly enumValues?: readonly string[];
  /** API kinds where the field exists. */
  readonly protocols: readonly Protocol[];
  /** Integration types for which the field has an effect (undefined: all). */
  readonly effectiveFor?: readonly IntegrationType[];
  readonly summary: string;
  readonly docUrl: string;
}

const OPENAPI_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html';
const METHOD_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integration.html';
const V2_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-integration.html';
const ALL: readonly Protocol[] = ['rest', 'http', 'websocket'];
const NON_PROXY: readonly IntegrationType[] = ['AWS', 'HTTP', 'MOCK'];

export const INTEGRATION_TYPES: readonly IntegrationType[] = ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'];

/** Which integration types each kind of API accepts. */
export const TYPES_BY_PROTOCOL: Readonly<Record<Protocol, readonly IntegrationType[]>> = {
  rest: INTEGRATION_TYPES,
  http: ['AWS_PROXY', 'HTTP_PROXY'],
  websocket: INTEGRATION_TYPES,
};

export const FIELDS: readonly FieldInfo[] = [
  {
    name: 'type',
    spelling: { openapi: 'type', 'cfn-method': 'Type', 'cfn-v2': 'IntegrationType' },
    kind: 'string',
    enumValues: INTEGRATION_TYPES,
    protocols: ALL,
    summary:
      'The integration type: `AWS` (an AWS service action, or Lambda with mapping templates), `AWS_PROXY` (Lambda proxy: the whole request goes to the function, which formats the response), `HTTP` (an HTTP endpoint with mapping templates), `HTTP_PROXY` (an HTTP endpoint, request and response passed through) or `MOCK` (API Gateway answers without a backend). HTTP APIs support only `AWS_PROXY` and `HTTP_PROXY`. OpenAPI accepts any case; CloudFormation needs upper case.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html',
  },
  {
    name: 'uri',
    spelling: { openapi: 'uri', 'cfn-method': 'Uri', 'cfn-v2': 'IntegrationUri' },
    kind: 'string',
    protocols: ALL,
    summary:
      'The backend endpoint. `HTTP`/`HTTP_PROXY`: an absolute `http(s)` URL (through a VPC link on HTTP APIs: a load balancer listener or Cloud Map service ARN). `AWS`: `arn:aws:apigateway:{region}:{service}:action/{Action}` or `:path/{path}`. Lambda: `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`. Not used by `MOCK`.',
    docUrl: OPENAPI_DOC,
  },
  {
    name: 'httpMethod',
    spelling: { openapi: 'httpMethod', 'cfn-method': 'IntegrationHttpMethod', 'cfn-v2': 'IntegrationMethod' },
    kind: 'string',
    enumValues: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'],
    protocols: ALL,
    effectiveFor: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY'],
    summary:
      'The HTTP method API Gateway uses to call the backend, independent of the method the client used. Lambda invocations (`AWS_PROXY`, or `AWS` to a Lambda uri) must use `POST`. AWS service actions usually use `POST`.',
    docUrl: OPENAPI_DOC,
  },
  {
    name: 'credentials',
    spelling: { openapi: 'credentials', 'cfn-method': 'Credentials', 'cfn-v2': 'CredentialsArn' },
    kind: 'string',
    protocols: ALL,
    effectiveFor: ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY'],
    summary:
      'The IAM role API Gateway assumes to call the backend (`arn:aws:iam::{account}:role/{name}`), or `arn:aws:iam::*:user/*` to call it with the caller\'s own identity. Without it, the backend must grant API Gateway permission through a resource-based policy (for Lambda: an `AWS::Lambda::Permission`).',
    docUrl: OPENAPI_DOC,
  },
  {
    name: 'requestParameters',
    spelling: { openapi: 'requestParameters', 'cfn-method': 'RequestParameters', 'cfn-v2': 'RequestParameters' },
    kind: 'stringMap',
    protocols: ALL,
    summary:
      'Maps method request data to the integration request. REST: `integration.request.{path|querystring|header}.{name}: method.request.{path|querystring|header}.{name}` (or `method.request.body`, `\'static\'`, `context.x`, `stageVariables.x`). HTTP APIs: `{append|overwrite|remove}:{header|querystring}.{name}` or `overwrite:path`, with `$request.*`, `$context.*`, `$stageVariables.*` values; with an `integrationSubtype`, the action\'s parameters (`QueueUrl`, `MessageBody`, ...).',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
  },
  {
    name: 'requestTemplates',
    spelling: { openapi: 'requestTemplates', 'cfn-method': 'RequestTemplates', 'cfn-v2': 'RequestTemplates' },
    kind: 'stringMap',
    protocols: ['rest', 'websocket'],
    effectiveFor: NON_PROXY,
    summary:
      'Velocity (VTL) mapping templates that build the integration request body, keyed by the request\'s Content-Type (`application/json`, ...). Which one runs, and what happens when none matches, depends on `passthroughBehavior`. Ignored by proxy integrations.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html',
  },
  {
    name: 'passthroughBehavior',
    spelling: { openapi: 'passthroughBehavior', 'cfn-method': 'PassthroughBehavior', 'cfn-v2': 'PassthroughBehavior' },
    kind: 'string',
    enumValues: ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'],
    protocols: ['rest', 'websocket'],
    effectiveFor: NON_PROXY,
    summary:
      'What happens to a request whose Content-Type has no mapping template: `WHEN_NO_MATCH` (default) passes the body through unchanged; `WHEN_NO_TEMPLATES` passes it through only when no template is defined at all, else answers 415 Unsupported Media Type; `NEVER` always answers 415 for unmapped types.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html',
  },
  {
    name: 'contentHandling',
    spelling: { openapi: 'contentHandling', 'cfn-method': 'ContentHandling', 'cfn-v2': 'ContentHandlingStrategy' },
    kind: 'string',
    enumValues: ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'],
    protocols: ['rest', 'websocket'],
    summary:
      'Converts the request payload: `CONVERT_TO_BINARY` decodes a base64 string into binary, `CONVERT_TO_TEXT` encodes binary as base64. Unset: passed through as is. Works with the API\'s binary media types.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html',
  },
  {
    name: 'connectionType',
    spelling: { openapi: 'connectionType', 'cfn-method': 'ConnectionType', 'cfn-v2': 'ConnectionType' },
    kind: 'string',
    enumValues: ['INTERNET', 'VPC_LINK'],
    protocols: ALL,
    summary: '`INTERNET` (default) or `VPC_LINK` for a private integration through the VPC link named by `connectionId`.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
  },
  {
    name: 'connectionId',
    spelling: { openapi: 'connectionId', 'cfn-method': 'ConnectionId', 'cfn-v2': 'ConnectionId' },
    kind: 'string',
    protocols: ALL,
    summary: 'The id of the VPC link used when `connectionType` is `VPC_LINK` (often `${stageVariables.vpcLinkId}` or a `!Ref` to an `AWS::ApiGateway::VpcLink`/`AWS::ApiGatewayV2::VpcLink`).',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
  },
  {
    name: 'cacheKeyParameters',
    spelling: { openapi: 'cacheKeyParameters', 'cfn-method': 'CacheKeyParameters' },
    kind: 'stringArray',
    protocols: ['rest'],
    summary: 'Request parameters (`method.request.querystring.x`, ...) whose values are part of the cache key. Each must also be a method request parameter used in `requestParameters`.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  },
  {
    name: 'cacheNamespace',
    spelling: { openapi: 'cacheNamespace', 'cfn-method': 'CacheNamespace' },
    kind: 'string',
    protocols: ['rest'],
    summary: 'A group of related cached parameters; integrations with the same namespace share cached data. Defaults to the resource id.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  },
  {
    name: 'timeoutInMillis',
    spelling: { openapi: 'timeoutInMillis', 'cfn-method': 'TimeoutInMillis', 'cfn-v2': 'TimeoutInMillis' },
    kind: 'integer',
    protocols: ALL,
    summary:
      'Integration timeout. REST APIs: 50–29,000 ms by default (regional and private APIs can request a higher quota, trading off throttling). HTTP APIs: 50–30,000 ms. WebSocket APIs: 50–29,000 ms.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  },
  {
    name: 'responses',
    spelling: { openapi: 'responses', 'cfn-method': 'IntegrationResponses' },
    kind: 'object',
    protocols: ['rest'],
    effectiveFor: NON_PROXY,
    summary:
      'Integration responses: which method response each backend outcome becomes. OpenAPI keys are selection patterns (Java regular expressions matched against the backend status code, or the Lambda `errorMessage`), or `default`; each entry sets `statusCode`, `responseParameters`, `responseTemplates`, `contentHandling`. CloudFormation lists them with `SelectionPattern`. Ignored by proxy integrations.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html',
  },
  {
    name: 'responseParameters',
    spelling: { openapi: 'responseParameters', 'cfn-v2': 'ResponseParameters' },
    kind: 'object',
    protocols: ['http'],
    summary: 'HTTP APIs: response mappings keyed by backend status code (`"200": {"append:header.x": "..."}`, `overwrite:statuscode`).',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html',
  },
  {
    name: 'payloadFormatVersion',
    spelling: { openapi: 'payloadFormatVersion', 'cfn-v2': 'PayloadFormatVersion' },
    kind: 'string',
    enumValues: ['1.0', '2.0'],
    protocols: ['http', 'websocket'],
    summary:
      'HTTP APIs: the Lambda event format, `1.0` (the REST API format) or `2.0` (simpler: `rawPath`, `cookies`, and a response inferred from a plain return value). Only Lambda proxy integrations accept `2.0`; every other integration uses `1.0`.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
  },
  {
    name: 'integrationSubtype',
    spelling: { openapi: 'integrationSubtype', 'cfn-v2': 'IntegrationSubtype' },
    kind: 'string',
    protocols: ['http'],
    summary:
      'HTTP APIs only: an AWS service integration (`SQS-SendMessage`, `EventBridge-PutEvents`, `StepFunctions-StartExecution`, ...) configured by `requestParameters`, with type `AWS_PROXY`, payload format `1.0` and a `credentials` role.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html',
  },
  {
    name: 'tlsConfig',
    spelling: { openapi: 'tlsConfig', 'cfn-v2': 'TlsConfig' },
    kind: 'object',
    protocols: ['rest', 'http'],
    effectiveFor: ['HTTP', 'HTTP_PROXY'],
    summary: 'TLS settings for HTTP integrations: `insecureSkipVerification` (REST) or `serverNameToVerify` (HTTP APIs, private integrations).',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html',
  },
  {
    name: 'integrationTarget',
    spelling: { openapi: 'integrationTarget', 'cfn-method': 'IntegrationTarget' },
    kind: 'string',
    protocols: ['rest'],
    summary: 'REST private integrations through a VPC link v2: the ALB or NLB listener ARN to send the request to.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/private-integration.html',
  },
  {
    name: 'responseTransferMode',
    spelling: { openapi: 'responseTransferMode', 'cfn-method': 'ResponseTransferMode' },
    kind: 'string',
    enumValues: ['BUFFERED', 'STREAM'],
    protocols: ['rest'],
    summary: 'REST APIs: `BUFFERED` (default) or `STREAM` to stream the backend response to the client.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
  },
  {
    name: 'description',
    spelling: { 'cfn-v2': 'Description' },
    kind: 'string',
    protocols: ALL,
    summary: 'A description of the integration.',
    docUrl: V2_DOC,
  },
  {
    name: 'apiId',
    spelling: { 'cfn-v2': 'ApiId' },
    kind: 'string',
    protocols: ALL,
    summary: 'The API this integration belongs to (usually `!Ref` to an `AWS::ApiGatewayV2::Api`).',
    docUrl: V2_DOC,
  },
  {
    name: 'templateSelectionExpression',
    spelling: { 'cfn-v2': 'TemplateSelectionExpression' },
    kind: 'string',
    protocols: ['websocket'],
    summary: 'WebSocket APIs: which request template to use, e.g. `\\$default` or `${request.body.action}`.',
    docUrl: V2_DOC,
  },
  {
    name: 'integrationResponseSelectionExpression',
    spelling: { 'cfn-v2': 'IntegrationResponseSelectionExpression' },
    kind: 'string',
    protocols: ['websocket'],
    summary: 'WebSocket APIs: how integration responses are selected.',
    docUrl: V2_DOC,
  },
];

export const FIELDS_BY_NAME: ReadonlyMap<FieldName, FieldInfo> = new Map(FIELDS.map((f) => [f.name, f]));

/** The field a key spells in a dialect (`IntegrationHttpMethod` → httpMethod). */
export function fieldForKey(dialect: Dialect, key: string): FieldInfo | undefined {
  return FIELDS.find((f) => f.spelling[dialect] === key);
}

/** The key that spells a field in a dialect. */
export function keyFor(dialect: Dialect, name: FieldName): string | undefined {
  return FIELDS_BY_NAME.get(name)?.spelling[dialect];
}

/** Every key a dialect allows on an integration object. */
export function keysOf(dialect: Dialect): string[] {
  return FIELDS.flatMap((f) => (f.spelling[dialect] ? [f.spelling[dialect]!] : []));
}

export const DOC_LINKS = { openapi: OPENAPI_DOC, method: METHOD_DOC, v2: V2_DOC } as const;

/** Fields of one OpenAPI `responses` entry / CloudFormation `IntegrationResponses` item. */
export const INTEGRATION_RESPONSE_FIELDS: Readonly<Record<'openapi' | 'cfn-method', readonly string[]>> = {
  openapi: ['statusCode', 'responseParameters', 'responseTemplates', 'contentHandling'],
  'cfn-method': ['StatusCode', 'SelectionPattern', 'ResponseParameters', 'ResponseTemplates', 'ContentHandling'],
};
