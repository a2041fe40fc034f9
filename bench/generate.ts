/**
 * Deterministic OpenAPI specs of any size for the benchmark and the incremental-parse tests: mixed integration
 * types (Lambda proxy, DynamoDB/SQS/Step Functions with multi-line mapping templates, HTTP with parameter
 * mappings, HTTP proxy, MOCK, `$ref` to component integrations), as YAML, JSON, or a SAM template with the spec
 * inline in `DefinitionBody` and its uris under `!Sub`/`!GetAtt`.
 *
 * Each operation's integration has a `timeoutInMillis: 29000` line: the benchmark edits one in the middle of the
 * file (29000 ↔ 35000, which adds/removes a `timeout-above-default-quota` warning) so every edit changes the
 * diagnostics.
 */

export type SpecFormat = 'yaml' | 'json' | 'sam';

/** A YAML tag around a value (`!Sub ...`); JSON output writes the long form (`{"Fn::Sub": ...}`). */
export class Tagged {
  constructor(
    readonly tag: string,
    readonly value: Value,
  ) {}
}

export type Value = string | number | boolean | null | Tagged | Value[] | { [key: string]: Value };

/** Small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES = ['orders', 'customers', 'products', 'invoices', 'shipments', 'payments', 'reviews', 'carts', 'users', 'stores'];

const DYNAMO_REQUEST = `#set($body = $input.path('$'))
{
  "TableName": "$stageVariables.tableName",
  "Key": {
    "id": { "S": "$util.escapeJavaScript($input.params('id'))" }
  },
  "ConsistentRead": true,
  "ReturnConsumedCapacity": "TOTAL"
}
`;

const DYNAMO_RESPONSE = `#set($item = $input.path('$.Item'))
#if($item == "")
#set($context.responseOverride.status = 404)
{ "message": "not found" }
#else
{
  "id": "$item.id.S",
  "name": "$util.escapeJavaScript($item.name.S)",
  "updated": "$item.updated.S",
  "tags": [
#foreach($tag in $item.tags.L)
    "$tag.S"#if($foreach.hasNext),#end
#end
  ]
}
#end
`;

const SQS_REQUEST = `Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageAttribute.1.Name=requestId&MessageAttribute.1.Value.StringValue=$context.requestId&MessageAttribute.1.Value.DataType=String`;

const SFN_REQUEST = `#set($input = $input.json('$'))
{
  "input": "$util.escapeJavaScript($input)",
  "name": "$context.requestId",
  "stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Workflow"
}
`;

const HTTP_RESPONSE = `#set($payload = $input.path('$'))
{
  "data": $input.json('$.data'),
  "page": "$input.params('page')",
  "requestId": "$context.requestId"
}
`;

function itemSchema(i: number): Value {
  return {
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'string', description: `Identifier of the record ${i}` },
      name: { type: 'string', maxLength: 128 },
      updated: { type: 'string', format: 'date-time' },
      tags: { type: 'array', items: { type: 'string' } },
    },
  };
}

function lambdaUri(name: string, sam: boolean): Value {
  if (sam) return new Tagged('!Sub', `arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${name}Function.Arn}/invocations`);
  return `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${name}/invocations`;
}

function role(sam: boolean): Value {
  return sam ? new Tagged('!GetAtt', 'ApiRole.Arn') : 'arn:aws:iam::123456789012:role/ApiGatewayServiceRole';
}

function responses(codes: string[]): Value {
  const out: Record<string, Value> = {};
  for (const code of codes) {
    out[code] = {
      description: code === '200' ? 'Success' : code === '404' ? 'Not found' : 'Error',
      content: { 'application/json': { schema: { $ref: code === '200' ? '#/components/schemas/Item' : '#/components/schemas/Error' } } },
    };
  }
  return out;
}

function integrationFor(kind: number, i: number, method: string, sam: boolean): Value {
  const name = `${RESOURCES[i % RESOURCES.length]}${i}`;
  switch (kind) {
    case 0:
      return { type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri(`Handle${name}`, sam), passthroughBehavior: 'when_no_match', timeoutInMillis: 29000 };
    case 1:
      return {
        type: 'aws',
        httpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/GetItem',
        credentials: role(sam),
        requestTemplates: { 'application/json': DYNAMO_REQUEST },
        responses: {
          default: { statusCode: '200', responseTemplates: { 'application/json': DYNAMO_RESPONSE } },
          '4\\d{2}': { statusCode: '400', responseTemplates: { 'application/json': '{"message": "$util.escapeJavaScript($input.path(\'$.message\'))"}' } },
        },
        passthroughBehavior: 'never',
        timeoutInMillis: 29000,
      };
    case 2:
      return {
        type: 'http',
        httpMethod: method.toUpperCase(),
        uri: `https://backend.example.com/${name}/{id}`,
        requestParameters: {
          'integration.request.path.id': 'method.request.path.id',
          'integration.request.header.X-Request-Id': 'context.requestId',
          'integration.request.querystring.page': 'method.request.querystring.page',
        },
        responses: { default: { statusCode: '200', responseTemplates: { 'application/json': HTTP_RESPONSE } } },
        passthroughBehavior: 'when_no_templates',
        timeoutInMillis: 29000,
      };
    case 3:
      return {
        type: 'aws',
        httpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue-' + name,
        credentials: role(sam),
        requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
        requestTemplates: { 'application/json': SQS_REQUEST },
        responses: { default: { statusCode: '200' } },
        passthroughBehavior: 'never',
        timeoutInMillis: 29000,
      };
    case 4:
      return {
        type: 'aws',
        httpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:states:action/StartExecution',
        credentials: role(sam),
        requestTemplates: { 'application/json': SFN_REQUEST },
        responses: { default: { statusCode: '200', responseTemplates: { 'application/json': '{"executionArn": "$input.path(\'$.executionArn\')"}' } } },
        timeoutInMillis: 29000,
      };
    case 5:
      return { type: 'http_proxy', httpMethod: 'ANY', uri: `https://proxy.example.com/${name}/{id}`, requestParameters: { 'integration.request.path.id': 'method.request.path.id' }, timeoutInMillis: 29000 };
    default:
      return {
        type: 'mock',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
        responses: { default: { statusCode: '200', responseTemplates: { 'application/json': `{"id": "$input.params('id')", "mock": true}` } } },
        timeoutInMillis: 29000,
      };
  }
}

/** The OpenAPI object with `paths` operations (1–3 methods each). */
export function buildSpec(pathCount: number, options: { sam?: boolean; seed?: number } = {}): { [key: string]: Value } {
  const sam = !!options.sam;
  const rand = random(options.seed ?? 7);
  const paths: Record<string, Value> = {};
  for (let i = 0; i < pathCount; i++) {
    const resource = RESOURCES[i % RESOURCES.length];
    const path = `/${resource}${i}/{id}`;
    const item: Record<string, Value> = {};
    const methods = ['get', 'post', 'delete'].slice(0, 1 + Math.floor(rand() * 3));
    methods.forEach((method, m) => {
      const kind = (i + m * 3) % 8;
      const operation: Record<string, Value> = {
        operationId: `${method}${resource[0].toUpperCase()}${resource.slice(1)}${i}`,
        summary: `${method.toUpperCase()} one ${resource.slice(0, -1)} of group ${i}`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
        ],
        responses: responses(method === 'get' ? ['200', '404'] : ['200', '400']),
      };
      if (method === 'post') operation.requestBody = { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } };
      operation['x-amazon-apigateway-integration'] =
        kind === 7 ? { $ref: '#/components/x-amazon-apigateway-integrations/shared' } : integrationFor(kind, i, method, sam);
      item[method] = operation;
    });
    paths[path] = item;
  }
  const schemas: Record<string, Value> = { Item: itemSchema(0), Error: { type: 'object', properties: { message: { type: 'string' } } } };
  for (let s = 1; s <= Math.min(50, Math.ceil(pathCount / 20)); s++) schemas[`Item${s}`] = itemSchema(s);
  return {
    openapi: '3.0.1',
    info: { title: `Generated API with ${pathCount} paths`, version: '1.0.0', description: 'Generated by bench/generate.ts for the performance benchmark.' },
    'x-amazon-apigateway-request-validators': { all: { validateRequestBody: true, validateRequestParameters: true } },
    'x-amazon-apigateway-binary-media-types': ['image/png', 'application/octet-stream'],
    paths,
    components: {
      schemas,
      'x-amazon-apigateway-integrations': {
        shared: { type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri('Shared', sam), passthroughBehavior: 'when_no_match', timeoutInMillis: 29000 },
      },
    },
  };
}

