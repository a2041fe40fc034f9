/**
 * What the VTL features need to know about the place a mapping template sits in: the stage, the kind of API,
 * the route's parameters, the request body's fields, and (inside `Fn::Sub`) the names CloudFormation resolves.
 */
import type { EmbeddedTemplate } from '../sourceMap';
import type { MappingContext } from './';
import type { MappingTemplateLocation } from '../model/mappingTemplates';
import type { ApiModel, Operation } from '../model/types';
import { PSEUDO_PARAMETERS, subParts } from '../model/values';
import { resolveLocalRef } from '../model/openapi';
import { requestBodySchema } from '../model/schemas';
import { AstNode, getValue, isIntrinsic, isObject, ObjectNode, stringValue } from '../parse/ast';
import { stageVariablesOf } from '../model/stages';

/** SAM resources that exist after the transform without a resource of that name in the template. */
const SAM_GENERATED = ['ServerlessRestApi', 'ServerlessHttpApi', 'ServerlessRestApiProdStage', 'ServerlessDeploymentApplication'];

export function mappingContextFor(model: ApiModel, loc: MappingTemplateLocation, template: EmbeddedTemplate): MappingContext {
  const integration = loc.integration;
  const operation = integration?.operation;
  return {
    stage: loc.stage,
    apiKind: integration?.protocol === 'websocket' ? 'websocket' : integration ? 'rest' : undefined,
    templateKind: 'integration',
    substitutions: template.substitutions,
    cfnNames: loc.sub ? cfnNames(model, loc) : undefined,
    parameterNames: operation?.parameters.complete ? { path: operation.parameters.path, querystring: operation.parameters.querystring, header: operation.parameters.header } : undefined,
    bodyPaths: loc.stage === 'request' && operation && integration?.api ? bodyPaths(integration.api.node, operation) : undefined,
    stageVariableNames: integration ? stageVariablesOf(model, integration) : undefined,
  };
}

/** Names a `${...}` may resolve in this Fn::Sub: the template's, the pseudo parameters, the Sub's own variables. */
function cfnNames(model: ApiModel, loc: MappingTemplateLocation): string[] {
  const names: string[] = [...PSEUDO_PARAMETERS];
  const template = model.cfnTemplate;
  if (template) {
    names.push(...template.resources.keys(), ...template.parameters.keys());
    if (template.isSam) names.push(...SAM_GENERATED);
  }
  const sub = loc.valueNode;
  if (isIntrinsic(sub) && sub.name === 'Fn::Sub') {
    const { variables } = subParts(sub.argument);
    if (isObject(variables)) names.push(...variables.properties.map((p) => p.key.value));
  }
  return names;
}

const MAX_DEPTH = 4;
const MAX_PATHS = 200;

/** `$.name`, `$.address.city`, `$.items[*].id`... from the operation's JSON request body schema. */
function bodyPaths(root: ObjectNode, operation: Operation): MappingContext['bodyPaths'] {
  const schema = requestBodySchema(root, operation);
  if (!schema) return undefined;
  const out: NonNullable<MappingContext['bodyPaths']> = [];
  const visit = (node: AstNode | undefined, path: string, depth: number, seen: Set<AstNode>) => {
    const resolved = resolveLocalRef(root, node);
    if (!resolved || depth > MAX_DEPTH || out.length >= MAX_PATHS || seen.has(resolved)) return;
    const next = new Set(seen).add(resolved);
    const properties = getValue(resolved, 'properties');
    if (isObject(properties)) {
      for (const p of properties.properties) {
        const child = resolveLocalRef(root, p.value);
        const childPath = `${path}.${/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.key.value) ? p.key.value : `['${p.key.value}']`}`;
        out.push({ path: childPath, type: stringValue(getValue(child, 'type')), description: stringValue(getValue(child, 'description')) });
        visit(child, childPath, depth + 1, next);
      }
    }
    const items = getValue(resolved, 'items');
    if (items) visit(items, `${path}[*]`, depth + 1, next);
  };
  visit(schema, '$', 0, new Set());
  return out.length ? out : undefined;
}
