/**
 * A request mapping template that copies the caller's `Authorization` header, API key or a field named like a
 * secret into the backend request: the guidance is that sensitive transformation belongs in code (a Lambda
 * authorizer, the backend), where it can be audited and kept out of execution logs, not in mapping templates.
 * A hint (not off by default): forwarding a credential is sometimes what the backend needs, so it never warns,
 * but a rule that is off is never seen; hints show only in the editor, faintly, where the template is.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
import { subParts } from '../../model/values';
import { AstNode, isIntrinsic, isObject, isString, StringNode } from '../../parse/ast';
import { decodeTemplate } from '../../sourceMap';
import type { Finding, RuleContext } from '../context';
import { editableIntegrations } from './scope';
import { defineRule, perDocument } from '../record';

const PATTERNS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\$input\.params\(\s*['"](authorization|x-api-key)['"]\s*\)/gi, what: 'the caller\'s `$1` header' },
  { pattern: /\$input\.params\(\)\s*\.\s*(?:header\s*\.\s*get|get\(\s*['"]header['"]\s*\)\s*\.\s*get)\(\s*['"](authorization|x-api-key)['"]\s*\)/gi, what: 'the caller\'s `$1` header' },
  { pattern: /\$(?:context|ctx)\.identity\.apiKey\b/g, what: 'the caller\'s API key (`$context.identity.apiKey`)' },
  {
    pattern: /"((?:[A-Za-z_-]*(?:password|passwd|secret|api[_-]?key|private[_-]?key|access[_-]?key|credentials?))|authorization|(?:access|id|refresh|auth|bearer|session)?[_-]?token)"\s*:\s*"?\$(?:input|util|context|method)/gi,
    what: 'a field named `$1`',
  },
];

export function checkSensitiveData(context: RuleContext): void {
  for (const view of editableIntegrations(context.model)) {
    const templates = view.value('requestTemplates');
    if (!isObject(templates)) continue;
    for (const property of templates.properties) {
      const string = templateString(property.value);
      if (!string) continue;
      const sub = !isString(property.value);
      const check = () => {
        const found: Finding[] = [];
        const decoded = decodeTemplate(context.text, string, { sub });
        for (const { pattern, what } of PATTERNS) {
          for (const match of decoded.text.matchAll(pattern)) {
            const range = decoded.toFileRange(match.index!, match.index! + match[0].length);
            found.push({
              code: 'sensitive-data-in-template',
              offset: range.start,
              length: range.end - range.start,
              message: `This request template copies ${what.replace('$1', match[1] ?? '')} into the backend request. Handle credentials and secrets in code (an authorizer or the backend), not in mapping templates, and keep them out of logs.`,
            });
          }
        }
        return found;
      };
      // Only the template's own text matters: its findings move with it.
      const findings = context.reuse(string, undefined, String(sub), check);
      for (const f of findings) context.report(f.code, f, f.message);
    }
  }
}

function templateString(node: AstNode | undefined): StringNode | undefined {
  if (isString(node)) return node;
  if (isIntrinsic(node) && node.name === 'Fn::Sub') {
    const template = subParts(node.argument).template;
    return isString(template) ? template : undefined;
  }
  return undefined;
}

/** The rules of this file (docs/adding-a-rule.md). */
export const SENSITIVE_DATA_RULES = [
  defineRule({
    code: 'sensitive-data-in-template',
    severity: 'hint',
    family: 'template',
    description: 'A request template copies an Authorization header, API key or a field named like a secret into the backend request (a hint: sometimes intended, so never a warning; handle secrets in code).',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html',
    reads: [],
    check: perDocument(checkSensitiveData),
  }),
];
