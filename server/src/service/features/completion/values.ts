/**
 * Value completion: enum values with what each means, uris (the template's Lambda functions as invocation ARNs,
 * AWS service actions, URLs for the route), roles, VPC links, subtypes, and mapping expressions from the route's
 * declared parameters.
 */
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { SERVICE_ACTIONS, SERVICE_NAMES } from '../../knowledge/awsServiceActions';
import { FieldName, fieldForKey, FIELDS_BY_NAME } from '../../knowledge/integrationFields';
import { INTEGRATION_SUBTYPES } from '../../knowledge/integrationSubtypes';
import { TYPE_DOCS, VALUE_DOCS } from '../../knowledge/integrationValueDocs';
import type { IntegrationType } from '../../model/types';
import type { ValueCaret } from '../common/caret';
import { CompletionContext, ValueSpec } from './context';
import { docs } from '../common/docs';
import { target, typeValues } from './keys';
import type { Place } from '../common/places';
import { describeStatus, lambdaInvocationUri, serviceUriValue } from './skeletons';
import { getAtt, ref, str, stop } from '../common/snippetWriter';

type Context = CompletionContext<ValueCaret>;

export function valueItems(context: Context): CompletionItem[] {
  const slot = context.slot;
  const key = context.caret.key;
  const specs = ((): ValueSpec[] => {
    switch (slot.kind) {
      case 'integration': {
        if (key === '$ref') return componentRefs(slot.place);
        const field = fieldForKey(slot.place.dialect, key);
        return field ? fieldValues(context, slot.place, field.name) : [];
      }
      case 'field':
        return slot.field === 'requestParameters' ? requestParameterValues(context, slot.place, key) : [];
      case 'response':
        return responseValues(context, slot.place, key);
      case 'responseField':
        return slot.field === 'responseParameters' ? responseParameterValues(key) : [];
      default:
        return [];
    }
  })();
  return specs.map((spec) => context.valueItem(spec));
}

// ---------------------------------------------------------------------------------------------------------------
// Integration fields

function fieldValues(context: Context, place: Place, field: FieldName): ValueSpec[] {
  const type = place.view?.type.value;
  switch (field) {
    case 'type':
      return typeValues(context, place).map((value) => {
        const doc = TYPE_DOCS[value.toUpperCase() as IntegrationType];
        return { label: value, value: str(value), kind: CompletionItemKind.EnumMember, documentation: docs(doc.summary, doc.docUrl) };
      });
    case 'uri':
      return uriValues(context, place, type);
    case 'credentials':
      return credentialValues(context, place);
    case 'connectionId':
      return connectionIdValues(context, place);
    case 'integrationSubtype':
      return INTEGRATION_SUBTYPES.map((s) => ({
        label: s.name,
        value: str(s.name),
        kind: CompletionItemKind.EnumMember,
        documentation: docs(`Requires ${s.required.map((r) => `\`${r}\``).join(', ')} in requestParameters${s.optional.length ? `; optional: ${s.optional.map((o) => `\`${o}\``).join(', ')}` : ''}. The role in \`credentials\` must allow \`${s.action}\`.`, FIELDS_BY_NAME.get('integrationSubtype')!.docUrl),
      }));
    case 'timeoutInMillis': {
      const max = place.protocol === 'http' ? 30000 : 29000;
      return [max, 10000, 3000].map((n, i) => ({
        label: String(n),
        value: { kind: 'raw', text: String(n) },
        preselect: i === 0,
        documentation: docs(i === 0 ? `The default maximum for ${place.protocol === 'http' ? 'HTTP' : place.protocol === 'websocket' ? 'WebSocket' : 'REST'} APIs.` : `${n / 1000} seconds.`, FIELDS_BY_NAME.get('timeoutInMillis')!.docUrl),
      }));
    }
    case 'payloadFormatVersion': {
      const lambdaProxy = type === 'AWS_PROXY' && !place.view?.has('integrationSubtype');
      const values = lambdaProxy ? ['2.0', '1.0'] : ['1.0'];
      return values.map((v) => ({ label: v, value: str(v), kind: CompletionItemKind.EnumMember, documentation: docs(VALUE_DOCS.payloadFormatVersion![v].summary, VALUE_DOCS.payloadFormatVersion![v].docUrl) }));
    }
    default:
      return enumValues(context, place, field, type);
  }
}

