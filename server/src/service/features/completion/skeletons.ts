/**
 * Integration skeletons: whole integrations offered as completions where an integration may go (an OpenAPI
 * operation, a Method's Properties, an empty integration object, a path item for CORS). Each is described once
 * with canonical field names and spelled for the dialect (`uri`/`Uri`/`IntegrationUri`) and the kind of API
 * (REST, HTTP, WebSocket); values come from the file (its Lambda functions, roles, queues, route parameters and
 * declared status codes), so an inserted skeleton is valid as it stands.
 *
 * Sources: knowledge/integrationFields.ts, knowledge/awsServiceActions.ts, knowledge/integrationSubtypes.ts;
 * CORS: https://docs.aws.amazon.com/apigateway/latest/developerguide/enable-cors-for-resource-using-swagger-importer-tool.html
 */
import { serviceAction, ServiceAction } from '../../knowledge/awsServiceActions';
import { FieldName, keyFor } from '../../knowledge/integrationFields';
import type { Dialect, IntegrationType, Protocol } from '../../model/types';
import type { FileFacts } from '../common/fileFacts';
import { block, getAtt, list, map, Part, ref, SnippetValue, stop, str, sub } from '../common/snippetWriter';

export interface SkeletonTarget {
  readonly dialect: Dialect;
  readonly protocol: Protocol;
  readonly facts: FileFacts;
  /** The route the integration serves, when known. */
  readonly route?: { readonly path: string; readonly method: string; readonly pathParameters: readonly string[]; readonly responseCodes: readonly string[] | undefined };
}

/** A status code an integration response maps to, and the headers it sets: the method must declare both. */
export interface StatusUse {
  readonly code: string;
  readonly headers: readonly string[];
}

export interface Skeleton {
  readonly id: string;
  readonly label: string;
  readonly type: IntegrationType;
  readonly documentation: string;
  /** The integration object's properties, spelled for the dialect. */
  readonly body: readonly (readonly [string, SnippetValue])[];
  readonly statusCodes: readonly StatusUse[];
}

