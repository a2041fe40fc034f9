/**
 * What each enum value of an integration field means, and how fields behave for each integration type: the text
 * of hovers and completion documentation. Field summaries live in integrationFields.ts; this module adds the
 * per-value and per-type detail.
 *
 * Sources:
 * - Types: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html
 * - Lambda proxy input/output (502 on a malformed response):
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 * - HTTP API payload formats: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * - Passthrough: https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 * - Content handling: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html
 * - Private integrations: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html
 * - Mock: https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html
 * - Response streaming: https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html
 */
import type { FieldName, IntegrationType } from './integrationFields';

export interface ValueDoc {
  readonly summary: string;
  readonly docUrl: string;
}

const TYPES_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html';
const LAMBDA_PROXY_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html';
const PASSTHROUGH_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html';
const ENCODING_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html';
const PRIVATE_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html';
const PAYLOAD_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html';

export const TYPE_DOCS: Readonly<Record<IntegrationType, ValueDoc>> = {
  AWS: {
    summary:
      'An AWS service action, or a Lambda function as a **custom** (non-proxy) integration. A mapping template (`requestTemplates`) builds the backend request and integration responses (`responses`) map each outcome to a method response: you choose status codes and headers. For Lambda, the return value becomes the body; errors are matched by the selection patterns against `errorMessage`.',
    docUrl: TYPES_DOC,
  },
  AWS_PROXY: {
    summary:
      'Lambda **proxy** integration: the whole request (method, path, headers, query string, body, `requestContext`) goes to the function as the event, and the function\'s return value *is* the response. The function must return `{"statusCode": 200, "headers": {...}, "body": "..."}` with `body` a string; anything else makes API Gateway answer **502 Bad Gateway** (Malformed Lambda proxy response). Mapping templates and integration responses are ignored. On HTTP APIs with payload format 2.0 a plain return value becomes a 200 JSON response. Also HTTP API AWS service integrations (`integrationSubtype`).',
    docUrl: LAMBDA_PROXY_DOC,
  },
  HTTP: {
    summary:
      'HTTP **custom** integration: API Gateway calls the URL in `uri` with a request built by mapping templates, and maps the backend\'s status code through the selection patterns of `responses` (integration responses) to a method response.',
    docUrl: TYPES_DOC,
  },
  HTTP_PROXY: {
    summary:
      'HTTP **proxy** integration: the request (headers, query string, body) is passed to the URL in `uri` unchanged, and the backend\'s status, headers and body return to the client as they are. Path parameters reach the URL through `{name}` in the uri (filled by `requestParameters` on REST APIs, `{proxy+}` for a greedy path).',
    docUrl: TYPES_DOC,
  },
  MOCK: {
    summary:
      'API Gateway answers **without a backend**: the request template renders `{"statusCode": 200}` to choose the integration response, whose template and parameters produce the response. Used for CORS preflight (`OPTIONS`) and stubs.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html',
  },
};