function enumValues(context: Context, place: Place, field: FieldName, type: IntegrationType | undefined): ValueSpec[] {
  const info = FIELDS_BY_NAME.get(field);
  if (!info?.enumValues) return [];
  let values = [...info.enumValues];
  if (field === 'httpMethod') {
    const lambda = place.view?.callsLambda || type === 'AWS_PROXY';
    const routeMethod = place.method && place.method !== 'ANY' && place.method !== '?' ? place.method : undefined;
    const first = lambda ? 'POST' : routeMethod;
    if (first) values = [first, ...values.filter((v) => v !== first)];
    if (type && type !== 'HTTP_PROXY') values = values.filter((v) => v !== 'ANY');
  }
  const lower = place.dialect === 'openapi' && (isLower(context.caret.prefix) || (context.caret.prefix === '' && context.facts.lowerCaseTypes)) && field !== 'httpMethod';
  return values.map((value, i) => {
    const doc = VALUE_DOCS[field]?.[value];
    const written = lower ? value.toLowerCase() : value;
    return { label: written, value: str(written), kind: CompletionItemKind.EnumMember, preselect: i === 0 && field === 'httpMethod', documentation: doc ? docs(doc.summary, doc.docUrl) : undefined };
  });
}

function isLower(text: string): boolean {
  return /[a-z]/.test(text) && text === text.toLowerCase();
}

