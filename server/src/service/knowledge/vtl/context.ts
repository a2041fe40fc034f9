/**
 * `$context` variables of REST APIs, with their nesting groups, and where each one has a value: in mapping
 * templates, or only in access logs (or gateway responses), where a mapping template reads them as empty.
 *
 * Sources: the current "Variables for data transformations" and "Variables for access logging" pages, and the
 * archived awsdocs reference (which listed both in one page). `xrayTraceId` and `wafResponseCode`/`webaclArn`
 * are listed for mapping templates by the archived reference and kept there (no false warning).
 */
import { SOURCES } from './sources';
import type { ContextAvailability, ContextVariable } from './types';

export const CONTEXT_DOCS =
  '`$context` holds information about the API, the stage, the caller and the request. Names are case-sensitive.';

const T: ContextAvailability = 'template';
const LOG: ContextAvailability = 'access-log';

function v(path: string, docs: string, availability: ContextAvailability = T, extra: Partial<ContextVariable> = {}): ContextVariable {
  const source = availability === LOG ? SOURCES.accessLogging : availability === 'gateway-response' ? SOURCES.gatewayResponses : SOURCES.dataTransformations;
  return { path, docs, availability, source, type: 'String', ...extra };
}

function group(path: string, docs: string, availability: ContextAvailability = T, extra: Partial<ContextVariable> = {}): ContextVariable {
  return v(path, docs, availability, { group: true, type: 'Map', ...extra });
}

const OVERRIDE_NOTE = ' Set it with `#set`; it takes effect after the template runs.';

