/**
 * HTTP API specifics: payload format versions and AWS service integrations by subtype.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 */
import { keyFor } from '../knowledge/integrationFields';
import { INTEGRATION_SUBTYPES, subtypeInfo } from '../knowledge/integrationSubtypes';
import { isObject, scalarText } from '../parse/ast';
import { replaceNode } from '../parse/edits';
import { closest, didYouMean } from '../util/didYouMean';
import type { IntegrationRule } from './context';
import { insertFieldFix } from './typeRules';
import { defineRule, perIntegration } from './record';

export const checkPayloadFormatVersion: IntegrationRule = (view, context) => {
  if (view.protocol !== 'http') return;
  const type = view.type.value;
  const node = view.value('payloadFormatVersion');
  const key = keyFor(view.dialect, 'payloadFormatVersion')!;
  const lambdaProxy = type === 'AWS_PROXY' && !view.has('integrationSubtype');
  if (!node) {
    if (lambdaProxy && view.integration.protocolCertain) {
      context.report(
        'missing-payload-format-version',
        view.integration.keyNode,
        `HTTP API Lambda integrations need \`${key}\`: '2.0' (simpler event, response inferred from the return value) or '1.0' (the REST API event format).`,
        [insertFieldFix(view, context, 'payloadFormatVersion', '2.0')],
      );
    }
    return;
  }
  // YAML/JSON numbers 1.0 and 2.0 reach API Gateway as 1 and 2, which it accepts.
  const version = node.type === 'number' && (node.value === 1 || node.value === 2) ? `${node.value}.0` : scalarText(node);
  if (version === undefined) return;
  if (version !== '1.0' && version !== '2.0') {
    const fixed = version === '1' ? '1.0' : version === '2' ? '2.0' : undefined;
    context.report(
      'payload-format-version',
      node,
      `\`${key}\` is '1.0' or '2.0'${fixed ? ` (as a string: '${fixed}')` : ''}.`,
      fixed ? [{ title: `Change to '${fixed}'`, edits: [replaceNode(node, `"${fixed}"`)], preferred: true }] : [],
    );
  } else if (version === '2.0' && !lambdaProxy && type) {
    context.report('payload-format-version', node, `Only Lambda proxy integrations accept payload format 2.0; ${type === 'HTTP_PROXY' ? 'HTTP proxy' : 'AWS service'} integrations use '1.0'.`, [
      { title: "Change to '1.0'", edits: [replaceNode(node, '"1.0"')], preferred: true },
    ]);
  }
};

export const checkIntegrationSubtype: IntegrationRule = (view, context) => {
  const property = view.property('integrationSubtype');
  if (!property?.value) return;
  if (view.protocol !== 'http' && view.integration.protocolCertain) {
    context.report('integration-subtype', property.key, `\`${property.key.value}\` exists only on HTTP APIs. On a REST API use type AWS with an \`arn:aws:apigateway:{region}:{service}:action/{Action}\` uri and a mapping template.`);
    return;
  }
  const name = scalarText(property.value);
  if (name === undefined) return;
  const info = subtypeInfo(name);
  if (!info) {
    const suggestions = closest(name, INTEGRATION_SUBTYPES.map((s) => s.name), 6);
    context.report(
      'integration-subtype',
      property.value,
      `\`${name}\` is not an integration subtype.${didYouMean(suggestions)} Supported: ${INTEGRATION_SUBTYPES.map((s) => s.name).join(', ')}.`,
      suggestions.map((s, i) => ({ title: `Change to '${s}'`, edits: [replaceNode(property.value!, s)], preferred: i === 0 })),
    );
    return;
  }
  const type = view.type.value;
  if (type && type !== 'AWS_PROXY') {
    context.report('integration-subtype', view.type.node!, `An integration with \`${property.key.value}\` must have type AWS_PROXY.`);
  }
  const parameters = view.value('requestParameters');
  if (parameters && !isObject(parameters)) return;
  const given = new Set(isObject(parameters) ? parameters.properties.map((p) => p.key.value) : []);
  const missing = info.required.filter((p) => !given.has(p));
  if (missing.length) {
    context.report(
      'integration-subtype',
      view.property('requestParameters')?.key ?? property.key,
      `${name} needs ${missing.map((m) => `\`${m}\``).join(', ')} in ${keyFor(view.dialect, 'requestParameters')}.`,
    );
  }
  if (isObject(parameters)) {
    const allowed = new Set([...info.required, ...info.optional]);
    for (const p of parameters.properties) {
      if (allowed.has(p.key.value)) continue;
      context.report('integration-subtype', p.key, `${name} has no parameter \`${p.key.value}\`.${didYouMean(closest(p.key.value, [...allowed]))} It takes ${[...allowed].join(', ')}.`);
    }
  }
};

/** The rules of this file (docs/adding-a-rule.md). */
export const HTTP_API_RULES = [
  defineRule({
    code: 'missing-payload-format-version',
    severity: 'information',
    family: 'integration',
    description: 'An HTTP API Lambda integration without `payloadFormatVersion`.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
    reads: ['integration'],
    check: perIntegration(checkPayloadFormatVersion),
  }),
  defineRule({
    code: 'payload-format-version',
    severity: 'error',
    family: 'integration',
    description: '`payloadFormatVersion` is missing, invalid, or not allowed for this integration.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
    reads: ['integration'],
    check: perIntegration(checkPayloadFormatVersion),
  }),
  defineRule({
    code: 'integration-subtype',
    severity: 'error',
    family: 'integration',
    description: '`integrationSubtype` misuse: only on HTTP APIs with AWS_PROXY, a known subtype, and its required parameters.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html',
    reads: ['integration'],
    check: perIntegration(checkIntegrationSubtype),
  }),
];
