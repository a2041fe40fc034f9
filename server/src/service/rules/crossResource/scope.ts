/**
 * What the cross-resource rules look at: the integrations that live in the template (not a standalone OpenAPI
 * file, whose template we cannot see), read through `IntegrationView`, and where each one sits.
 */
import { IntegrationView, viewOf } from '../../model/integrationView';
import { apiIdOf } from '../../model/stages';
import type { ApiModel, CfnResource, CfnTemplate, Integration } from '../../model/types';
import { getValue, isArray, isIntrinsic, isObject, scalarText } from '../../parse/ast';
import type { AstNode } from '../../parse/ast';

export interface TemplateIntegration {
  readonly view: IntegrationView;
  readonly template: CfnTemplate;
  /** The API resource the integration belongs to (the owner of a DefinitionBody, a Method's RestApiId, ...). */
  readonly apiId: string | undefined;
  /** Method and path pairs that reach it (a component integration is reached through the operations that `$ref` it). */
  readonly routes: readonly { method: string | undefined; path: string | undefined }[];
}

/** The template's own integrations that can be edited (SAM events and `$ref`s are read elsewhere). */
export function templateIntegrations(model: ApiModel): TemplateIntegration[] {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = readTemplateIntegrations(model)));
  return found;
}

/** Every rule of the family asks; the model is immutable per document version. */
const cache = new WeakMap<ApiModel, TemplateIntegration[]>();

function readTemplateIntegrations(model: ApiModel): TemplateIntegration[] {
  const template = model.cfnTemplate;
  if (!template || !templateIsReadable(template)) return [];
  const out: TemplateIntegration[] = [];
  for (const integration of model.integrations) {
    if (integration.ref || !belongsTo(integration, template)) continue;
    const view = viewOf(integration, template);
    if (!view) continue;
    out.push({ view, template, apiId: apiIdOf(integration), routes: routesOf(integration) });
  }
  return out;
}

/** Every integration object of the file that can be edited, template or not. */
export function editableIntegrations(model: ApiModel): IntegrationView[] {
  const out: IntegrationView[] = [];
  for (const integration of model.integrations) {
    const view = integration.ref ? undefined : viewOf(integration, model.cfnTemplate);
    if (view) out.push(view);
  }
  return out;
}

function belongsTo(integration: Integration, template: CfnTemplate): boolean {
  const resource = integration.resource;
  return !!resource && template.resources.get(resource.logicalId) === resource;
}

function routesOf(integration: Integration): { method: string | undefined; path: string | undefined }[] {
  if (integration.location !== 'openapi-component') return [{ method: integration.method, path: integration.path }];
  const routes: { method: string | undefined; path: string | undefined }[] = [];
  for (const operation of integration.api?.operations ?? []) {
    if (operation.integration?.ref?.target === integration) routes.push({ method: operation.method, path: operation.path });
  }
  return routes;
}

export { refTarget } from '../../model/stages';

/**
 * Macros other than SAM (and `AWS::Include`) can add or rename resources, and `Fn::ForEach` generates them:
 * in such templates nothing is judged by what the template seems to lack.
 */
export function templateIsReadable(template: CfnTemplate): boolean {
  const transform = getValue(template.root, 'Transform');
  const names = isArray(transform) ? transform.items.map(scalarText) : transform === undefined ? [] : [scalarText(transform)];
  if (names.some((name) => name === undefined || !/^AWS::Serverless-\d{4}-\d{2}-\d{2}$/.test(name))) return false;
  const resources = getValue(template.root, 'Resources');
  return !(isObject(resources) && resources.properties.some((p) => p.key.value.startsWith('Fn::ForEach')));
}

export function resourceOf(template: CfnTemplate, logicalId: string | undefined): CfnResource | undefined {
  return logicalId === undefined ? undefined : template.resources.get(logicalId);
}

/** Appends to the list under `key`, creating it. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
