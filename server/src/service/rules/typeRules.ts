/**
 * The integration's type and the fields each type requires.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 */
import { INTEGRATION_TYPES, keyFor, TYPES_BY_PROTOCOL } from '../knowledge/integrationFields';
import type { IntegrationView } from '../model/integrationView';
import type { IntegrationType } from '../model/types';
import { insertProperty, replaceNode, formatScalar } from '../parse/edits';
import { closest, didYouMean } from '../util/didYouMean';
import type { Fix, IntegrationRule, RuleContext } from './context';
import { defineRule, perIntegration } from './record';

/** Usual mistakes and what was meant. */
const COMMON_MISTAKES: Record<string, IntegrationType[]> = {
  lambda: ['AWS_PROXY', 'AWS'],
  lambda_proxy: ['AWS_PROXY'],
  'lambda-proxy': ['AWS_PROXY'],
  lambdaproxy: ['AWS_PROXY'],
  'aws-proxy': ['AWS_PROXY'],
  awsproxy: ['AWS_PROXY'],
  proxy: ['AWS_PROXY', 'HTTP_PROXY'],
  'http-proxy': ['HTTP_PROXY'],
  httpproxy: ['HTTP_PROXY'],
  https: ['HTTP'],
  https_proxy: ['HTTP_PROXY'],
  mock_integration: ['MOCK'],
  service: ['AWS'],
  aws_service: ['AWS'],
};

export const checkType: IntegrationRule = (view, context) => {
  const type = view.type;
  const property = view.property('type');
  if (!property) {
    context.report('missing-type', view.integration.keyNode, `This integration has no \`${keyFor(view.dialect, 'type')}\`: add one of ${INTEGRATION_TYPES.join(', ')}.`);
    return;
  }
  if (type.computed || !type.node) return;
  if (type.raw === undefined) {
    context.report('invalid-type', type.node, `\`${property.key.value}\` must be a string: one of ${INTEGRATION_TYPES.join(', ')}.`);
    return;
  }
  const allowed = TYPES_BY_PROTOCOL[view.protocol];
  const useLower = view.dialect === 'openapi' && type.raw === type.raw.toLowerCase();
  const spell = (t: string) => (useLower ? t.toLowerCase() : t);
  if (!type.value) {
    const suggestions = COMMON_MISTAKES[type.raw.toLowerCase()] ?? closest(type.raw, INTEGRATION_TYPES);
    const usable = suggestions.filter((s) => allowed.includes(s as IntegrationType));
    context.report(
      'invalid-type',
      type.node,
      `\`${type.raw}\` is not an integration type: use one of ${allowed.join(', ')}.${didYouMean(usable.map(spell))}`,
      usable.map((s, i) => ({ title: `Change to '${spell(s)}'`, edits: [replaceNode(type.node!, spell(s))], preferred: i === 0 })),
    );
    return;
  }
  if (view.dialect !== 'openapi' && type.raw !== type.value) {
    context.report('invalid-type', type.node, `CloudFormation needs the type in upper case: \`${type.value}\`.`, [
      { title: `Change to '${type.value}'`, edits: [replaceNode(type.node, type.value)], preferred: true },
    ]);
    return;
  }
  if (!allowed.includes(type.value) && view.integration.protocolCertain) {
    context.report(
      'invalid-type',
      type.node,
      `${protocolName(view)} support only ${allowed.join(' and ')} integrations, not \`${type.raw}\`.`,
    );
  }
};

export const checkRequiredFields: IntegrationRule = (view, context) => {
  const type = view.type.value;
  if (!type) return;
  if (type !== 'MOCK' && !view.has('uri') && !view.has('integrationSubtype')) {
    context.report(
      'missing-uri',
      view.integration.keyNode,
      `${article(type)} ${type} integration needs \`${keyFor(view.dialect, 'uri')}\`: ${uriHint(view, type)}.`,
      [insertFieldFix(view, context, 'uri', placeholderUri(view, type))],
    );
  }
  if (needsHttpMethod(view, type) && !view.has('httpMethod')) {
    const method = view.callsLambda || type === 'AWS' ? 'POST' : view.integration.method && view.integration.method !== 'ANY' ? view.integration.method : 'GET';
    context.report(
      'missing-http-method',
      view.integration.keyNode,
      `${article(type)} ${type} integration needs \`${keyFor(view.dialect, 'httpMethod')}\`, the method API Gateway uses to call the backend${view.callsLambda ? ' (POST for Lambda)' : ''}.`,
      [insertFieldFix(view, context, 'httpMethod', method)],
    );
  }
  const connectionType = view.string('connectionType');
  if (connectionType?.toUpperCase() === 'VPC_LINK' && !view.has('connectionId')) {
    context.report(
      'missing-connection-id',
      view.property('connectionType')!.key,
      `\`connectionType: VPC_LINK\` needs \`${keyFor(view.dialect, 'connectionId')}\`, the id of the VPC link (for example \`\${stageVariables.vpcLinkId}\` or a reference to the VpcLink resource).`,
      [insertFieldFix(view, context, 'connectionId', view.dialect === 'openapi' ? '${stageVariables.vpcLinkId}' : 'VPC_LINK_ID')],
    );
  }
};

