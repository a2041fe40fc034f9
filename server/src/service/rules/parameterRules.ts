/**
 * Parameter mapping expressions in `requestParameters` / `responseParameters`, and cache keys.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
import { keyFor } from '../knowledge/integrationFields';
import type { IntegrationView } from '../model/integrationView';
import { getProperty, isArray, isIntrinsic, isObject, PropertyNode, scalarText } from '../parse/ast';
import { replaceNode } from '../parse/edits';
import type { IntegrationRule, RuleContext } from './context';
import { responseEntries } from './responseRules';
import { defineRule, perIntegration } from './record';

const LOCATIONS = '(path|querystring|header|multivaluequerystring|multivalueheader)';
const REST_REQUEST_KEY = new RegExp(`^integration\\.request\\.${LOCATIONS}\\.[^\\s]+$`);
const REST_REQUEST_VALUE = new RegExp(`^(method\\.request\\.${LOCATIONS}\\.[^\\s]+|method\\.request\\.body(\\..+)?|'[^']*'|context\\.[A-Za-z0-9_.$-]+|stageVariables\\.[A-Za-z0-9_.-]+)$`);
const REST_RESPONSE_KEY = /^method\.response\.header\.[^\s]+$/;
const REST_RESPONSE_VALUE = /^(integration\.response\.(header|multivalueheader)\.[^\s]+|integration\.response\.body(\..+)?|'[^']*'|context\.[A-Za-z0-9_.$-]+|stageVariables\.[A-Za-z0-9_.-]+)$/;
const HTTP_REQUEST_KEY = /^((append|overwrite|remove):(header|querystring)\.[^\s]+|overwrite:path)$/;
const HTTP_RESPONSE_KEY = /^((append|overwrite|remove):header\.[^\s]+|overwrite:statuscode)$/;
const HTTP_VALUE_VARIABLE = /\$(request\.(header|querystring|multivalueheader|multivaluequerystring|path|body)|context|stageVariables|response\.(header|body))\b/;

export const checkRequestParameters: IntegrationRule = (view, context) => {
  const parameters = view.value('requestParameters');
  if (!isObject(parameters) || view.has('integrationSubtype')) return;
  for (const p of parameters.properties) {
    if (view.protocol === 'rest') checkRestRequestMapping(view, p, context);
    else if (view.protocol === 'http') checkHttpMapping(p, HTTP_REQUEST_KEY, context, 'request');
  }
};

function checkRestRequestMapping(view: IntegrationView, p: PropertyNode, context: RuleContext): void {
  if (!REST_REQUEST_KEY.test(p.key.value)) {
    context.report('invalid-parameter-mapping', p.key, `\`${p.key.value}\` is not an integration request parameter: use integration.request.{path|querystring|header}.{name}.`);
    return;
  }
  const value = p.value;
  const text = scalarText(value);
  if (!value || text === undefined || isIntrinsic(value)) return;
  if (!REST_REQUEST_VALUE.test(text)) {
    context.report(
      'invalid-parameter-mapping',
      value,
      `\`${text}\` is not a mapping expression: use method.request.{path|querystring|header}.{name}, method.request.body[.JSONPath], context.{var}, stageVariables.{name}, or a static value in single quotes ('${text}').`,
      staticQuoteFix(value, text, context),
    );
    return;
  }
  const pathParam = /^method\.request\.path\.(.+)$/.exec(text);
  const operation = view.integration.operation;
  if (pathParam && operation && operation.path !== '?' && view.integration.location !== 'openapi-component') {
    if (!operation.parameters.path.includes(pathParam[1])) {
      const have = operation.parameters.path;
      context.report(
        'unknown-path-parameter',
        value,
        `The route \`${operation.path}\` has no path parameter \`${pathParam[1]}\`${have.length ? ` (it has ${have.map((h) => `\`${h}\``).join(', ')})` : ''}: API Gateway rejects the mapping.`,
        have.map((h, i) => ({ title: `Use '${h}'`, edits: [replaceNode(value, `method.request.path.${h}`)], preferred: i === 0 })),
      );
    }
  }
}

function checkHttpMapping(p: PropertyNode, keyPattern: RegExp, context: RuleContext, what: 'request' | 'response'): void {
  if (!keyPattern.test(p.key.value)) {
    const form = what === 'request' ? '{append|overwrite|remove}:{header|querystring}.{name} or overwrite:path' : '{append|overwrite|remove}:header.{name} or overwrite:statuscode';
    context.report('invalid-parameter-mapping', p.key, `\`${p.key.value}\` is not an HTTP API ${what} mapping: use ${form}.`);
    return;
  }
  const text = scalarText(p.value);
  if (p.value && text !== undefined && text.startsWith('$') && !HTTP_VALUE_VARIABLE.test(text)) {
    context.report('invalid-parameter-mapping', p.value, `\`${text}\` is not a mapping value: use $request.header.{name}, $request.querystring.{name}, $request.path.{name}, $request.body.{path}, $context.{var}, $stageVariables.{name}, or static text.`);
  }
}

export const checkResponseParameters: IntegrationRule = (view, context) => {
  if (view.protocol === 'http') {
    const byStatus = view.value('responseParameters');
    if (!isObject(byStatus)) return;
    for (const status of byStatus.properties) {
      if (!isObject(status.value)) continue;
      for (const p of status.value.properties) checkHttpMapping(p, HTTP_RESPONSE_KEY, context, 'response');
    }
    return;
  }
  if (view.protocol !== 'rest') return;
  for (const entry of responseEntries(view)) {
    const parameters = getProperty(entry.node, view.dialect === 'openapi' ? 'responseParameters' : 'ResponseParameters')?.value;
    if (!isObject(parameters)) continue;
    for (const p of parameters.properties) {
      if (!REST_RESPONSE_KEY.test(p.key.value)) {
        context.report('invalid-parameter-mapping', p.key, `\`${p.key.value}\` is not a method response header: use method.response.header.{name}.`);
        continue;
      }
      const text = scalarText(p.value);
      if (!p.value || text === undefined || isIntrinsic(p.value)) continue;
      if (!REST_RESPONSE_VALUE.test(text)) {
        context.report(
          'invalid-parameter-mapping',
          p.value,
          `\`${text}\` is not a mapping expression: use integration.response.header.{name}, integration.response.body[.JSONPath], context.{var}, stageVariables.{name}, or a static value in single quotes ('${text}').`,
          staticQuoteFix(p.value, text, context),
        );
      }
    }
  }
};

/** `"*"` → `"'*'"`: the usual mistake with static header values such as CORS origins. */
function staticQuoteFix(node: { offset: number; length: number }, text: string, context: RuleContext) {
  if (text.includes("'")) return [];
  const quoted = context.format === 'json' ? JSON.stringify(`'${text}'`) : `"'${text}'"`;
  return [{ title: `Use the static value '${text}'`, edits: [replaceNode(node, quoted)], preferred: true }];
}