function uriValues(context: Context, place: Place, type: IntegrationType | undefined): ValueSpec[] {
  if (type === 'MOCK') return [];
  const specs: ValueSpec[] = [];
  const t = target(context, place);
  const facts = context.facts;
  const uriDoc = FIELDS_BY_NAME.get('uri')!.docUrl;
  const subtype = place.view?.has('integrationSubtype');
  if (!subtype && (type === undefined || type === 'AWS_PROXY' || type === 'AWS')) {
    for (const fn of facts.lambdaFunctions) {
      specs.push({
        label: fn.logicalId,
        description: 'Lambda function',
        detail: `Invocation ARN of ${fn.logicalId} (${fn.type})`,
        kind: CompletionItemKind.Function,
        value: lambdaInvocationUri(t, fn.logicalId),
        filterText: `${fn.logicalId} arn:aws:apigateway lambda`,
        documentation: docs(`Calls the template's function \`${fn.logicalId}\` through its invocation ARN (\`arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations\`).`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html'),
      });
    }
    if (!facts.lambdaFunctions.length) {
      specs.push({
        label: 'Lambda invocation ARN',
        description: 'Lambda',
        kind: CompletionItemKind.Snippet,
        value: lambdaInvocationUri(t, undefined),
        filterText: 'arn:aws:apigateway lambda invocation',
        documentation: docs('`arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`: replace FUNCTION_NAME with the function (or an alias/version ARN).', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html'),
      });
    }
  }
  if (!subtype && (type === undefined || type === 'AWS') && place.protocol !== 'http') {
    for (const action of SERVICE_ACTIONS) {
      specs.push({
        label: action.label,
        description: `${action.httpMethod} ${SERVICE_NAMES[action.service] ?? action.service}`,
        detail: `arn:aws:apigateway:{region}:${action.service}:${action.uriTail.replace('{account}', '{account}')}`,
        kind: CompletionItemKind.Module,
        value: serviceUriValue(t, action),
        filterText: `${action.label} arn:aws:apigateway:${action.service}`,
        documentation: docs(`${action.summary}\n\nCall it with \`httpMethod: ${action.httpMethod}\` and a role allowing \`${action.iamAction}\` in \`credentials\`.${action.requestTemplate ? `\n\nA request template to start from:\n\`\`\`json\n${action.requestTemplate}\n\`\`\`` : ''}`, action.docUrl),
      });
    }
  }
  if (type === undefined || type === 'HTTP' || type === 'HTTP_PROXY') {
    const vpcLink = place.view?.string('connectionType')?.toUpperCase() === 'VPC_LINK';
    if (vpcLink && place.protocol === 'http') {
      specs.push({
        label: 'Load balancer listener ARN',
        kind: CompletionItemKind.Snippet,
        value: str(stop(`arn:aws:elasticloadbalancing:${facts.region}:${facts.account}:listener/app/my-load-balancer/50dc6c495c0c9188/0467ef3c8400ae65`)),
        filterText: 'arn:aws:elasticloadbalancing listener',
        documentation: docs('HTTP API private integrations target an ALB/NLB listener ARN (or a Cloud Map service ARN).', uriDoc),
      });
    }
    const path = place.protocol === 'rest' && place.path && place.path !== '?' ? place.path.replace(/\{([^{}]+?)\+\}/g, '{$1}') : '/';
    specs.push({
      label: `https://example.com${path}`,
      description: 'URL',
      kind: CompletionItemKind.Snippet,
      value: str('https://', stop('example.com'), path),
      filterText: `https://example.com${path}`,
      documentation: docs(`The backend URL${path.includes('{') ? '; each `{name}` is filled by an `integration.request.path.name` mapping' : ''}.`, uriDoc),
    });
    specs.push({
      label: `https://\${stageVariables.backendHost}${path}`,
      description: 'URL from a stage variable',
      kind: CompletionItemKind.Snippet,
      value: str('https://${stageVariables.', stop('backendHost'), `}${path}`),
      filterText: `https://stageVariables.backendHost${path}`,
      documentation: docs('A backend host per stage: each stage sets the `backendHost` stage variable.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html'),
    });
  }
  return specs;
}

function credentialValues(context: Context, place: Place): ValueSpec[] {
  const specs: ValueSpec[] = [];
  const facts = context.facts;
  const doc = FIELDS_BY_NAME.get('credentials')!.docUrl;
  if (facts.isTemplate) {
    for (const role of facts.roles) {
      specs.push({ label: role.logicalId, description: 'IAM role', kind: CompletionItemKind.Reference, value: getAtt(role.logicalId, 'Arn'), filterText: `${role.logicalId} !GetAtt`, documentation: docs(`The ARN of the template's role \`${role.logicalId}\`. It must trust apigateway.amazonaws.com and allow the backend action.`, doc) });
    }
  }
  specs.push({ label: `arn:aws:iam::${facts.account}:role/ROLE_NAME`, description: 'IAM role ARN', kind: CompletionItemKind.Snippet, value: str(`arn:aws:iam::${facts.account}:role/`, stop('ROLE_NAME')), documentation: docs('A role API Gateway assumes to call the backend.', doc) });
  if (place.protocol !== 'http') {
    specs.push({ label: 'arn:aws:iam::*:user/*', description: "caller's identity", kind: CompletionItemKind.Value, value: str('arn:aws:iam::*:user/*'), documentation: docs('Calls the backend with the caller\'s own IAM credentials (methods with AWS_IAM authorization).', doc) });
  }
  return specs;
}

function connectionIdValues(context: Context, place: Place): ValueSpec[] {
  const specs: ValueSpec[] = [];
  const doc = FIELDS_BY_NAME.get('connectionId')!.docUrl;
  if (context.facts.isTemplate) {
    for (const link of context.facts.vpcLinks) specs.push({ label: link.logicalId, description: link.type, kind: CompletionItemKind.Reference, value: ref(link.logicalId), filterText: `${link.logicalId} !Ref`, documentation: docs(`The id of the template's VPC link \`${link.logicalId}\`.`, doc) });
  }
  if (place.dialect === 'openapi') specs.push({ label: '${stageVariables.vpcLinkId}', description: 'stage variable', value: str('${stageVariables.', stop('vpcLinkId'), '}'), filterText: 'stageVariables.vpcLinkId', documentation: docs('The VPC link id from a stage variable, so each stage can use its own.', doc) });
  return specs;
}

/** `#/components/x-amazon-apigateway-integrations/{name}` for each integration the API shares. */
export function componentRefs(place: Place): ValueSpec[] {
  if (place.dialect !== 'openapi' || !place.api || place.integration?.location === 'openapi-component') return [];
  return [...place.api.componentIntegrations.keys()].map((name) => ({
    label: `#/components/x-amazon-apigateway-integrations/${name}`,
    description: 'shared integration',
    kind: CompletionItemKind.Reference,
    value: str(`#/components/x-amazon-apigateway-integrations/${name}`),
    filterText: `#/components/x-amazon-apigateway-integrations/${name} ${name}`,
    documentation: docs(`Uses the integration \`${name}\` defined under \`components.x-amazon-apigateway-integrations\` (shared by several operations).`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integrations.html'),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Mappings

function requestParameterValues(context: Context, place: Place, key: string): ValueSpec[] {
  const declared = place.operation?.parameters;
  const specs: ValueSpec[] = [];
  const mappingDoc = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html';
  const httpApi = place.protocol === 'http' && place.protocolCertain;
  if (place.view?.has('integrationSubtype') || httpApi) {
    const where = /^(?:append|overwrite|remove):(header|querystring)\.(.+)$/.exec(key);
    const add = (label: string, value = label, doc = '') => specs.push({ label, value: str(value), documentation: docs(doc || 'An HTTP API mapping value.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html') });
    if (where) add(`$request.${where[1]}.${where[2]}`);
    for (const name of declared?.path ?? []) add(`$request.path.${name}`);
    for (const name of declared?.querystring ?? []) add(`$request.querystring.${name}`);
    for (const name of declared?.header ?? []) add(`$request.header.${name}`);
    add('$request.body', '$request.body', 'The whole request body.');
    specs.push({ label: '$request.body.field', value: str('$request.body.', stop('field')), documentation: docs('A field of the JSON body (JSONPath without `$.`).', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html') });
    add('$context.requestId');
    specs.push({ label: '$stageVariables.name', value: str('$stageVariables.', stop('name')), documentation: docs('A stage variable.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html') });
    return specs;
  }
  const target = /^integration\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(key);
  const method = (where: string, name: string, why: string, preselect = false) =>
    specs.push({ label: `method.request.${where}.${name}`, description: why, preselect, value: str(`method.request.${where}.${name}`), documentation: docs(`The ${where === 'path' ? 'path parameter' : where === 'header' ? 'header' : 'query string parameter'} \`${name}\` of the method request.`, mappingDoc) });
  if (target) {
    const where = target[1].replace('multivalue', '');
    const name = target[2];
    const list = where === 'path' ? declared?.path : where === 'querystring' ? declared?.querystring : declared?.header;
    if (list?.includes(name)) method(where, name, 'same name', true);
  }
  for (const name of declared?.path ?? []) method('path', name, 'route parameter');
  for (const name of declared?.querystring ?? []) method('querystring', name, 'declared query');
  for (const name of declared?.header ?? []) method('header', name, 'declared header');
  const unique = specs.filter((s, i) => specs.findIndex((o) => o.label === s.label) === i);
  unique.push(
    { label: 'method.request.body', value: str('method.request.body'), documentation: docs('The whole request body.', mappingDoc) },
    { label: 'method.request.body.JSONPath', value: str('method.request.body.', stop('field')), documentation: docs('A field of the JSON body (JSONPath without `$.`).', mappingDoc) },
    { label: 'context.requestId', value: str('context.requestId'), documentation: docs('A `$context` variable (requestId, identity.sourceIp, authorizer.principalId, ...).', mappingDoc) },
    { label: 'stageVariables.name', value: str('stageVariables.', stop('name')), documentation: docs('A stage variable.', mappingDoc) },
    { label: "'static value'", value: str("'", stop('value'), "'"), documentation: docs('A static value: in single quotes (inside the YAML/JSON string).', mappingDoc) },
  );
  return unique;
}

function responseValues(context: Context, place: Place, key: string): ValueSpec[] {
  const codes = (place.operation?.responseCodes ?? []).filter((c) => /^[1-5]\d\d$/.test(c));
  const doc = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html';
  if (key === 'statusCode' || key === 'StatusCode') {
    const list = codes.length ? codes : ['200', '400', '500'];
    return list.map((code, i) => ({
      label: code,
      description: describeStatus(code),
      value: str(code),
      preselect: i === 0,
      documentation: docs(codes.length ? `Declared by the method: ${describeStatus(code)}.` : `${describeStatus(code)} (declare it on the method too).`, doc),
    }));
  }
  if (key === 'SelectionPattern') {
    const patterns = [...codes.filter((c) => !c.startsWith('2')), '4\\d{2}', '5\\d{2}'];
    return [...new Set(patterns)].map((p) => ({ label: p, value: str(p), documentation: docs('A Java regular expression matched against the backend status code (or the Lambda `errorMessage`).', doc) }));
  }
  if (key === 'contentHandling' || key === 'ContentHandling') {
    return ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'].map((v) => ({ label: v, value: str(v), documentation: docs(VALUE_DOCS.contentHandling![v].summary, VALUE_DOCS.contentHandling![v].docUrl) }));
  }
  void context;
  return [];
}

function responseParameterValues(key: string): ValueSpec[] {
  const header = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
  const doc = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html';
  const specs: ValueSpec[] = [];
  if (header === 'Access-Control-Allow-Origin') specs.push({ label: "'*'", value: str("'*'"), preselect: true, documentation: docs('Any origin (static values go in single quotes).', doc) });
  if (header) specs.push({ label: `integration.response.header.${header}`, value: str(`integration.response.header.${header}`), documentation: docs('The backend response\'s header of the same name.', doc) });
  specs.push(
    { label: 'integration.response.body.JSONPath', value: str('integration.response.body.', stop('field')), documentation: docs('A field of the backend\'s JSON response.', doc) },
    { label: "'static value'", value: str("'", stop('value'), "'"), documentation: docs('A static value: in single quotes.', doc) },
  );
  return specs;
}
