/**
 * Keys and values of the integration object: unknown keys, fields that do nothing for the type, value types,
 * enums and the timeout range.
 * Sources: see knowledge/integrationFields.ts; timeouts: https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
 */
import { FIELDS, FieldInfo, fieldForKey, keysOf } from '../knowledge/integrationFields';
import type { IntegrationView } from '../model/integrationView';
import type { Dialect } from '../model/types';
import { AstNode, isArray, isIntrinsic, isObject, PropertyNode, scalarText } from '../parse/ast';
import { removeProperty, replaceNode } from '../parse/edits';
import { closest, didYouMean } from '../util/didYouMean';
import type { IntegrationRule, RuleContext } from './context';
import { defineRule, perIntegration } from './record';

const DIALECTS: Dialect[] = ['openapi', 'cfn-method', 'cfn-v2'];

export const checkUnknownKeys: IntegrationRule = (view, context) => {
  const known = keysOf(view.dialect);
  for (const property of view.unknownKeys()) {
    const key = property.key.value;
    if (key.startsWith('x-') || key === '$ref') continue;
    const suggestions = otherDialectSpelling(view.dialect, key) ?? closest(key, known);
    const where = view.dialect === 'openapi' ? 'x-amazon-apigateway-integration' : view.dialect === 'cfn-method' ? 'AWS::ApiGateway::Method Integration' : 'AWS::ApiGatewayV2::Integration';
    context.report(
      'unknown-field',
      property.key,
      `\`${key}\` is not a property of ${where}${view.dialect === 'openapi' ? '' : ': CloudFormation rejects the template'}.${didYouMean(suggestions)}`,
      suggestions.map((s, i) => ({ title: `Rename to '${s}'`, edits: [replaceNode(property.key, quoteKeyLike(property, s))], preferred: i === 0 })),
    );
  }
};

/** `httpMethod` in a CloudFormation Method means `IntegrationHttpMethod`; `Uri` in OpenAPI means `uri`. */
function otherDialectSpelling(dialect: Dialect, key: string): string[] | undefined {
  for (const other of DIALECTS) {
    const field = FIELDS.find((f) => f.spelling[other]?.toLowerCase() === key.toLowerCase());
    const spelling = field?.spelling[dialect];
    if (spelling && spelling !== key) return [spelling];
  }
  return undefined;
}

function quoteKeyLike(property: PropertyNode, key: string): string {
  const style = property.key.style;
  if (style === 'json' || style === 'double') return JSON.stringify(key);
  if (style === 'single') return `'${key}'`;
  return key;
}

export const checkIneffectiveFields: IntegrationRule = (view, context) => {
  const type = view.type.value;
  for (const property of view.node.properties) {
    const field = fieldForKey(view.dialect, property.key.value);
    if (!field) continue;
    const reason = ineffectiveReason(view, field, type);
    if (!reason) continue;
    context.report('ineffective-field', property.key, `\`${property.key.value}\` does nothing ${reason}.`, [
      { title: `Remove '${property.key.value}'`, edits: [removeProperty(context.text, context.format, property)] },
    ]);
  }
};

function ineffectiveReason(view: IntegrationView, field: FieldInfo, type: string | undefined): string | undefined {
  if (view.integration.protocolCertain && !field.protocols.includes(view.protocol)) {
    if (field.name === 'integrationSubtype') return undefined; // its own rule explains
    return `on ${view.protocol === 'http' ? 'an HTTP API' : view.protocol === 'websocket' ? 'a WebSocket API' : 'a REST API'}`;
  }
  if (type && field.effectiveFor && !field.effectiveFor.includes(type as never)) {
    if (type === 'AWS_PROXY' || type === 'HTTP_PROXY') return `for a ${type} integration: the request and response pass through unchanged`;
    return `for a ${type} integration`;
  }
  return undefined;
}

export const checkValueTypes: IntegrationRule = (view, context) => {
  for (const property of view.node.properties) {
    const field = fieldForKey(view.dialect, property.key.value);
    const value = property.value;
    if (!field || !value || isIntrinsic(value)) continue;
    const problem = valueTypeProblem(field, value);
    if (problem) context.report('wrong-value-type', value, `\`${property.key.value}\` ${problem}.`);
    else checkEnum(view, field, property, context);
  }
};