/** A SAM template holding the spec in `DefinitionBody`, with the functions and role its uris name. */
function samTemplate(pathCount: number, seed?: number): Value {
  const functions: Record<string, Value> = {};
  for (let i = 0; i < pathCount; i++) {
    const name = `Handle${RESOURCES[i % RESOURCES.length]}${i}Function`;
    if ((i % 8) !== 0 && ((i + 3) % 8) !== 0 && ((i + 6) % 8) !== 0) continue; // kinds that call Lambda
    functions[name] = { Type: 'AWS::Serverless::Function', Properties: { Handler: 'index.handler', Runtime: 'nodejs20.x', CodeUri: 'src/' } };
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: `Generated SAM template with ${pathCount} paths inline`,
    Resources: {
      Api: { Type: 'AWS::Serverless::Api', Properties: { StageName: 'prod', DefinitionBody: buildSpec(pathCount, { sam: true, seed }) } },
      ApiRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        },
      },
      SharedFunction: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'index.handler', Runtime: 'nodejs20.x', CodeUri: 'src/' } },
      ...functions,
    },
  };
}

export function generate(pathCount: number, format: SpecFormat, seed?: number): string {
  if (format === 'json') return JSON.stringify(toJson(buildSpec(pathCount, { seed })), null, 2) + '\n';
  return toYaml(format === 'sam' ? samTemplate(pathCount, seed) : buildSpec(pathCount, { seed }));
}

