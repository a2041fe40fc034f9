/**
 * `!Ref X`, `!GetAtt X.Attr` and `${X}` / `${X.Attr}` inside an integration that name nothing in the template:
 * CloudFormation rejects the template ("Unresolved resource dependencies [X] in the Resources block").
 * Source: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html
 */
import { getAttTarget, subParts, subReferences } from '../../model/values';
import { AstNode, IntrinsicNode, isArray, isObject, isString, scalarText } from '../../parse/ast';
import { intrinsicsUnder } from '../../parse/intrinsicIndex';
import { formatScalar, replaceNode } from '../../parse/edits';
import { decodeTemplate } from '../../sourceMap';
import { closest, didYouMean } from '../../util/didYouMean';
import type { RuleContext, TextEdit } from '../context';
import { templateIntegrations } from './scope';
import { isKnownName, referenceCandidates } from './cfnNames';
import type { CfnTemplate } from '../../model/types';
import { defineRule, perDocument } from '../record';

export function checkUnresolvedReferences(context: RuleContext): void {
  const seen = new Set<AstNode>();
  for (const { view, template } of templateIntegrations(context.model)) {
    if (seen.has(view.node)) continue;
    seen.add(view.node);
    for (const node of intrinsicsUnder(view.node)) {
      if (node.name === 'Ref') checkRef(node, template, context);
      else if (node.name === 'Fn::GetAtt') checkGetAtt(node, template, context);
      else if (node.name === 'Fn::Sub') checkSub(node, template, context);
    }
  }
}

function checkRef(node: IntrinsicNode, template: CfnTemplate, context: RuleContext): void {
  const name = scalarText(node.argument);
  if (name === undefined || !node.argument || isKnownName(template, name)) return;
  const argument = node.argument;
  report(context, argument, name, 'ref', template, (suggestion) => replaceNode(argument, formatScalar(context.format, suggestion)));
}

function checkGetAtt(node: IntrinsicNode, template: CfnTemplate, context: RuleContext): void {
  const target = getAttTarget(node.argument);
  if (!target || isKnownName(template, target.resource)) return;
  const argument = node.argument;
  if (isString(argument)) {
    report(context, argument, target.resource, 'getatt', template, (s) => replaceNode(argument, formatScalar(context.format, `${s}.${target.attribute}`)));
  } else if (isArray(argument) && argument.items[0]) {
    const first = argument.items[0];
    report(context, first, target.resource, 'getatt', template, (s) => replaceNode(first, formatScalar(context.format, s)));
  }
}

function checkSub(node: IntrinsicNode, template: CfnTemplate, context: RuleContext): void {
  const { template: templateNode, variables } = subParts(node.argument);
  if (!isString(templateNode)) return;
  const local = new Set(isObject(variables) ? variables.properties.map((p) => p.key.value) : []);
  // Decoding (for exact ranges) only when some name is wrong: most Subs are fine.
  const suspicious = subReferences(templateNode.value).some(({ name }) => {
    if (local.has(name)) return false;
    const dot = name.indexOf('.');
    return name.startsWith('stageVariables.') || !isKnownName(template, dot > 0 && !name.startsWith('AWS::') ? name.slice(0, dot) : name);
  });
  if (!suspicious) return;
  const decoded = decodeTemplate(context.text, templateNode, { sub: true });
  if (!decoded.exact) return;
  for (const substitution of decoded.substitutions) {
    const name = substitution.name;
    if (local.has(name)) continue;
    const range = decoded.toFileRange(substitution.offset, substitution.offset + substitution.length);
    const at = { offset: range.start, length: range.end - range.start };
    const fileText = context.text.slice(range.start, range.end);
    if (!fileText.startsWith('${') || !fileText.endsWith('}')) continue; // an escape inside: leave it
    if (name.startsWith('stageVariables.')) {
      // API Gateway's own placeholder, but Fn::Sub reads it first, as an attribute of a resource named stageVariables.
      context.report(
        'unresolved-reference',
        at,
        `Fn::Sub reads \`\${${name}}\` as an attribute of a resource named "stageVariables": the stack fails to deploy. Write \`\${!${name}}\` so that API Gateway receives \`\${${name}}\`.`,
        [{ title: `Escape as \${!${name}}`, edits: [{ ...at, text: `\${!${name}}` }], preferred: true }],
      );
      continue;
    }
    const dot = name.indexOf('.');
    const isAttribute = dot > 0 && !name.startsWith('AWS::');
    const target = isAttribute ? name.slice(0, dot) : name;
    if (isKnownName(template, target)) continue;
    report(context, at, target, isAttribute ? 'getatt' : 'ref', template, (s) => ({ ...at, text: `\${${s}${isAttribute ? name.slice(dot) : ''}}` }));
  }
}

function report(
  context: RuleContext,
  at: AstNode | { offset: number; length: number },
  name: string,
  kind: 'ref' | 'getatt',
  template: CfnTemplate,
  rename: (suggestion: string) => TextEdit,
): void {
  const what = kind === 'ref' ? 'no resource, parameter or pseudo parameter' : 'no resource';
  const suggestions = closest(name, referenceCandidates(template, kind));
  context.report(
    'unresolved-reference',
    at,
    `\`${name}\` names ${what} of this template: CloudFormation rejects it (unresolved resource dependency).${didYouMean(suggestions)}`,
    suggestions.map((s, i) => ({ title: `Change to '${s}'`, edits: [rename(s)], preferred: i === 0 && suggestions.length === 1 })),
  );
}

/** The rules of this file (docs/adding-a-rule.md). */
export const REFERENCE_RULES = [
  defineRule({
    code: 'unresolved-reference',
    severity: 'error',
    family: 'cross-resource',
    description: 'A `Ref`, `Fn::GetAtt` or `${...}` in an integration that names no resource, parameter or pseudo parameter of the template (SAM-generated names count).',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html',
    reads: ['document'],
    check: perDocument(checkUnresolvedReferences),
  }),
];