export const checkLambdaMethod: IntegrationRule = (view, context) => {
  if (view.protocol === 'http' || !view.callsLambda) return;
  const node = view.value('httpMethod');
  const method = view.string('httpMethod');
  if (!node || method === undefined || method.toUpperCase() === 'POST') return;
  context.report('lambda-http-method', node, `Lambda functions are invoked with POST, not ${method}: API Gateway answers 500 otherwise. The client's method is unaffected.`, [
    { title: "Change to 'POST'", edits: [replaceNode(node, view.dialect === 'openapi' && method === method.toLowerCase() ? 'post' : 'POST')], preferred: true },
  ]);
};

function needsHttpMethod(view: IntegrationView, type: IntegrationType): boolean {
  if (type === 'MOCK') return false;
  if (view.protocol === 'http') return type === 'HTTP_PROXY';
  // WebSocket integrations to Lambda deploy without a method; API Gateway uses POST.
  if (view.protocol === 'websocket') return false;
  return true;
}

/** "An AWS", "an HTTP", "a MOCK": by sound, not spelling. */
export function article(type: string): string {
  return /^([AEIOU]|HTTP)/.test(type) ? 'An' : 'A';
}

function protocolName(view: IntegrationView): string {
  return view.protocol === 'http' ? 'HTTP APIs' : view.protocol === 'websocket' ? 'WebSocket APIs' : 'REST APIs';
}

function uriHint(view: IntegrationView, type: IntegrationType): string {
  if (type === 'HTTP' || type === 'HTTP_PROXY') return 'the backend URL (https://...)';
  if (type === 'AWS_PROXY') return 'the Lambda invocation ARN';
  return view.callsLambda ? 'the Lambda invocation ARN' : 'the AWS service action ARN (arn:aws:apigateway:{region}:{service}:action/{Action})';
}

function placeholderUri(view: IntegrationView, type: IntegrationType): string {
  if (type === 'HTTP' || type === 'HTTP_PROXY') return 'https://example.com/';
  const lambda = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME/invocations';
  if (type === 'AWS_PROXY' || view.callsLambda) return lambda;
  return 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/QUEUE_NAME';
}

/** A fix that adds `field: value` to the integration object in the file's dialect and format. */
export function insertFieldFix(view: IntegrationView, context: RuleContext, field: Parameters<typeof keyFor>[1], value: string): Fix {
  const key = keyFor(view.dialect, field)!;
  return {
    title: `Add '${key}'`,
    edits: [insertProperty(context.text, context.format, view.node, key, formatScalar(context.format, value))],
    preferred: true,
  };
}

/** The rules of this file (docs/adding-a-rule.md). */
export const TYPE_RULES = [
  defineRule({
    code: 'invalid-type',
    severity: 'error',
    family: 'integration',
    description: '`type` is not one of AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK (or not allowed for this kind of API).',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html',
    reads: ['integration'],
    check: perIntegration(checkType),
  }),
  defineRule({
    code: 'missing-type',
    severity: 'error',
    family: 'integration',
    description: 'The integration has no `type`.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html',
    reads: ['integration'],
    check: perIntegration(checkType),
  }),
  defineRule({
    code: 'missing-uri',
    severity: 'error',
    family: 'integration',
    description: 'Every integration type but MOCK needs a `uri`.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration', 'resources'],
    check: perIntegration(checkRequiredFields),
  }),
  defineRule({
    code: 'missing-http-method',
    severity: 'error',
    family: 'integration',
    description: 'The integration needs the HTTP method used to call the backend.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration', 'resources'],
    check: perIntegration(checkRequiredFields),
  }),
  defineRule({
    code: 'missing-connection-id',
    severity: 'error',
    family: 'integration',
    description: '`connectionType: VPC_LINK` needs a `connectionId`.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
    reads: ['integration', 'resources'],
    check: perIntegration(checkRequiredFields),
  }),
  defineRule({
    code: 'lambda-http-method',
    severity: 'warning',
    family: 'integration',
    description: 'Lambda functions are invoked with POST, whatever the client\'s method.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html',
    reads: ['integration', 'resources'],
    check: perIntegration(checkLambdaMethod),
  }),
];