export const checkCacheKeys: IntegrationRule = (view, context) => {
  const keys = view.value('cacheKeyParameters');
  if (!isArray(keys)) return;
  const requestParameters = view.value('requestParameters');
  if (requestParameters && !isObject(requestParameters)) return;
  const mappedKeys = new Set(isObject(requestParameters) ? requestParameters.properties.map((p) => p.key.value) : []);
  const mappedValues = new Set(isObject(requestParameters) ? requestParameters.properties.map((p) => scalarText(p.value) ?? '') : []);
  const declared = view.integration.operation?.parameters;
  for (const item of keys.items) {
    const text = scalarText(item);
    if (text === undefined) continue;
    const methodParam = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(text);
    if (methodParam) {
      if (mappedValues.has(text)) continue;
      const where = methodParam[1].replace('multivalue', '') as 'path' | 'querystring' | 'header';
      if (!declared || !declared.complete || declared[where].includes(methodParam[2])) continue;
    } else if (mappedKeys.has(text)) continue;
    context.report(
      'cache-key-not-mapped',
      item,
      `\`${text}\` is not a request parameter of this integration: cache keys must be method request parameters that \`${keyFor(view.dialect, 'requestParameters')}\` uses (e.g. \`integration.request.querystring.x: ${methodParam ? text : 'method.request.querystring.x'}\`).`,
    );
  }
};

/** The rules of this file (docs/adding-a-rule.md). */
export const PARAMETER_RULES = [
  defineRule({
    code: 'invalid-parameter-mapping',
    severity: 'error',
    family: 'integration',
    description: 'A malformed `requestParameters`/`responseParameters` mapping expression.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
    reads: ['integration', 'operation'],
    check: [perIntegration(checkRequestParameters), perIntegration(checkResponseParameters)],
  }),
  defineRule({
    code: 'unknown-path-parameter',
    severity: 'error',
    family: 'integration',
    description: 'A mapping that names a path parameter the route does not have.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
    reads: ['integration', 'operation'],
    check: perIntegration(checkRequestParameters),
  }),
  defineRule({
    code: 'cache-key-not-mapped',
    severity: 'warning',
    family: 'integration',
    description: 'A `cacheKeyParameters` entry that is not a method request parameter of the integration.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
    reads: ['integration', 'operation'],
    check: perIntegration(checkCacheKeys),
  }),
];