// ---------------------------------------------------------------------------------------------------------------
// Emitters

function toJson(value: Value): unknown {
  if (value instanceof Tagged) {
    const name = value.tag === '!Ref' || value.tag === '!Condition' ? value.tag.slice(1) : `Fn::${value.tag.slice(1)}`;
    return { [name]: toJson(value.value) };
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

export function toYaml(value: Value): string {
  const out: string[] = [];
  emitBlock(value, 0, out);
  return out.join('');
}

const PLAIN_SAFE = /^[A-Za-z_/$][A-Za-z0-9_./${}:\- ]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (PLAIN_SAFE.test(value) && !RESERVED.test(value) && !/: |\s#|:$| $/.test(value) && !/^\d/.test(value)) return value;
  return JSON.stringify(value);
}

function key(name: string): string {
  return scalar(name);
}

function isBlockString(value: Value): value is string {
  return typeof value === 'string' && value.includes('\n');
}

function emitInline(value: Value, indent: number, out: string[]): void {
  // After `key:` or `- `: a scalar on the same line, or a block on the next lines.
  if (value instanceof Tagged) {
    out.push(' ', value.tag);
    emitInline(value.value, indent, out);
    return;
  }
  if (isBlockString(value)) {
    out.push(value.endsWith('\n') ? ' |\n' : ' |-\n');
    const pad = ' '.repeat(indent + 2);
    for (const line of value.replace(/\n$/, '').split('\n')) out.push(line ? pad + line : '', '\n');
    return;
  }
  if (Array.isArray(value)) {
    if (!value.length) return void out.push(' []\n');
    out.push('\n');
    emitBlock(value, indent + 2, out);
    return;
  }
  if (value && typeof value === 'object') {
    if (!Object.keys(value).length) return void out.push(' {}\n');
    out.push('\n');
    emitBlock(value, indent + 2, out);
    return;
  }
  out.push(' ', scalar(value), '\n');
}

function emitBlock(value: Value, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Tagged) && Object.keys(item).length) {
        // `- key: value` with the other keys aligned under the first.
        const lines: string[] = [];
        emitBlock(item, indent + 2, lines);
        const text = lines.join('');
        out.push(pad, '- ', text.slice(indent + 2));
      } else {
        out.push(pad, '-');
        emitInline(item, indent, out);
      }
    }
    return;
  }
  if (value && typeof value === 'object' && !(value instanceof Tagged)) {
    for (const [k, v] of Object.entries(value)) {
      out.push(pad, key(k), ':');
      emitInline(v, indent, out);
    }
    return;
  }
  out.push(pad);
  emitInline(value, indent, out);
}

/** Offsets of every `timeoutInMillis: 29000` value in the text (the benchmark's edit sites). */
export function timeoutSites(text: string): number[] {
  const sites: number[] = [];
  const re = /timeoutInMillis"?: (29000)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sites.push(m.index + m[0].length - 5);
  return sites;
}