/** Enum values of the other fields, upper case (OpenAPI accepts any case). */
export const VALUE_DOCS: Partial<Record<FieldName, Readonly<Record<string, ValueDoc>>>> = {
  passthroughBehavior: {
    WHEN_NO_MATCH: {
      summary: 'The default. A request whose Content-Type has no mapping template goes to the backend **unchanged**; a matching template is applied.',
      docUrl: PASSTHROUGH_DOC,
    },
    WHEN_NO_TEMPLATES: {
      summary: 'With no templates defined at all, requests pass through unchanged. Once any template is defined, a Content-Type without one is rejected with **415 Unsupported Media Type**.',
      docUrl: PASSTHROUGH_DOC,
    },
    NEVER: {
      summary: 'Never pass the body through: a request whose Content-Type has no mapping template is rejected with **415 Unsupported Media Type**. The strictest choice.',
      docUrl: PASSTHROUGH_DOC,
    },
  },
  contentHandling: {
    CONVERT_TO_BINARY: { summary: 'Decodes a base64-encoded payload into binary before it goes on.', docUrl: ENCODING_DOC },
    CONVERT_TO_TEXT: { summary: 'Encodes a binary payload as a base64 string before it goes on.', docUrl: ENCODING_DOC },
  },
  connectionType: {
    INTERNET: { summary: 'The default: the backend is reached over the internet.', docUrl: PRIVATE_DOC },
    VPC_LINK: {
      summary: 'A private integration: the request goes through the VPC link named by `connectionId` to a load balancer (REST: Network Load Balancer, or ALB/NLB with VPC link v2; HTTP APIs: ALB, NLB or Cloud Map) inside your VPC.',
      docUrl: PRIVATE_DOC,
    },
  },
  payloadFormatVersion: {
    '1.0': { summary: 'The REST API event format (`httpMethod`, `path`, `multiValueHeaders`, ...); the function must return `statusCode`/`headers`/`body`. The only format for non-Lambda integrations.', docUrl: PAYLOAD_DOC },
    '2.0': { summary: 'The simpler HTTP API event (`rawPath`, `rawQueryString`, `cookies`, `requestContext.http`). A plain return value (an object or string) is turned into a 200 JSON response. Lambda proxy only.', docUrl: PAYLOAD_DOC },
  },
  responseTransferMode: {
    BUFFERED: { summary: 'The default: API Gateway receives the whole backend response, then sends it.', docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html' },
    STREAM: {
      summary: 'Streams the backend response to the client as it arrives (Lambda: `path/2021-11-15/functions/{arn}/response-streaming-invocations`), lifting the response size limit.',
      docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
    },
  },
  httpMethod: {
    POST: { summary: 'Required for Lambda (`AWS_PROXY`, or `AWS` to a Lambda uri) and used by most AWS service actions.', docUrl: LAMBDA_PROXY_DOC },
    GET: { summary: 'Calls the backend with GET (no body is sent).', docUrl: TYPES_DOC },
    PUT: { summary: 'Calls the backend with PUT (e.g. S3 PutObject).', docUrl: TYPES_DOC },
    PATCH: { summary: 'Calls the backend with PATCH.', docUrl: TYPES_DOC },
    DELETE: { summary: 'Calls the backend with DELETE (e.g. S3 DeleteObject).', docUrl: TYPES_DOC },
    HEAD: { summary: 'Calls the backend with HEAD.', docUrl: TYPES_DOC },
    OPTIONS: { summary: 'Calls the backend with OPTIONS.', docUrl: TYPES_DOC },
    ANY: { summary: 'HTTP proxy integrations only: calls the backend with the client\'s own method.', docUrl: TYPES_DOC },
  },
};

/** How a field behaves for a given type, where that differs from its summary. */
export const FIELD_TYPE_NOTES: Partial<Record<FieldName, Partial<Record<IntegrationType, string>>>> = {
  uri: {
    AWS_PROXY: 'For this `AWS_PROXY` integration: the Lambda invocation ARN `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations` (HTTP APIs also accept the function ARN).',
    AWS: 'For this `AWS` integration: `arn:aws:apigateway:{region}:{service}:action/{Action}` (query-style actions) or `:path/{path}` (REST-style paths such as S3 or SQS queues), or a Lambda invocation ARN for a custom Lambda integration.',
    HTTP: 'For this `HTTP` integration: the absolute backend URL; `{name}` segments are filled by `integration.request.path.name` mappings.',
    HTTP_PROXY: 'For this `HTTP_PROXY` integration: the absolute backend URL (`{proxy}` for a greedy path); through a VPC link on HTTP APIs, a load balancer listener or Cloud Map service ARN.',
    MOCK: 'Not used by a `MOCK` integration.',
  },
  httpMethod: {
    AWS_PROXY: 'For this `AWS_PROXY` integration: `POST`, always (Lambda is invoked with POST whatever the client\'s method).',
    AWS: 'For this `AWS` integration: `POST` for Lambda and most actions; S3 paths use the object method (GET, PUT, DELETE).',
    HTTP: 'For this `HTTP` integration: the method the backend expects.',
    HTTP_PROXY: 'For this `HTTP_PROXY` integration: the method the backend expects, or `ANY` to forward the client\'s.',
    MOCK: 'Not used by a `MOCK` integration.',
  },
  credentials: {
    AWS: 'For this `AWS` integration: required for service actions (API Gateway has no other permission to call the service); for Lambda, either this role or an `AWS::Lambda::Permission`.',
    AWS_PROXY: 'For this `AWS_PROXY` integration: optional; without it the function needs an `AWS::Lambda::Permission` for `apigateway.amazonaws.com`.',
  },
  requestTemplates: {
    AWS: 'For this `AWS` integration: builds the service request (JSON for most actions, form-encoded for SQS/SNS) or the Lambda event.',
    MOCK: 'For this `MOCK` integration: render `{"statusCode": 200}` to select the integration response.',
  },
  responses: {
    AWS: 'For this `AWS` integration: patterns match the service\'s status code, or for Lambda the `errorMessage` of a failed invocation (`default` matches success).',
    HTTP: 'For this `HTTP` integration: patterns match the backend\'s HTTP status code.',
    MOCK: 'For this `MOCK` integration: patterns match the `statusCode` the request template rendered.',
  },
};

/** The note for `field` on an integration of `type`, including "does nothing" for ineffective fields. */
export function fieldNoteFor(field: FieldName, type: IntegrationType | undefined, effectiveFor: readonly IntegrationType[] | undefined): string | undefined {
  if (!type) return undefined;
  if (effectiveFor && !effectiveFor.includes(type)) {
    return type === 'AWS_PROXY' || type === 'HTTP_PROXY'
      ? `Ignored for this \`${type}\` integration: the request and response pass through unchanged.`
      : `Ignored for this \`${type}\` integration.`;
  }
  return FIELD_TYPE_NOTES[field]?.[type];
}

/** Media types offered as `requestTemplates`/`responseTemplates` keys. */
export const TEMPLATE_CONTENT_TYPES: readonly { type: string; summary: string }[] = [
  { type: 'application/json', summary: 'JSON requests: the usual choice.' },
  { type: 'application/x-www-form-urlencoded', summary: 'HTML form posts (`$input.body` is the raw form; parse it with `$util.urlDecode`).' },
  { type: 'text/plain', summary: 'Plain text bodies.' },
  { type: 'application/xml', summary: 'XML bodies (passed as text; JSONPath does not apply).' },
  { type: 'multipart/form-data', summary: 'Multipart uploads (binary unless listed in binary media types).' },
  { type: '$default', summary: 'WebSocket APIs: the template used when no other matches the selection expression.' },
];
