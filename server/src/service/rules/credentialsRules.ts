/**
 * Who API Gateway is when it calls the backend.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html (credentials),
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-lambda.html
 */
import { keyFor } from '../knowledge/integrationFields';
import { HOLE, joinWithHoles } from '../model/integrationUri';
import { evaluateString } from '../model/values';
import type { IntegrationRule } from './context';
import { insertFieldFix } from './typeRules';
import { defineRule, perIntegration } from './record';

export const checkMissingCredentials: IntegrationRule = (view, context) => {
  if (view.has('credentials')) return;
  const type = view.type.value;
  const uri = view.uri;
  const awsService = type === 'AWS' && uri?.kind === 'apigateway-arn' && uri.service !== 'lambda' && !uri.service.includes(HOLE);
  const subtype = view.has('integrationSubtype');
  if (!awsService && !subtype) return;
  const target = uri?.kind === 'apigateway-arn' ? uri.service : view.string('integrationSubtype') ?? 'the service';
  context.report(
    'missing-credentials',
    view.integration.keyNode,
    `This integration calls ${target} without \`${keyFor(view.dialect, 'credentials')}\`: API Gateway has no permission to call it and answers 500. Add an IAM role that API Gateway can assume and that allows the action.`,
    [insertFieldFix(view, context, 'credentials', 'arn:aws:iam::123456789012:role/ROLE_NAME')],
  );
};

export const checkCredentialsFormat: IntegrationRule = (view, context) => {
  const node = view.value('credentials');
  const value = evaluateString(node);
  if (!node || !value) return;
  const text = joinWithHoles(value);
  if (text === HOLE || text.startsWith(HOLE)) return;
  if (/^arn:(aws[a-z-]*|\u0000):iam::\*:user\/\*$/.test(text)) return;
  const parts = text.split(':');
  const ok =
    parts.length >= 6 &&
    parts[0] === 'arn' &&
    (parts[1].includes(HOLE) || /^aws[a-z-]*$/.test(parts[1])) &&
    (parts[2] === 'iam' || parts[2].includes(HOLE)) &&
    (parts[4].includes(HOLE) || /^\d{12}$/.test(parts[4])) &&
    (parts.slice(5).join(':').includes(HOLE) || /^role\/[\w+=,.@/-]+$/.test(parts.slice(5).join(':')));
  if (ok) return;
  context.report(
    'invalid-credentials',
    node,
    `\`${keyFor(view.dialect, 'credentials')}\` must be an IAM role ARN (arn:aws:iam::{account}:role/{name}) or arn:aws:iam::*:user/* to use the caller's identity.`,
  );
};

/** The rules of this file (docs/adding-a-rule.md). */
export const CREDENTIALS_RULES = [
  defineRule({
    code: 'missing-credentials',
    severity: 'warning',
    family: 'integration',
    description: 'An AWS service integration without `credentials`: API Gateway has no permission to call the service.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration'],
    check: perIntegration(checkMissingCredentials),
  }),
  defineRule({
    code: 'invalid-credentials',
    severity: 'error',
    family: 'integration',
    description: '`credentials` must be an IAM role ARN or `arn:aws:iam::*:user/*`.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html',
    reads: ['integration'],
    check: perIntegration(checkCredentialsFormat),
  }),
];
