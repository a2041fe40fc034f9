/**
 * What an object of the file is for API Gateway: an integration, one of its maps (requestParameters, responses,
 * ...), an integration response, an operation or a Method that could hold an integration, a path item. Completion
 * and hover ask this about the container of the caret, which may not exist yet (`x-amazon-apigateway-integration:`
 * with nothing under it), so it works from the key path and the model rather than from model nodes alone.
 */
import { FieldName, fieldForKey } from '../../knowledge/integrationFields';
import { IntegrationView, viewOf } from '../../model/integrationView';
import { ANY_METHOD_KEY, INTEGRATION_KEY } from '../../model/openapi';
import type { ApiDefinition, ApiModel, CfnResource, Dialect, Integration, Operation, Protocol } from '../../model/types';
import { knownString } from '../../model/values';
import { AstNode, getValue, isArray, isObject, ObjectNode, pathOf, PropertyNode } from '../../parse/ast';
import type { Container } from './caret';

export interface Place {
  readonly dialect: Dialect;
  readonly protocol: Protocol;
  readonly protocolCertain: boolean;
  /** The integration, when its object exists in the file. */
  readonly integration?: Integration;
  readonly view?: IntegrationView;
  readonly operation?: Operation;
  readonly api?: ApiDefinition;
  readonly resource?: CfnResource;
  /** Route of the place, for labels and parameters (`/pets/{petId}`, `GET`). */
  readonly path?: string;
  readonly method?: string;
}

export type Slot =
  /** The integration object itself. */
  | { readonly kind: 'integration'; readonly place: Place; readonly object: ObjectNode | undefined }
  /** The value object of one of its fields (requestParameters, requestTemplates, OpenAPI responses, tlsConfig, ...). */
  | { readonly kind: 'field'; readonly field: FieldName; readonly place: Place; readonly object: ObjectNode | undefined }
  /** One integration response (OpenAPI `responses.<pattern>` / CloudFormation `IntegrationResponses[i]`). */
  | { readonly kind: 'response'; readonly place: Place; readonly object: ObjectNode | undefined; readonly pattern?: string }
  | { readonly kind: 'responseField'; readonly field: 'responseParameters' | 'responseTemplates'; readonly place: Place; readonly response: ObjectNode | undefined }
  /** An OpenAPI operation (which may get an integration). */
  | { readonly kind: 'operation'; readonly place: Place; readonly object: ObjectNode | undefined; readonly api: ApiDefinition }
  /** An OpenAPI path item (which may get a CORS `options` operation). */
  | { readonly kind: 'pathItem'; readonly api: ApiDefinition; readonly object: ObjectNode | undefined; readonly path: string }
  /** `AWS::ApiGateway::Method` Properties (which may get an `Integration`). */
  | { readonly kind: 'methodProperties'; readonly place: Place; readonly object: ObjectNode | undefined };

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', ANY_METHOD_KEY]);
const COMPONENTS = 'x-amazon-apigateway-integrations';

interface Lookup {
  readonly apis: Map<AstNode, ApiDefinition>;
  readonly resources: Map<AstNode, CfnResource>;
}

const lookups = new WeakMap<ApiModel, Lookup>();

function lookup(model: ApiModel): Lookup {
  let found = lookups.get(model);
  if (!found) {
    found = { apis: new Map(), resources: new Map() };
    for (const api of model.apis) found.apis.set(api.node, api);
    for (const resource of model.cfnTemplate?.resources.values() ?? []) found.resources.set(resource.node, resource);
    lookups.set(model, found);
  }
  return found;
}

/** The nearest ancestor (or the node itself) that `map` knows. */
function nearest<T>(node: AstNode | PropertyNode | undefined, map: Map<AstNode, T>): { node: AstNode; value: T } | undefined {
  for (let current = node; current; current = current.parent) {
    if (current.type === 'property') continue;
    const value = map.get(current);
    if (value !== undefined) return { node: current, value };
  }
  return undefined;
}

export function slotFor(model: ApiModel, container: Container): Slot | undefined {
  const tables = lookup(model);
  const api = nearest(container.anchor, tables.apis);
  if (api) {
    const relative = container.path.slice(pathOf(api.node).length);
    const slot = openApiSlot(model, api.value, relative, container.object);
    if (slot) return slot;
  }
  const resource = nearest(container.anchor, tables.resources);
  if (resource) return resourceSlot(model, resource.value, container.path.slice(pathOf(resource.node).length), container.object);
  return undefined;
}

function openApiSlot(model: ApiModel, api: ApiDefinition, path: readonly (string | number)[], object: ObjectNode | undefined): Slot | undefined {
  const base = { dialect: 'openapi' as const, protocol: api.protocol, protocolCertain: api.protocolCertain, api, resource: api.owner };
  if (path[0] === 'paths' && typeof path[1] === 'string') {
    const route = path[1];
    if (path.length === 2) return { kind: 'pathItem', api, object, path: route };
    const methodKey = path[2];
    if (typeof methodKey !== 'string' || !HTTP_METHODS.has(methodKey.toLowerCase())) return undefined;
    const method = methodKey.toLowerCase() === ANY_METHOD_KEY ? 'ANY' : methodKey.toUpperCase();
    const operation = api.operations.find((o) => o.path === route && o.method === method);
    if (path.length === 3) return { kind: 'operation', place: { ...base, operation, path: route, method }, object, api };
    if (path[3] !== INTEGRATION_KEY) return undefined;
    const integrationNode = operation?.integration?.node;
    const integration = operation?.integration;
    const place: Place = { ...base, ...protocolOf(integration, base), integration, view: viewFor(model, integration), operation, path: route, method };
    return integrationSlot(place, path.slice(4), object, integrationNode);
  }
  if (path[0] === 'components' && path[1] === COMPONENTS && typeof path[2] === 'string') {
    const integration = api.componentIntegrations.get(path[2]);
    const place: Place = { ...base, ...protocolOf(integration, base), integration, view: viewFor(model, integration) };
    return integrationSlot(place, path.slice(3), object, integration?.node);
  }
  return undefined;
}

