/**
 * `${stageVariables.x}` in a `uri` or `connectionId` that no stage of the API defines: API Gateway substitutes an
 * empty string and the call goes nowhere. Judged only when the template defines the API's stages and every one
 * of them can be read (SAM `Variables`/`StageVariables` and their Globals, `AWS::ApiGateway::Stage` `Variables`,
 * `AWS::ApiGateway::Deployment` `StageDescription.Variables`, `AWS::ApiGatewayV2::Stage` `StageVariables`).
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html
 */
import { Stages, stagesOfApi } from '../../model/stages';
import { evaluateString, subParts } from '../../model/values';
import { AstNode, isIntrinsic, isString, StringNode } from '../../parse/ast';
import { decodeTemplate } from '../../sourceMap';
import { closest, didYouMean } from '../../util/didYouMean';
import type { RuleContext } from '../context';
import { templateIntegrations } from './scope';
import type { SourceText } from '../../text/sourceText';
import { defineRule, perDocument } from '../record';

export function checkStageVariables(context: RuleContext): void {
  const cache = new Map<string, Stages | undefined>();
  for (const { view, template, apiId } of templateIntegrations(context.model)) {
    if (!apiId) continue;
    for (const field of ['uri', 'connectionId'] as const) {
      const node = view.value(field);
      const used = (evaluateString(node)?.segments ?? []).flatMap((s) => ('hole' in s && s.hole.kind === 'stageVariable' ? [s.hole.name] : []));
      if (!node || !used.length) continue;
      if (!cache.has(apiId)) cache.set(apiId, stagesOfApi(apiId, template));
      const stages = cache.get(apiId);
      if (!stages) continue;
      for (const name of new Set(used)) {
        if (stages.variables.has(name)) continue;
        const suggestions = closest(name, [...stages.variables]);
        context.report(
          'undefined-stage-variable',
          locate(context.text, node, `stageVariables.${name}`) ?? node,
          `No stage of \`${apiId}\` (${stages.names.join(', ')}) defines the stage variable \`${name}\`: API Gateway substitutes an empty string.${didYouMean(suggestions)}`,
        );
      }
    }
  }
}

/** The file range of `${needle}` inside the string (or `!Sub` string) `node`. */
function locate(text: SourceText, node: AstNode, needle: string): { offset: number; length: number } | undefined {
  const string: StringNode | undefined = isString(node) ? node : isIntrinsic(node) && node.name === 'Fn::Sub' ? asString(subParts(node.argument).template) : undefined;
  if (!string) return undefined;
  const decoded = decodeTemplate(text, string, { sub: !isString(node) });
  const index = decoded.text.indexOf(`\${${needle}}`);
  if (index < 0 || !decoded.exact) return undefined;
  const range = decoded.toFileRange(index, index + needle.length + 3);
  return { offset: range.start, length: range.end - range.start };
}

function asString(node: AstNode | undefined): StringNode | undefined {
  return isString(node) ? node : undefined;
}

/** The rules of this file (docs/adding-a-rule.md). */
export const STAGE_VARIABLE_RULES = [
  defineRule({
    code: 'undefined-stage-variable',
    severity: 'warning',
    family: 'cross-resource',
    description: 'A `${stageVariables.x}` in `uri` or `connectionId` that no stage the template defines for the API sets.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html',
    reads: ['document'],
    check: perDocument(checkStageVariables),
  }),
];
