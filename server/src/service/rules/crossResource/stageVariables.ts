/**
 * `${stageVariables.x}` in a `uri` or `connectionId` that no stage of the API defines: API Gateway substitutes an
 * empty string and the call goes nowhere. Judged only when the template defines the API's stages and every one
 * of them can be read (SAM `Variables`/`StageVariables` and their Globals, `AWS::ApiGateway::Stage` `Variables`,
 * `AWS::ApiGateway::Deployment` `StageDescription.Variables`, `AWS::ApiGatewayV2::Stage` `StageVariables`).
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html
 */
import type { CfnResource, CfnTemplate } from '../../model/types';
import { evaluateString, subParts } from '../../model/values';
import { AstNode, getValue, isIntrinsic, isObject, isString, StringNode } from '../../parse/ast';
import { decodeTemplate } from '../../template';
import { closest, didYouMean } from '../../util/didYouMean';
import type { RuleContext } from '../context';
import { refTarget, templateIntegrations } from './scope';

interface Stages {
  readonly names: string[];
  readonly variables: Set<string>;
}

export function checkStageVariables(context: RuleContext): void {
  const cache = new Map<string, Stages | undefined>();
  for (const { view, template, apiId } of templateIntegrations(context.model)) {
    if (!apiId) continue;
    for (const field of ['uri', 'connectionId'] as const) {
      const node = view.value(field);
      const used = (evaluateString(node)?.segments ?? []).flatMap((s) => ('hole' in s && s.hole.kind === 'stageVariable' ? [s.hole.name] : []));
      if (!node || !used.length) continue;
      if (!cache.has(apiId)) cache.set(apiId, stagesOf(apiId, template));
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

/** The API's stages and the variables they define; undefined when the template does not tell. */
function stagesOf(apiId: string, template: CfnTemplate): Stages | undefined {
  const api = template.resources.get(apiId);
  if (!api) return undefined;
  const variables = new Set<string>();
  const names: string[] = [];
  const add = (node: AstNode | undefined): boolean => {
    if (node === undefined) return true;
    if (!isObject(node)) return false;
    for (const p of node.properties) variables.add(p.key.value);
    return true;
  };
  const globals = getValue(template.root, 'Globals');
  if (api.type === 'AWS::Serverless::Api' || api.type === 'AWS::Serverless::HttpApi') {
    const rest = api.type === 'AWS::Serverless::Api';
    const key = rest ? 'Variables' : 'StageVariables';
    if (!add(getValue(api.properties, key)) || !add(getValue(getValue(globals, rest ? 'Api' : 'HttpApi'), key))) return undefined;
    names.push(stageName(getValue(api.properties, 'StageName'), rest ? 'Prod' : '$default'));
  }
  for (const resource of template.resources.values()) {
    const stage = readStage(resource, apiId);
    if (stage === 'unknown') return undefined;
    if (!stage) continue;
    if (!add(stage.variables)) return undefined;
    names.push(stage.name);
  }
  return names.length ? { names, variables } : undefined;
}

function readStage(resource: CfnResource, apiId: string): { name: string; variables: AstNode | undefined } | 'unknown' | undefined {
  const p = resource.properties;
  const api = (key: string) => {
    const node = getValue(p, key);
    const target = refTarget(node);
    return target === undefined ? (node === undefined ? undefined : 'unknown') : target === apiId ? 'ours' : undefined;
  };
  switch (resource.type) {
    case 'AWS::ApiGateway::Stage':
    case 'AWS::ApiGatewayV2::Stage': {
      const v2 = resource.type === 'AWS::ApiGatewayV2::Stage';
      const owner = api(v2 ? 'ApiId' : 'RestApiId');
      if (owner !== 'ours') return owner === 'unknown' ? 'unknown' : undefined;
      return { name: stageName(getValue(p, 'StageName'), resource.logicalId), variables: getValue(p, v2 ? 'StageVariables' : 'Variables') };
    }
    case 'AWS::ApiGateway::Deployment': {
      if (getValue(p, 'StageName') === undefined) return undefined;
      const owner = api('RestApiId');
      if (owner !== 'ours') return owner === 'unknown' ? 'unknown' : undefined;
      return { name: stageName(getValue(p, 'StageName'), resource.logicalId), variables: getValue(getValue(p, 'StageDescription'), 'Variables') };
    }
    default:
      return undefined;
  }
}

function stageName(node: AstNode | undefined, fallback: string): string {
  return isString(node) ? node.value : fallback;
}

/** The file range of `${needle}` inside the string (or `!Sub` string) `node`. */
function locate(text: string, node: AstNode, needle: string): { offset: number; length: number } | undefined {
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