function resourceSlot(model: ApiModel, resource: CfnResource, path: readonly (string | number)[], object: ObjectNode | undefined): Slot | undefined {
  if (path[0] !== 'Properties') return undefined;
  const integration = model.integrations.find((i) => i.resource === resource && !i.readOnly);
  if (resource.type === 'AWS::ApiGateway::Method') {
    const base: Place = {
      dialect: 'cfn-method',
      protocol: 'rest',
      protocolCertain: true,
      integration,
      view: viewFor(model, integration),
      operation: integration?.operation ?? methodOperation(resource),
      resource,
      path: integration?.path,
      method: integration?.method,
    };
    if (path.length === 1) return { kind: 'methodProperties', place: base, object };
    if (path[1] !== 'Integration') return undefined;
    return integrationSlot(base, path.slice(2), object, integration?.node);
  }
  if (resource.type === 'AWS::ApiGatewayV2::Integration') {
    const place: Place = {
      dialect: 'cfn-v2',
      protocol: integration?.protocol ?? 'http',
      protocolCertain: integration?.protocolCertain ?? false,
      integration,
      view: viewFor(model, integration),
      resource,
      path: integration?.path,
      method: integration?.method,
    };
    return integrationSlot(place, path.slice(1), object, integration?.node);
  }
  return undefined;
}

/** A Method without an Integration yet still has a route's parameters and method responses. */
function methodOperation(resource: CfnResource): Operation | undefined {
  const properties = resource.properties;
  if (!properties) return undefined;
  const responses = getValue(properties, 'MethodResponses');
  const codes = isArray(responses) ? responses.items.map((i) => knownString(getValue(i, 'StatusCode'))).filter((c): c is string => !!c) : responses === undefined ? [] : undefined;
  const parameters = { path: [] as string[], querystring: [] as string[], header: [] as string[], complete: true };
  const requestParameters = getValue(properties, 'RequestParameters');
  if (isObject(requestParameters)) {
    for (const p of requestParameters.properties) {
      const match = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(p.key.value);
      if (match) parameters[match[1] as 'path' | 'querystring' | 'header'].push(match[2]);
    }
  }
  const method = (knownString(getValue(properties, 'HttpMethod')) ?? '?').toUpperCase();
  return { path: '?', method, node: properties, keyNode: resource.keyNode, pathItem: properties, parameters, responseCodes: codes };
}

function protocolOf(integration: Integration | undefined, base: { protocol: Protocol; protocolCertain: boolean }) {
  return integration ? { protocol: integration.protocol, protocolCertain: integration.protocolCertain } : base;
}

function viewFor(model: ApiModel, integration: Integration | undefined): IntegrationView | undefined {
  return integration ? viewOf(integration, model.cfnTemplate) : undefined;
}

/** `rest` is the path below the integration object. */
function integrationSlot(place: Place, rest: readonly (string | number)[], object: ObjectNode | undefined, integrationNode: ObjectNode | undefined): Slot | undefined {
  if (rest.length === 0) return { kind: 'integration', place, object: object ?? integrationNode };
  const key = rest[0];
  if (typeof key !== 'string') return undefined;
  const field = fieldForKey(place.dialect, key);
  if (!field) return undefined;
  if (rest.length === 1) return { kind: 'field', field: field.name, place, object };
  if (field.name !== 'responses') return undefined;
  // OpenAPI: responses.<pattern>; CloudFormation: IntegrationResponses[i].
  const entry = rest[1];
  if (place.dialect === 'openapi' ? typeof entry !== 'string' : typeof entry !== 'number') return undefined;
  if (rest.length === 2) return { kind: 'response', place, object, pattern: typeof entry === 'string' ? entry : undefined };
  const sub = rest[2];
  if (rest.length === 3 && (sub === 'responseParameters' || sub === 'ResponseParameters')) {
    return { kind: 'responseField', field: 'responseParameters', place, response: responseObject(place, entry) };
  }
  if (rest.length === 3 && (sub === 'responseTemplates' || sub === 'ResponseTemplates')) {
    return { kind: 'responseField', field: 'responseTemplates', place, response: responseObject(place, entry) };
  }
  return undefined;
}

function responseObject(place: Place, entry: string | number): ObjectNode | undefined {
  const responses = place.view?.value('responses');
  if (!responses) return undefined;
  if (typeof entry === 'number') {
    const item = responses.type === 'array' ? responses.items[entry] : undefined;
    return isObject(item) ? item : undefined;
  }
  const value = isObject(responses) ? responses.properties.find((p) => p.key.value === entry)?.value : undefined;
  return isObject(value) ? value : undefined;
}