export const CORS_HEADERS = ['Access-Control-Allow-Headers', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Origin'] as const;

type Fields = [FieldName, SnippetValue | undefined][];

export function skeletonsFor(target: SkeletonTarget): Skeleton[] {
  const build = new Builder(target);
  const skeletons: (Skeleton | undefined)[] = [];
  if (target.protocol === 'http') {
    skeletons.push(build.lambdaProxy(), build.httpProxy(), build.vpcLink(), build.subtype('sqs:SendMessage'), build.subtype('states:StartExecution'), build.subtype('events:PutEvents'));
  } else if (target.protocol === 'websocket') {
    skeletons.push(build.lambdaProxy(), build.httpProxy());
  } else {
    skeletons.push(
      build.lambdaProxy(),
      build.lambdaCustom(),
      build.http(),
      build.httpProxy(),
      build.mock(),
      build.vpcLink(),
      build.service('sqs:SendMessage'),
      build.service('dynamodb:PutItem'),
      build.service('states:StartExecution'),
      build.service('events:PutEvents'),
    );
  }
  return skeletons.filter((s): s is Skeleton => !!s);
}

/** The MOCK integration that answers a CORS preflight (`OPTIONS`) with the Access-Control-* headers. */
export function corsSkeleton(target: SkeletonTarget, methods: readonly string[]): Skeleton {
  return new Builder(target).cors(methods);
}

class Builder {
  constructor(private readonly t: SkeletonTarget) {}

  private get isTemplate(): boolean {
    return this.t.facts.isTemplate;
  }

  private type(type: IntegrationType): SnippetValue {
    return this.enumValue(type);
  }

  /** Enum values in the file's case: OpenAPI files that write `aws_proxy` get `when_no_match` too. */
  private enumValue(value: string): SnippetValue {
    return str(this.t.dialect === 'openapi' && this.t.facts.lowerCaseTypes ? value.toLowerCase() : value);
  }

  private make(id: string, label: string, type: IntegrationType, documentation: string, fields: Fields, statusCodes: StatusUse[] = []): Skeleton {
    const body: [string, SnippetValue][] = [];
    for (const [name, value] of fields) {
      const key = keyFor(this.t.dialect, name);
      if (key && value) body.push([key, value]);
    }
    return { id, label, type, documentation, body, statusCodes };
  }

  /** The status code success maps to: the operation's first declared 2xx, else 200. */
  private successCode(): string {
    const codes = this.t.route?.responseCodes ?? [];
    return codes.find((c) => /^2\d\d$/.test(c)) ?? codes.find((c) => /^[1-5]\d\d$/.test(c)) ?? '200';
  }

  private responses(code: string, extra: [string, SnippetValue][] = []): SnippetValue | undefined {
    if (this.t.dialect === 'openapi') return map(['default', map(['statusCode', str(code)], ...extra)]);
    if (this.t.dialect === 'cfn-method') return list(map(['StatusCode', str(code)], ...extra.map(([k, v]) => [k[0].toUpperCase() + k.slice(1), v] as const)));
    return undefined;
  }

  private usesResponses(): boolean {
    return this.t.dialect !== 'cfn-v2';
  }

  private routeMethod(fallback: string): string {
    const method = this.t.route?.method;
    return method && method !== 'ANY' && method !== '?' ? method : fallback;
  }

  lambdaUri(): SnippetValue {
    return lambdaInvocationUri(this.t, this.t.facts.lambdaFunctions[0]?.logicalId);
  }

  private credentials(): SnippetValue {
    const role = this.t.facts.roles[0];
    if (this.isTemplate && role) return getAtt(role.logicalId, 'Arn');
    if (this.isTemplate) return sub('arn:aws:iam::${AWS::AccountId}:role/', stop('ROLE_NAME'));
    return str(`arn:aws:iam::${this.t.facts.account}:role/`, stop('ROLE_NAME'));
  }

  /** `https://example.com/pets/{petId}` for the route, with the path parameter mappings it needs (REST). */
  private routeUrl(scheme: string, host: string): { uri: SnippetValue; parameters: SnippetValue | undefined } {
    const route = this.t.route;
    if (!route || route.path === '?' || this.t.protocol !== 'rest') return { uri: str(`${scheme}://`, stop(host), '/'), parameters: undefined };
    const path = route.path.replace(/\{([^{}]+?)\+\}/g, '{$1}');
    const names = [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
    const parameters = names.length ? map(...names.map((n) => [`integration.request.path.${n}`, str(`method.request.path.${n}`)] as const)) : undefined;
    return { uri: str(`${scheme}://`, stop(host), path), parameters };
  }

  lambdaProxy(): Skeleton {
    return this.make(
      'lambda-proxy',
      'Lambda proxy integration',
      'AWS_PROXY',
      'The whole request goes to the function, whose return value `{statusCode, headers, body}` is the response.',
      [
        ['type', this.type('AWS_PROXY')],
        ['httpMethod', str('POST')],
        ['uri', this.lambdaUri()],
        ['payloadFormatVersion', this.t.protocol === 'http' ? str('2.0') : undefined],
      ],
    );
  }

  lambdaCustom(): Skeleton {
    const code = this.successCode();
    return this.make(
      'lambda-custom',
      'Lambda custom integration',
      'AWS',
      'Lambda behind mapping templates: the request template builds the event, integration responses map the result and errors.',
      [
        ['type', this.type('AWS')],
        ['httpMethod', str('POST')],
        ['uri', this.lambdaUri()],
        ['requestTemplates', map(['application/json', block(`{\n  "body": $input.json('$'),\n  "resourcePath": "$context.resourcePath",\n  "requestId": "$context.requestId"\n}`)])],
        ['passthroughBehavior', this.enumValue('WHEN_NO_TEMPLATES')],
        ['responses', this.responses(code)],
      ],
      [{ code, headers: [] }],
    );
  }

  http(): Skeleton {
    const code = this.successCode();
    const { uri, parameters } = this.routeUrl('https', 'example.com');
    return this.make(
      'http',
      'HTTP integration',
      'HTTP',
      'An HTTP backend behind mapping templates and integration responses (selection patterns match its status code).',
      [
        ['type', this.type('HTTP')],
        ['httpMethod', str(this.routeMethod('GET'))],
        ['uri', uri],
        ['requestParameters', parameters],
        ['passthroughBehavior', this.enumValue('WHEN_NO_MATCH')],
        ['responses', this.responses(code)],
      ],
      [{ code, headers: [] }],
    );
  }

  httpProxy(): Skeleton {
    const { uri, parameters } = this.routeUrl('https', 'example.com');
    return this.make(
      'http-proxy',
      'HTTP proxy integration',
      'HTTP_PROXY',
      'Passes the request to an HTTP backend and its response back, unchanged.',
      [
        ['type', this.type('HTTP_PROXY')],
        ['httpMethod', str(this.t.protocol === 'http' ? 'ANY' : this.routeMethod('GET'))],
        ['uri', uri],
        ['requestParameters', parameters],
        ['payloadFormatVersion', this.t.protocol === 'http' ? str('1.0') : undefined],
      ],
    );
  }

  mock(): Skeleton {
    const code = this.successCode();
    return this.make(
      'mock',
      'Mock integration',
      'MOCK',
      'API Gateway answers by itself: the request template picks the status, the response template writes the body.',
      [
        ['type', this.type('MOCK')],
        ['requestTemplates', map(['application/json', str(`{"statusCode": ${code}}`)])],
        ['passthroughBehavior', this.enumValue('WHEN_NO_MATCH')],
        ['responses', this.responses(code, [['responseTemplates', map(['application/json', str('{"message": "mocked"}')])]])],
      ],
      [{ code, headers: [] }],
    );
  }

  vpcLink(): Skeleton {
    const http = this.t.protocol === 'http';
    const link = this.t.facts.vpcLinks[0];
    // A standalone OpenAPI file takes the id from a stage variable; a template refers to its VpcLink (a stage
    // variable there would need every stage to define it).
    const connectionId = this.isTemplate ? (link ? ref(link.logicalId) : str(stop('VPC_LINK_ID'))) : str('${stageVariables.vpcLinkId}');
    const target = http
      ? { uri: str(stop(`arn:aws:elasticloadbalancing:${this.t.facts.region}:${this.t.facts.account}:listener/app/my-load-balancer/50dc6c495c0c9188/0467ef3c8400ae65`)), parameters: undefined }
      : this.routeUrl('http', 'internal-nlb.example.com');
    return this.make(
      'vpc-link',
      'Private integration (VPC link)',
      'HTTP_PROXY',
      http
        ? 'An HTTP proxy to a load balancer listener (or Cloud Map service) in your VPC, through a VPC link.'
        : 'An HTTP proxy to a Network Load Balancer in your VPC, through a VPC link; the uri\'s host is sent as the Host header.',
      [
        ['type', this.type('HTTP_PROXY')],
        ['connectionType', str('VPC_LINK')],
        ['connectionId', connectionId],
        ['httpMethod', str(http ? 'ANY' : this.routeMethod('GET'))],
        ['uri', target.uri],
        ['requestParameters', target.parameters],
        ['payloadFormatVersion', http ? str('1.0') : undefined],
      ],
    );
  }

  /** REST: a direct AWS service call (type AWS) with its uri, role, parameters and request template. */
  service(id: string): Skeleton {
    const action = serviceAction(id);
    const code = this.successCode();
    const parameters = action.requestParameters ? map(...Object.entries(action.requestParameters).map(([k, v]) => [k, str(v)] as const)) : undefined;
    return this.make(
      `service:${id}`,
      `${action.label} integration`,
      'AWS',
      `${action.summary} The role in \`credentials\` must allow \`${action.iamAction}\`.`,
      [
        ['type', this.type('AWS')],
        ['httpMethod', str(action.httpMethod)],
        ['credentials', this.credentials()],
        ['uri', this.serviceUri(action)],
        ['requestParameters', parameters],
        ['requestTemplates', action.requestTemplate ? map(['application/json', block(action.requestTemplate)]) : undefined],
        ['passthroughBehavior', this.enumValue('NEVER')],
        ['responses', this.responses(code)],
      ],
      [{ code, headers: [] }],
    );
  }

  serviceUri(action: ServiceAction): SnippetValue {
    return serviceUriValue(this.t, action);
  }

  /** HTTP APIs: the AWS service integration by subtype, configured by request parameters. */
  subtype(id: string): Skeleton | undefined {
    const action = serviceAction(id);
    if (!action.subtype) return undefined;
    const queue = this.t.facts.queues[0];
    const machine = this.t.facts.stateMachines[0];
    const { region, account } = this.t.facts;
    const template = this.isTemplate;
    const parameters: Record<string, [string, SnippetValue][]> = {
      'SQS-SendMessage': [
        ['QueueUrl', template && queue ? ref(queue.logicalId) : str(stop(`https://sqs.${region}.amazonaws.com/${account}/QUEUE_NAME`))],
        ['MessageBody', str('$request.body')],
      ],
      'StepFunctions-StartExecution': [
        ['StateMachineArn', template && machine ? ref(machine.logicalId) : str(stop(`arn:aws:states:${region}:${account}:stateMachine:STATE_MACHINE`))],
        ['Input', str('$request.body')],
      ],
      'EventBridge-PutEvents': [
        ['Source', str(stop('my.application'))],
        ['DetailType', str(stop('DETAIL_TYPE'))],
        ['Detail', str('$request.body')],
      ],
    };
    return this.make(
      `subtype:${action.subtype}`,
      `${action.label} integration`,
      'AWS_PROXY',
      `An HTTP API AWS service integration (\`${action.subtype}\`), configured by request parameters. The role in \`credentials\` must allow \`${action.iamAction}\`.`,
      [
        ['type', this.type('AWS_PROXY')],
        ['integrationSubtype', str(action.subtype)],
        ['credentials', this.credentials()],
        ['requestParameters', map(...(parameters[action.subtype] ?? []))],
        ['payloadFormatVersion', str('1.0')],
      ],
    );
  }

  cors(methods: readonly string[]): Skeleton {
    const allowMethods = [...new Set([...methods.map((m) => m.toUpperCase()), 'OPTIONS'])].join(',');
    const headers: [string, SnippetValue][] = [
      ['method.response.header.Access-Control-Allow-Headers', str("'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'")],
      ['method.response.header.Access-Control-Allow-Methods', str(`'${allowMethods}'`)],
      ['method.response.header.Access-Control-Allow-Origin', str("'", stop('*'), "'")],
    ];
    return this.make(
      'cors',
      'CORS preflight (OPTIONS mock)',
      'MOCK',
      'Answers the browser\'s CORS preflight without a backend: 200 with the Access-Control-Allow-* headers.',
      [
        ['type', this.type('MOCK')],
        ['requestTemplates', map(['application/json', str('{"statusCode": 200}')])],
        ['passthroughBehavior', this.enumValue('WHEN_NO_MATCH')],
        ['responses', this.responses('200', [['responseParameters', map(...headers)], ['responseTemplates', map(['application/json', str('')])]])],
      ],
      [{ code: '200', headers: [...CORS_HEADERS] }],
    );
  }
}

/** The Lambda invocation ARN: `!Sub ...${Fn.Arn}...` for a function of the template, else a placeholder ARN. */
export function lambdaInvocationUri(t: SkeletonTarget, functionId: string | undefined): SnippetValue {
  const head = 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/';
  if (t.facts.isTemplate && functionId) return sub(head + '${', stop(functionId), '.Arn}/invocations');
  if (t.facts.isTemplate) return sub(head + 'arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:', stop('FUNCTION_NAME'), '/invocations');
  const { region, account } = t.facts;
  return str(`arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${account}:function:`, stop('FUNCTION_NAME'), '/invocations');
}

/** `arn:aws:apigateway:{region}:{service}:{tail}`, `!Sub` in templates (with the template's queue when it has one). */
export function serviceUriValue(t: SkeletonTarget, action: ServiceAction): SnippetValue {
  const parts: Part[] = [];
  const template = t.facts.isTemplate;
  const queue = t.facts.queues[0];
  parts.push(`arn:aws:apigateway:${template ? '${AWS::Region}' : t.facts.region}:${action.service}:`);
  for (const token of action.uriTail.split(/(\{account\}|[A-Z][A-Z_]*[A-Z])/)) {
    if (!token) continue;
    if (token === '{account}') parts.push(template ? '${AWS::AccountId}' : t.facts.account);
    else if (token === 'QUEUE_NAME' && template && queue) parts.push('${', stop(queue.logicalId), '.QueueName}');
    else if (/^[A-Z][A-Z_]*[A-Z]$/.test(token)) parts.push(stop(token));
    else parts.push(token);
  }
  return template ? sub(...parts) : str(...parts);
}

/** OpenAPI method-response declaration for `use` (`"200": {description, headers}`), Swagger 2 or OpenAPI 3. */
export function openApiResponse(use: StatusUse, version: '2.0' | '3.x' | undefined): SnippetValue {
  const headerSchema = version === '2.0' ? map(['type', str('string')]) : map(['schema', map(['type', str('string')])]);
  return map(['description', str(describeStatus(use.code))], use.headers.length > 0 && ['headers', map(...use.headers.map((h) => [h, headerSchema] as const))]);
}

/** CloudFormation `MethodResponses` item for `use`. */
export function methodResponseItem(use: StatusUse): SnippetValue {
  return map(['StatusCode', str(use.code)], use.headers.length > 0 && ['ResponseParameters', map(...use.headers.map((h) => [`method.response.header.${h}`, { kind: 'raw', text: 'true' } as SnippetValue] as const))]);
}

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No Content',
  '301': 'Moved Permanently',
  '302': 'Found',
  '304': 'Not Modified',
  '400': 'Bad Request',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'Not Found',
  '409': 'Conflict',
  '415': 'Unsupported Media Type',
  '422': 'Unprocessable Entity',
  '429': 'Too Many Requests',
  '500': 'Internal Server Error',
  '502': 'Bad Gateway',
  '503': 'Service Unavailable',
  '504': 'Gateway Timeout',
};

export function describeStatus(code: string): string {
  return STATUS_TEXT[code] ?? `Status ${code}`;
}
