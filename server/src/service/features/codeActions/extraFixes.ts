/**
 * Quick fixes that need more of the document than the rule that found the problem keeps: declaring a missing
 * method response (in the operation's `responses` or the Method's `MethodResponses`), adding a missing `type`
 * inferred from the uri, a MOCK request template, and wrapping a Lambda function ARN into its invocation ARN.
 * Computed when the user asks for code actions, from the diagnostic's code and position.
 */
import { INTEGRATION_TYPES, keyFor, TYPES_BY_PROTOCOL } from '../../knowledge/integrationFields';
import { IntegrationView, viewOf } from '../../model/integrationView';
import type { IntegrationType } from '../../model/types';
import { knownString } from '../../model/values';
import { getProperty, isObject, scalarText } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { Fix } from '../../rules/context';
import { responseEntries } from '../../rules/responseRules';
import { columnOf, formatScalar, insertProperty, replaceNode } from '../../parse/edits';
import { fileFacts } from '../common/fileFacts';
import { declareStatusEdits } from './methodResponses';
import { describeStatus } from '../completion/skeletons';
import { expandSnippet, SnippetWriter } from '../common/snippetWriter';

/** Codes this module adds fixes for. */
export const EXTRA_FIX_CODES = new Set(['undeclared-status-code', 'status-code-without-method-response', 'missing-type', 'mock-without-request-template', 'invalid-uri']);

export function extraFixes(parsed: ParsedDocument, code: string, offset: number): Fix[] {
  if (!EXTRA_FIX_CODES.has(code) || !parsed.isApiGateway) return [];
  const integration = parsed.model.integrations.find((i) => i.node && (i.keyNode.offset === offset || (offset >= i.node.offset && offset <= i.node.offset + i.node.length)));
  const view = integration ? viewOf(integration, parsed.model.cfnTemplate) : undefined;
  if (!view) return [];
  switch (code) {
    case 'undeclared-status-code':
    case 'status-code-without-method-response':
      return declareStatusFix(parsed, view, offset);
    case 'missing-type':
      return view.integration.keyNode.offset === offset ? missingTypeFixes(parsed, view) : [];
    case 'mock-without-request-template':
      return mockTemplateFix(parsed, view);
    case 'invalid-uri':
      return invocationArnFix(parsed, view, offset);
    default:
      return [];
  }
}

function declareStatusFix(parsed: ParsedDocument, view: IntegrationView, offset: number): Fix[] {
  const entry = responseEntries(view).find((e) => e.statusCode?.value?.offset === offset);
  const code = knownString(entry?.statusCode?.value);
  if (!entry || !code) return [];
  const parameters = getProperty(entry.node, view.dialect === 'openapi' ? 'responseParameters' : 'ResponseParameters')?.value;
  const headers = isObject(parameters) ? parameters.properties.map((p) => /^method\.response\.header\.(.+)$/.exec(p.key.value)?.[1]).filter((h): h is string => !!h) : [];
  const edits = declareStatusEdits(
    {
      text: parsed.source,
      format: parsed.format,
      unit: fileFacts(parsed).unit,
      dialect: view.dialect,
      operation: view.integration.operation,
      openApiVersion: view.integration.api?.version,
    },
    [{ code, headers }],
  );
  if (!edits.length) return [];
  const where = view.dialect === 'openapi' ? 'responses' : 'MethodResponses';
  return [{ title: `Declare the ${code} ${describeStatus(code)} response in the method's ${where}${headers.length ? ' (with its headers)' : ''}`, edits, preferred: true }];
}

/** The type the uri implies first, then the others the API accepts. */
function missingTypeFixes(parsed: ParsedDocument, view: IntegrationView): Fix[] {
  const uri = view.uri;
  let inferred: IntegrationType = 'MOCK';
  if (view.has('integrationSubtype')) inferred = 'AWS_PROXY';
  else if (uri?.kind === 'url') inferred = 'HTTP_PROXY';
  else if (uri?.kind === 'apigateway-arn') inferred = uri.service === 'lambda' ? 'AWS_PROXY' : 'AWS';
  else if (uri?.kind === 'lambda-function-arn' || (uri?.kind === 'computed' && view.callsLambda)) inferred = 'AWS_PROXY';
  else if (uri) inferred = view.protocol === 'http' ? 'HTTP_PROXY' : 'HTTP';
  const allowed = view.integration.protocolCertain ? TYPES_BY_PROTOCOL[view.protocol] : INTEGRATION_TYPES;
  const order = [inferred, ...allowed.filter((t) => t !== inferred)].filter((t) => allowed.includes(t));
  const key = keyFor(view.dialect, 'type')!;
  const lower = view.dialect === 'openapi' && fileFacts(parsed).lowerCaseTypes;
  return order.map((type, i) => {
    const written = lower ? type.toLowerCase() : type;
    return { title: `Add '${key}: ${written}'`, edits: [insertProperty(parsed.source, parsed.format, view.node, key, formatScalar(parsed.format, written))], preferred: i === 0 };
  });
}

function mockTemplateFix(parsed: ParsedDocument, view: IntegrationView): Fix[] {
  if (view.type.value !== 'MOCK') return [];
  const key = keyFor(view.dialect, 'requestTemplates')!;
  const existing = view.value('requestTemplates');
  const template = '{"statusCode": 200}';
  const writer = new SnippetWriter({ format: parsed.format, unit: fileFacts(parsed).unit });
  if (isObject(existing)) {
    return [{ title: 'Add a request template that answers 200', edits: [insertProperty(parsed.source, parsed.format, existing, 'application/json', expandSnippet(writer.value({ kind: 'string', parts: [template] }, '')))], preferred: true }];
  }
  if (existing) return [];
  const column = view.node.properties[0] ? columnOf(parsed.source, view.node.properties[0].key.offset) : 0;
  const value = expandSnippet(writer.value({ kind: 'map', entries: [['application/json', { kind: 'string', parts: [template] }]] }, parsed.format === 'json' ? ' '.repeat(column) : ''));
  const text = parsed.format === 'yaml' ? '\n' + value.replace(/^\n/, '') : value;
  return [{ title: 'Add a request template that answers 200', edits: [insertProperty(parsed.source, parsed.format, view.node, key, text)], preferred: true }];
}

/** `arn:aws:lambda:...:function:f` as a REST uri → `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/.../invocations`. */
function invocationArnFix(parsed: ParsedDocument, view: IntegrationView, offset: number): Fix[] {
  const node = view.value('uri');
  const uri = view.uri;
  if (!node || node.offset !== offset || uri?.kind !== 'lambda-function-arn') return [];
  const arn = scalarText(node);
  if (!arn || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(uri.region)) return [];
  const wrapped = `arn:aws:apigateway:${uri.region}:lambda:path/2015-03-31/functions/${arn}/invocations`;
  return [{ title: 'Use the invocation ARN', edits: [replaceNode(node, formatScalar(parsed.format, wrapped))], preferred: true }];
}