export const CONTEXT_VARIABLES: readonly ContextVariable[] = [
  v('accountId', "The API owner's AWS account ID."),
  v('apiId', 'The identifier API Gateway assigns to your API.'),
  group(
    'authorizer',
    'Values from the method\'s authorizer: `principalId` and, for a Lambda authorizer, every key of the `context` map it returned, stringified (`"numKey": 1` reads as the string `"1"`). For a Cognito user pool authorizer, `claims`.',
    T,
    { open: true },
  ),
  group('authorizer.claims', 'The claims of the Amazon Cognito user pool token after the caller is authenticated: `$context.authorizer.claims.email`, `$context.authorizer.claims[\'cognito:username\']`. Calling `$context.authorizer.claims` itself returns null.', T, { open: true }),
  v('authorizer.principalId', 'The principal user identification associated with the token sent by the client and returned from a Lambda authorizer.'),
  v('awsEndpointRequestId', "The AWS endpoint's request ID."),
  v('deploymentId', 'The ID of the API deployment.'),
  v('domainName', 'The full domain name used to invoke the API. This should be the same as the incoming `Host` header.'),
  v('domainPrefix', 'The first label of `$context.domainName`.'),
  group('error', 'The error API Gateway is answering with: meant for gateway response templates (which are not processed by VTL, only by simple substitution) and access logs.'),
  v(
    'error.message',
    'A string containing an API Gateway error message. Only for simple substitution in a gateway response template and in access logs: empty in an integration mapping template.',
    'gateway-response',
  ),
  v('error.messageString', 'The quoted value of `$context.error.message`, namely `"$context.error.message"` (for gateway responses).'),
  v(
    'error.responseType',
    'The type of the gateway response (`DEFAULT_4XX`, `MISSING_AUTHENTICATION_TOKEN`, ...). Only for simple substitution in a gateway response template and in access logs.',
    'gateway-response',
  ),
  v('error.validationErrorString', 'A string containing a detailed request validation error message (for gateway responses).'),
  v('extendedRequestId', 'The extended ID that API Gateway generates and assigns to the API request (also in the `x-amz-apigw-id` response header).'),
  v('httpMethod', 'The HTTP method used: `DELETE`, `GET`, `HEAD`, `OPTIONS`, `PATCH`, `POST` or `PUT`.'),
  group('identity', 'Information about the caller.'),
  v('identity.accessKey', 'The access key of the caller that signed the request (IAM authorization); null otherwise. Not in the guides, but present in every REST request\'s $context.identity (recorded on AWS: test/golden/cases, localstack/sqs-amz-json/context-keyset-and-groups).'),
  v('identity.accountId', 'The AWS account ID associated with the request (IAM authorization).'),
  v('identity.apiKey', 'For methods that require an API key, the API key of the request; null otherwise.'),
  v('identity.apiKeyId', 'The API key ID of a request that requires an API key.'),
  v('identity.caller', 'The principal identifier of the caller that signed the request (IAM authorization).'),
  group('identity.clientCert', 'The client certificate of a mutual TLS request (custom domain with mTLS); absent otherwise.'),
  v('identity.clientCert.clientCertPem', 'The PEM-encoded client certificate the client presented during mutual TLS authentication.'),
  v('identity.clientCert.subjectDN', 'The distinguished name of the subject of the client certificate.'),
  v('identity.clientCert.issuerDN', 'The distinguished name of the issuer of the client certificate.'),
  v('identity.clientCert.serialNumber', 'The serial number of the client certificate.'),
  group('identity.clientCert.validity', 'The validity period of the client certificate.'),
  v('identity.clientCert.validity.notBefore', 'The date before which the client certificate is invalid.'),
  v('identity.clientCert.validity.notAfter', 'The date after which the client certificate is invalid.'),
  v('identity.cognitoAuthenticationProvider', 'A comma-separated list of the Amazon Cognito authentication providers used by the caller (requests signed with Cognito credentials).'),
  v('identity.cognitoAuthenticationType', 'The Amazon Cognito authentication type of the caller (requests signed with Cognito credentials).'),
  v('identity.cognitoIdentityId', 'The Amazon Cognito identity ID of the caller (requests signed with Cognito credentials).'),
  v('identity.cognitoIdentityPoolId', 'The Amazon Cognito identity pool ID of the caller (requests signed with Cognito credentials).'),
  v('identity.principalOrgId', 'The AWS organization ID.'),
  v('identity.sourceIp', 'The source IP address of the TCP connection making the request to API Gateway. Do not trust it if the `X-Forwarded-For` header could be forged.'),
  v('identity.user', 'The principal identifier of the user that will be authorized against resource access (IAM authorization).'),
  v('identity.userAgent', 'The `User-Agent` header of the API caller.'),
  v('identity.userArn', 'The Amazon Resource Name (ARN) of the effective user identified after authentication.'),
  v('identity.vpcId', 'The VPC ID of the VPC making the request to a private API endpoint.'),
  v('identity.vpceId', 'The VPC endpoint ID of the VPC endpoint making the request to a private API endpoint.'),
  v('isCanaryRequest', 'Returns `true` if the request was directed to the canary and `false` otherwise. Present only with a canary enabled.', T, { type: 'Boolean' }),
  v('path', 'The request path, stage included: for `https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/root/child` it is `/{stage}/root/child`.'),
  v('protocol', 'The request protocol, for example `HTTP/1.1`.'),
  v('requestId', 'An ID for the request. Clients can override it (`x-amzn-requestid` header); for a unique ID use `$context.extendedRequestId`.'),
  group(
    'requestOverride',
    'Overrides of the integration request, set in a **request** template: `#set($context.requestOverride.header.X-Custom = "v")`.' + OVERRIDE_NOTE,
    T,
    { stage: 'request', source: SOURCES.overrides },
  ),
  group('requestOverride.header', 'Integration request header overrides: `#set($context.requestOverride.header.<name> = "value")` replaces the header mapped in the integration request.' + OVERRIDE_NOTE, T, {
    open: true,
    stage: 'request',
    source: SOURCES.overrides,
  }),
  group('requestOverride.path', 'Integration request path parameter overrides: `#set($context.requestOverride.path.<name> = "value")`.' + OVERRIDE_NOTE, T, {
    open: true,
    stage: 'request',
    source: SOURCES.overrides,
  }),
  group('requestOverride.querystring', 'Integration request query string overrides: `#set($context.requestOverride.querystring.<name> = "value")`.' + OVERRIDE_NOTE, T, {
    open: true,
    stage: 'request',
    source: SOURCES.overrides,
  }),
  v('requestTime', 'The CLF-formatted request time (`dd/MMM/yyyy:HH:mm:ss +-hhmm`).'),
  v('requestTimeEpoch', 'The epoch-formatted request time, in milliseconds.', T, { type: 'Number' }),
  v('resourceId', 'The identifier that API Gateway assigns to your resource.'),
  v('resourcePath', 'The path to your resource, without the stage: for `.../{stage}/root/child` it is `/root/child`.'),
  group(
    'responseOverride',
    'Overrides of the method response, set in a **response** (integration response) template: `#set($context.responseOverride.status = 400)`.' + OVERRIDE_NOTE,
    T,
    { stage: 'response', source: SOURCES.overrides },
  ),
  group('responseOverride.header', 'Method response header overrides: `#set($context.responseOverride.header.<name> = "value")` replaces the header mapped in the integration response.' + OVERRIDE_NOTE, T, {
    open: true,
    stage: 'response',
    source: SOURCES.overrides,
  }),
  v('responseOverride.status', 'The method response status code override: `#set($context.responseOverride.status = 400)` returns 400 instead of the status selected by the integration response.' + OVERRIDE_NOTE, T, {
    stage: 'response',
    type: 'Number',
    source: SOURCES.overrides,
  }),
  v('stage', 'The deployment stage of the API request (for example `Beta` or `Prod`).'),
  v('wafResponseCode', 'The response received from AWS WAF: `WAF_ALLOW` or `WAF_BLOCK`. Not set if the stage is not associated with a web ACL.'),
  v('webaclArn', 'The complete ARN of the web ACL that is used to decide whether to allow or block the request. Not set if the stage is not associated with a web ACL.'),
  v('xrayTraceId', 'The trace ID for the X-Ray trace.', T, { source: SOURCES.archivedReference }),

  // WebSocket APIs only.
  v('connectionId', 'A unique ID for the WebSocket connection, usable for a callback to the client (WebSocket APIs).', T, { api: 'websocket', source: SOURCES.websocketTemplates }),
  v('connectedAt', 'The epoch-formatted connection time (WebSocket APIs).', T, { api: 'websocket', type: 'Number', source: SOURCES.websocketTemplates }),
  v('eventType', 'The event type: `CONNECT`, `MESSAGE` or `DISCONNECT` (WebSocket APIs).', T, { api: 'websocket', source: SOURCES.websocketTemplates }),
  v('messageId', 'A unique server-side ID for a message; only when `$context.eventType` is `MESSAGE` (WebSocket APIs).', T, { api: 'websocket', source: SOURCES.websocketTemplates }),
  v('routeKey', 'The selected route key (WebSocket APIs).', T, { api: 'websocket', source: SOURCES.websocketTemplates }),

  // Access logs only: a mapping template reads these as empty.
  group('authorize', 'Authorization results (access logs only).', LOG),
  v('authorize.error', 'The authorization error message.', LOG),
  v('authorize.latency', 'The authorization latency in ms.', LOG),
  v('authorize.status', 'The status code returned from an authorization attempt.', LOG),
  v('authorizer.error', 'The error message returned from an authorizer.', LOG),
  v('authorizer.integrationLatency', 'The authorizer integration latency in ms.', LOG),
  v('authorizer.integrationStatus', 'The status code returned from a Lambda authorizer.', LOG),
  v('authorizer.latency', 'The authorizer latency in ms.', LOG),
  v('authorizer.requestId', "The AWS endpoint's request ID.", LOG),
  v('authorizer.status', 'The status code returned from an authorizer.', LOG),
  group('authenticate', 'Authentication results (access logs only).', LOG),
  v('authenticate.error', 'The error message returned from an authentication attempt.', LOG),
  v('authenticate.latency', 'The authentication latency in ms.', LOG),
  v('authenticate.status', 'The status code returned from an authentication attempt.', LOG),
  group('customDomain', 'Custom domain details (access logs only).', LOG),
  v('customDomain.basePathMatched', 'The path of the API mapping that the incoming request matched (custom domain names).', LOG),
  v('endpointType', 'The endpoint type of the API.', LOG),
  group('integration', 'Integration results (access logs only).', LOG),
  v('integration.error', 'The error message returned from an integration. Equivalent to `$context.integrationErrorMessage`.', LOG),
  v('integration.integrationStatus', 'For Lambda proxy integration, the status code returned from AWS Lambda, not from the backend Lambda function code.', LOG),
  v('integration.latency', 'The integration latency in ms. Equivalent to `$context.integrationLatency`.', LOG),
  v('integration.requestId', "The AWS endpoint's request ID. Equivalent to `$context.awsEndpointRequestId`.", LOG),
  v('integration.status', 'The status code returned from an integration. Equivalent to `$context.integrationStatus`.', LOG),
  v('integrationErrorMessage', 'A string that contains an integration error message.', LOG),
  v('integrationLatency', 'The integration latency in ms.', LOG),
  v('integrationStatus', 'For Lambda proxy integration, the status code returned from AWS Lambda, not from the backend Lambda function code.', LOG),
  v('responseLatency', 'The response latency in ms.', LOG),
  v('responseLength', 'The response payload length in bytes.', LOG),
  v('status', 'The method response status.', LOG),
  group('waf', 'AWS WAF results (access logs only).', LOG),
  v('waf.error', 'The error message returned from AWS WAF.', LOG),
  v('waf.latency', 'The AWS WAF latency in ms.', LOG),
  v('waf.status', 'The status code returned from AWS WAF.', LOG),
];

const BY_PATH = new Map(CONTEXT_VARIABLES.map((c) => [c.path, c]));

export function contextVariable(path: string): ContextVariable | undefined {
  return BY_PATH.get(path);
}

/** The direct members of a group (`''` for the top level). */
export function contextMembers(groupPath: string): ContextVariable[] {
  const prefix = groupPath ? groupPath + '.' : '';
  return CONTEXT_VARIABLES.filter((c) => c.path.startsWith(prefix) && !c.path.slice(prefix.length).includes('.'));
}
