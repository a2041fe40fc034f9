/**
 * Advice from the integration-pattern guidance, at information level (each can be switched off).
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html
 */
import { isObject } from '../parse/ast';
import type { IntegrationRule } from './context';
import { defineRule, perIntegration } from './record';

export const checkLambdaCustomTemplates: IntegrationRule = (view, context) => {
  if (view.type.value !== 'AWS' || !view.callsLambda) return;
  const templates = view.value('requestTemplates');
  if (isObject(templates) && templates.properties.length > 0) return;
  if (templates && !isObject(templates)) return;
  context.report(
    'lambda-custom-without-templates',
    view.type.node!,
    'A Lambda custom integration (type AWS) without mapping templates passes the body through and needs integration responses for every status. A Lambda proxy integration (AWS_PROXY) gives the function the whole request and lets it set status and headers: simpler unless you need to transform.',
  );
};

export const checkMockTemplate: IntegrationRule = (view, context) => {
  if (view.type.value !== 'MOCK') return;
  const templates = view.value('requestTemplates');
  if (templates && (!isObject(templates) || templates.properties.length > 0)) return;
  context.report(
    'mock-without-request-template',
    view.type.node!,
    'A MOCK integration selects its integration response by the `statusCode` its request template renders (`{"statusCode": 200}`). Without a request template only the default response can be chosen, and what API Gateway does then depends on the client\'s body and passthroughBehavior. Add `requestTemplates: {application/json: \'{"statusCode": 200}\'}` to make the status explicit.',
  );
};

/** The rules of this file (docs/adding-a-rule.md). */
export const HINT_RULES = [
  defineRule({
    code: 'lambda-custom-without-templates',
    severity: 'information',
    family: 'integration',
    description: 'A Lambda custom (AWS) integration with no mapping templates: Lambda proxy (AWS_PROXY) is simpler.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html',
    reads: ['integration', 'resources'],
    check: perIntegration(checkLambdaCustomTemplates),
  }),
  defineRule({
    code: 'mock-without-request-template',
    severity: 'information',
    family: 'integration',
    description: 'A MOCK integration with no request template: its status depends on the client\'s body instead of a `{"statusCode": ...}` template.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html',
    reads: ['integration'],
    check: perIntegration(checkMockTemplate),
  }),
];