function valueTypeProblem(field: FieldInfo, value: AstNode): string | undefined {
  switch (field.kind) {
    case 'string':
      return scalarText(value) === undefined ? 'must be a string' : undefined;
    case 'integer': {
      const text = scalarText(value);
      return text === undefined || !/^\d+$/.test(text) ? 'must be a whole number' : undefined;
    }
    case 'stringArray':
      return isArray(value) ? undefined : 'must be a list of strings';
    case 'stringMap': {
      if (!isObject(value)) return 'must be a map of strings';
      const bad = value.properties.find((p) => p.value && !isIntrinsic(p.value) && scalarText(p.value) === undefined);
      return bad ? `must map each key to a string (\`${bad.key.value}\` does not)` : undefined;
    }
    case 'object':
      return isObject(value) || (field.name === 'responses' && isArray(value)) ? undefined : 'must be a map';
  }
}

/** Enum values. OpenAPI import ignores case; CloudFormation passes values through to API Gateway as written. */
function checkEnum(view: IntegrationView, field: FieldInfo, property: PropertyNode, context: RuleContext): void {
  const values = field.enumValues;
  const value = property.value;
  const text = scalarText(value);
  if (!values || !value || text === undefined) return;
  if (field.name === 'type' || field.name === 'payloadFormatVersion' || field.name === 'httpMethod') return; // own rules
  const match = values.find((v) => v.toUpperCase() === text.toUpperCase());
  if (match && (match === text || view.dialect === 'openapi')) return;
  const suggestions = match ? [match] : closest(text, values);
  context.report(
    'invalid-enum-value',
    value,
    `\`${text}\` is not a valid ${property.key.value}: use ${values.join(', ')}.${didYouMean(suggestions)}`,
    suggestions.map((s, i) => ({ title: `Change to '${s}'`, edits: [replaceNode(value, s)], preferred: i === 0 })),
  );
}

export const checkTimeout: IntegrationRule = (view, context) => {
  const node = view.value('timeoutInMillis');
  const text = scalarText(node);
  if (!node || text === undefined || !/^\d+$/.test(text)) return;
  const value = Number(text);
  const max = view.protocol === 'http' ? 30_000 : 29_000;
  if (value < 50) {
    context.report('timeout-range', node, `timeoutInMillis must be at least 50 ms.`);
  } else if (value > max && view.protocol === 'rest') {
    context.report(
      'timeout-above-default-quota',
      node,
      `REST API integrations time out after at most 29,000 ms by default. Regional and private APIs can raise this quota through a Service Quotas request (it may lower the account's throttle quota); edge-optimized APIs cannot.`,
    );
  } else if (value > max) {
    context.report('timeout-range', node, `${view.protocol === 'http' ? 'HTTP' : 'WebSocket'} API integrations accept 50–${max.toLocaleString('en-US')} ms.`);
  }
};

/** The rules of this file (docs/adding-a-rule.md). */
export const FIELD_RULES = [
  defineRule({
    code: 'unknown-field',
    severity: 'warning',
    family: 'integration',
    description: 'A key the integration object does not define.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration'],
    check: perIntegration(checkUnknownKeys),
  }),
  defineRule({
    code: 'ineffective-field',
    severity: 'hint',
    family: 'integration',
    description: 'A field that does nothing for this integration type.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration'],
    check: perIntegration(checkIneffectiveFields),
    unnecessary: true,
  }),
  defineRule({
    code: 'wrong-value-type',
    severity: 'error',
    family: 'integration',
    description: 'A value of the wrong type (a list where a map is expected, text where a number is, ...).',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration'],
    check: perIntegration(checkValueTypes),
  }),
  defineRule({
    code: 'invalid-enum-value',
    severity: 'error',
    family: 'integration',
    description: 'A value outside the field\'s allowed values.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration'],
    check: perIntegration(checkValueTypes),
  }),
  defineRule({
    code: 'timeout-range',
    severity: 'error',
    family: 'integration',
    description: '`timeoutInMillis` outside the range API Gateway accepts.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
    reads: ['integration'],
    check: perIntegration(checkTimeout),
  }),
  defineRule({
    code: 'timeout-above-default-quota',
    severity: 'warning',
    family: 'integration',
    description: 'A REST API timeout above the default 29,000 ms: needs a raised quota (regional and private APIs only).',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
    reads: ['integration'],
    check: perIntegration(checkTimeout),
  }),
];
