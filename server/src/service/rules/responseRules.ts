/**
 * Integration responses: selection patterns, status codes, and the shape of each entry.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
 */
import { INTEGRATION_RESPONSE_FIELDS } from '../knowledge/integrationFields';
import type { IntegrationView } from '../model/integrationView';
import { knownString } from '../model/values';
import { AstNode, getProperty, isArray, isIntrinsic, isObject, ObjectNode, PropertyNode } from '../parse/ast';
import { replaceNode } from '../parse/edits';
import { closest, didYouMean } from '../util/didYouMean';
import { javaRegexError } from '../util/javaRegex';
import type { IntegrationRule, RuleContext } from './context';
import { defineRule, perIntegration } from './record';

/** One integration response, whichever way it is written. */
export interface ResponseEntry {
  readonly node: ObjectNode;
  /** The selection pattern (OpenAPI: the key; CloudFormation: `SelectionPattern`, absent = default). */
  readonly pattern: string | undefined;
  readonly patternNode: AstNode | undefined;
  readonly statusCode: PropertyNode | undefined;
}

export function responseEntries(view: IntegrationView): ResponseEntry[] {
  const responses = view.value('responses');
  const entries: ResponseEntry[] = [];
  if (view.dialect === 'openapi' && isObject(responses)) {
    for (const p of responses.properties) {
      if (!isObject(p.value)) continue;
      entries.push({ node: p.value, pattern: p.key.value, patternNode: p.key, statusCode: getProperty(p.value, 'statusCode') });
    }
  } else if (view.dialect === 'cfn-method' && isArray(responses)) {
    for (const item of responses.items) {
      if (!isObject(item)) continue;
      const patternNode = getProperty(item, 'SelectionPattern')?.value;
      entries.push({ node: item, pattern: patternNode ? knownString(patternNode) : undefined, patternNode, statusCode: getProperty(item, 'StatusCode') });
    }
  }
  return entries;
}

export const checkResponses: IntegrationRule = (view, context) => {
  const dialect = view.dialect === 'openapi' ? 'openapi' : view.dialect === 'cfn-method' ? 'cfn-method' : undefined;
  if (!dialect) return;
  const responses = view.value('responses');
  if (view.dialect === 'cfn-method' && responses && isObject(responses)) {
    context.report('wrong-value-type', responses, '`IntegrationResponses` is a list of responses, each with `StatusCode` and an optional `SelectionPattern`.');
    return;
  }
  if (view.dialect === 'openapi' && isObject(responses)) {
    for (const p of responses.properties) {
      if (p.value && !isObject(p.value) && !isIntrinsic(p.value)) {
        context.report('invalid-integration-response', p.value, `Each integration response is a map with \`statusCode\` (and optional responseParameters, responseTemplates, contentHandling).`);
      }
    }
  }
  for (const entry of responseEntries(view)) {
    checkEntryKeys(entry, dialect, context);
    checkPattern(entry, context);
    checkStatusCode(view, entry, context);
  }
};

function checkEntryKeys(entry: ResponseEntry, dialect: 'openapi' | 'cfn-method', context: RuleContext): void {
  const allowed = INTEGRATION_RESPONSE_FIELDS[dialect];
  for (const p of entry.node.properties) {
    if (allowed.includes(p.key.value) || p.key.value.startsWith('x-')) continue;
    const suggestions = closest(p.key.value, allowed);
    context.report(
      'unknown-field',
      p.key,
      `\`${p.key.value}\` is not a property of an integration response.${didYouMean(suggestions)}`,
      suggestions.map((s, i) => ({ title: `Rename to '${s}'`, edits: [replaceNode(p.key, s)], preferred: i === 0 })),
    );
  }
}

function checkPattern(entry: ResponseEntry, context: RuleContext): void {
  if (entry.pattern === undefined || entry.pattern === 'default' || !entry.patternNode) return;
  const error = javaRegexError(entry.pattern);
  if (error) {
    context.report('invalid-selection-pattern', entry.patternNode, `\`${entry.pattern}\` is not a valid regular expression: ${error}. Selection patterns are Java regular expressions matched against the whole status code (or Lambda errorMessage); use \`default\` for the fallback.`);
  }
}

function checkStatusCode(view: IntegrationView, entry: ResponseEntry, context: RuleContext): void {
  const property = entry.statusCode;
  if (!property) {
    context.report('invalid-integration-response', entry.patternNode ?? entry.node, `This integration response has no \`${view.dialect === 'openapi' ? 'statusCode' : 'StatusCode'}\`: API Gateway needs the method response status it maps to.`);
    return;
  }
  const code = knownString(property.value);
  if (code === undefined || !property.value) return;
  if (!/^[1-5]\d\d$/.test(code)) {
    context.report('invalid-integration-response', property.value, `\`${code}\` is not an HTTP status code (100–599).`);
    return;
  }
  const declared = view.integration.operation?.responseCodes;
  if (!declared || declared.includes('default') || declared.includes(code)) return;
  if (view.integration.location === 'openapi-component') return;
  const where = view.dialect === 'openapi' ? '`responses`' : '`MethodResponses`';
  const declares = `it declares ${declared.length ? declared.join(', ') : 'none'}`;
  // Header mappings need the method response to declare the headers; API Gateway refuses them otherwise.
  const maps = ['responseParameters', 'ResponseParameters'].some((k) => getProperty(entry.node, k));
  if (maps) {
    context.report(
      'undeclared-status-code',
      property.value,
      `The method does not declare a ${code} response (${declares}): API Gateway rejects its responseParameters ("No method response exists for method"). Declare ${code} under the method's ${where}.`,
    );
  } else {
    context.report(
      'status-code-without-method-response',
      property.value,
      `The method does not declare a ${code} response (${declares}). Declare it under the method's ${where} so clients, SDKs and documentation know it.`,
    );
  }
}

/** The rules of this file (docs/adding-a-rule.md). */
export const RESPONSE_RULES = [
  defineRule({
    code: 'invalid-selection-pattern',
    severity: 'error',
    family: 'integration',
    description: 'An integration response selection pattern that is not a valid Java regular expression.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html',
    reads: ['integration', 'operation'],
    check: perIntegration(checkResponses),
  }),
  defineRule({
    code: 'invalid-integration-response',
    severity: 'error',
    family: 'integration',
    description: 'An integration response without a valid status code, or not a map.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html',
    reads: ['integration', 'operation'],
    check: perIntegration(checkResponses),
  }),
  defineRule({
    code: 'undeclared-status-code',
    severity: 'error',
    family: 'integration',
    description: 'An integration response that maps headers for a status the method does not declare: API Gateway rejects it ("No method response exists for method").',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html',
    reads: ['integration', 'operation'],
    check: perIntegration(checkResponses),
  }),
  defineRule({
    code: 'status-code-without-method-response',
    severity: 'information',
    family: 'integration',
    description: 'An integration response for a status the method does not declare in its responses.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html',
    reads: ['integration', 'operation'],
    check: perIntegration(checkResponses),
  }),
];
