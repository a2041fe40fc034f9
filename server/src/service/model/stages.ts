/**
 * The stages an API has in its template and the stage variables they define.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html
 */
import { AstNode, getValue, isIntrinsic, isObject, isString, scalarText } from '../parse/ast';
import type { ApiModel, CfnResource, CfnTemplate, Integration } from './types';
import { knownString } from './values';

export interface Stages {
  readonly names: string[];
  readonly variables: Set<string>;
}

/** The stage variable names of the integration's API, or undefined when the template does not define its stages. */
export function stageVariablesOf(model: ApiModel, integration: Integration): string[] | undefined {
  const template = model.cfnTemplate;
  const apiId = apiIdOf(integration);
  if (!template || !apiId) return undefined;
  const stages = stagesOfApi(apiId, template);
  return stages ? [...stages.variables] : undefined;
}

/** The API resource an integration belongs to: the owner of a DefinitionBody, a Method's RestApiId, a V2 ApiId. */
export function apiIdOf(integration: Integration): string | undefined {
  const resource = integration.resource;
  if (!resource) return undefined;
  if (integration.location === 'openapi-operation' || integration.location === 'openapi-component') return resource.logicalId;
  const key = integration.location === 'cfn-method' ? 'RestApiId' : 'ApiId';
  return refTarget(getValue(resource.properties, key));
}

/** `!Ref X` → X. */
export function refTarget(node: AstNode | undefined): string | undefined {
  return isIntrinsic(node) && node.name === 'Ref' ? scalarText(node.argument) : undefined;
}

/** The API's stages and the variables they define; undefined when the template does not tell. */
export function stagesOfApi(apiId: string, template: CfnTemplate): Stages | undefined {
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

/** The stage a request reaches: SAM's StageName and Variables, or an `AWS::ApiGateway::Stage` of the template. */
export function sampleStageOf(model: ApiModel, integration: Integration): { name?: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const read = (node: AstNode | undefined) => {
    if (!isObject(node)) return;
    for (const p of node.properties) {
      const v = knownString(p.value);
      if (v !== undefined) variables[p.key.value] = v;
    }
  };
  const owner = integration.resource ?? integration.api?.owner;
  if (owner && (owner.type === 'AWS::Serverless::Api' || owner.type === 'AWS::Serverless::HttpApi')) {
    read(getValue(owner.properties, 'Variables') ?? getValue(owner.properties, 'StageVariables'));
    return { name: knownString(getValue(owner.properties, 'StageName')), variables };
  }
  for (const resource of model.cfnTemplate?.resources.values() ?? []) {
    if (resource.type !== 'AWS::ApiGateway::Stage' && resource.type !== 'AWS::ApiGatewayV2::Stage') continue;
    read(getValue(resource.properties, 'Variables') ?? getValue(resource.properties, 'StageVariables'));
    return { name: knownString(getValue(resource.properties, 'StageName')), variables };
  }
  return { variables };
}
