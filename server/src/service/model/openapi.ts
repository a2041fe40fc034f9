/**
 * Reads an OpenAPI 3.x / Swagger 2.0 definition: its operations, their integrations (inline or `$ref` to
 * `components.x-amazon-apigateway-integrations`), and the API-level extensions around them.
 */
import {
  AstNode,
  getProperty,
  getValue,
  isArray,
  isObject,
  isString,
  ObjectNode,
  PropertyNode,
  scalarText,
  stringValue,
} from '../parse/ast';
import { ModelCache, sameContext } from './modelCache';
import type { ApiDefinition, CfnResource, DeclaredParameters, Integration, Operation, Protocol } from './types';
import { decodeComponent } from '../util/uri';

export const INTEGRATION_KEY = 'x-amazon-apigateway-integration';
export const ANY_METHOD_KEY = 'x-amazon-apigateway-any-method';
const COMPONENT_INTEGRATIONS_KEY = 'x-amazon-apigateway-integrations';
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Looks like an OpenAPI/Swagger document (or a fragment of one with paths). */
export function isOpenApiDocument(node: AstNode | undefined): node is ObjectNode {
  return isObject(node) && (!!getProperty(node, 'openapi') || !!getProperty(node, 'swagger') || isObject(getValue(node, 'paths')));
}

export interface OpenApiReadOptions {
  owner?: CfnResource;
  /** Protocol known from the owner resource (`AWS::Serverless::HttpApi` → http). */
  protocol?: Protocol;
  idPrefix: string;
  /** Operations read by the previous build of the same document, reused where nothing changed. */
  cache?: ModelCache;
}

export function readOpenApi(node: ObjectNode, options: OpenApiReadOptions): { api: ApiDefinition; integrations: Integration[] } {
  const version = getProperty(node, 'swagger') ? '2.0' : getProperty(node, 'openapi') ? '3.x' : undefined;
  const { protocol, certain } = detectProtocol(node, options.protocol, options.cache);
  const integrations: Integration[] = [];
  const operations: Operation[] = [];
  const componentIntegrations = new Map<string, Integration>();

  const base = { dialect: 'openapi' as const, protocol, protocolCertain: certain, resource: options.owner, readOnly: false };

  const components = getValue(node, 'components');
  const componentMap = getValue(components, COMPONENT_INTEGRATIONS_KEY);
  if (isObject(componentMap)) {
    for (const property of componentMap.properties) {
      if (!isObject(property.value)) continue;
      // Fields written out: V8 builds `{ ...base, more }` objects slowly (tens of µs each), and specs have thousands.
      const integration: Integration = {
        dialect: base.dialect,
        protocol: base.protocol,
        protocolCertain: base.protocolCertain,
        resource: base.resource,
        readOnly: base.readOnly,
        id: `${options.idPrefix}#/components/${COMPONENT_INTEGRATIONS_KEY}/${property.key.value}`,
        location: 'openapi-component',
        node: property.value,
        keyNode: property.key,
      };
      componentIntegrations.set(property.key.value, integration);
      integrations.push(integration);
    }
  }

  const api: ApiDefinition = {
    node,
    version,
    protocol,
    protocolCertain: certain,
    owner: options.owner,
    operations,
    componentIntegrations,
    binaryMediaTypes: readStringList(getValue(node, 'x-amazon-apigateway-binary-media-types')),
    requestValidators: readMapKeys(getValue(node, 'x-amazon-apigateway-request-validators')),
    gatewayResponses: asObject(getValue(node, 'x-amazon-apigateway-gateway-responses')),
    cors: asObject(getValue(node, 'x-amazon-apigateway-cors')),
    authorizers: readAuthorizers(node),
  };
  for (const integration of integrations) (integration as { api?: ApiDefinition }).api = api;

  const paths = getValue(node, 'paths');
  if (isObject(paths)) {
    // What an operation depends on besides its path item: the API's facts and the rest of the definition
    // (components for `$ref`s), compared by identity.
    const context = options.cache
      ? [version, protocol, certain, options.idPrefix, options.owner?.logicalId, ...node.properties.map((p) => (p.value === paths ? undefined : (p.value ?? p)))]
      : [];
    for (const pathProperty of paths.properties) {
      const pathItem = pathProperty.value;
      if (!isObject(pathItem)) continue;
      const cached = options.cache?.pathItems.get(pathItem);
      if (cached && cached.key === pathProperty.key && sameContext(cached.context, context)) {
        for (const operation of cached.operations) {
          const integration = operation.integration;
          if (integration) {
            rebind(integration, api, options.owner, componentIntegrations);
            integrations.push(integration);
          }
          operations.push(operation);
        }
        continue;
      }
      const first = operations.length;
      const path = pathProperty.key.value;
      for (const methodProperty of pathItem.properties) {
        const key = methodProperty.key.value;
        const lower = key.toLowerCase();
        if (!HTTP_METHODS.has(lower) && lower !== ANY_METHOD_KEY) continue;
        const operationNode = methodProperty.value;
        if (!isObject(operationNode)) continue;
        const method = lower === ANY_METHOD_KEY ? 'ANY' : key.toUpperCase();
        const operation: Operation = {
          path,
          method,
          node: operationNode,
          keyNode: methodProperty.key,
          pathItem,
          parameters: readParameters(node, path, pathItem, operationNode),
          responseCodes: readResponseCodes(operationNode),
        };
        const integrationProperty = getProperty(operationNode, INTEGRATION_KEY);
        if (integrationProperty && isObject(integrationProperty.value)) {
          const integration = operationIntegration(integrationProperty, operation, api, componentIntegrations, base, options.idPrefix);
          (operation as { integration?: Integration }).integration = integration;
          integrations.push(integration);
        }
        operations.push(operation);
      }
      options.cache?.pathItems.set(pathItem, { key: pathProperty.key, context, operations: operations.slice(first) });
    }
  }
  return { api, integrations };
}

/** A reused operation's integration belongs to this build's API, owner and shared integrations. */
function rebind(integration: Integration, api: ApiDefinition, owner: CfnResource | undefined, components: Map<string, Integration>): void {
  const mutable = integration as { api?: ApiDefinition; resource?: CfnResource };
  mutable.api = api;
  mutable.resource = owner;
  const ref = integration.ref;
  if (ref) {
    const match = /^#\/components\/x-amazon-apigateway-integrations\/(.+)$/.exec(ref.node.value);
    ref.target = match ? components.get(decodePointer(match[1])) : undefined;
  }
}

function operationIntegration(
  property: PropertyNode,
  operation: Operation,
  api: ApiDefinition,
  components: Map<string, Integration>,
  base: Pick<Integration, 'dialect' | 'protocol' | 'protocolCertain' | 'resource' | 'readOnly'>,
  idPrefix: string,
): Integration {
  const object = property.value as ObjectNode;
  const refNode = getValue(object, '$ref');
  let ref: Integration['ref'];
  if (isString(refNode)) {
    const match = /^#\/components\/x-amazon-apigateway-integrations\/(.+)$/.exec(refNode.value);
    ref = { node: refNode, target: match ? components.get(decodePointer(match[1])) : undefined };
  }
  return {
    dialect: base.dialect,
    protocol: base.protocol,
    protocolCertain: base.protocolCertain,
    resource: base.resource,
    readOnly: base.readOnly,
    id: `${idPrefix}${operation.method} ${operation.path}`,
    location: 'openapi-operation',
    node: object,
    keyNode: property.key,
    api,
    operation,
    path: operation.path,
    method: operation.method,
    ref,
  };
}

/** A JSON pointer segment of a URI fragment (`#/paths/~1pets~1%7Bid%7D`): percent-decoded, then `~1` and `~0`. */
function decodePointer(segment: string): string {
  return decodeComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * HTTP API or REST API? The owning resource decides. A standalone file (often included into a template we
 * cannot see) tells only by evidence: HTTP-API-only extensions and fields versus REST-only integration types and
 * fields. Conflicting or no evidence: assume REST (the common case) and say so (`certain: false`), so no rule
 * judges by protocol.
 */
function detectProtocol(node: ObjectNode, fromOwner: Protocol | undefined, cache: ModelCache | undefined): { protocol: Protocol; certain: boolean } {
  if (fromOwner) return { protocol: fromOwner, certain: true };
  let http = !!getProperty(node, 'x-amazon-apigateway-cors') || !!getProperty(node, 'x-amazon-apigateway-importexport-version');
  let rest = ['x-amazon-apigateway-binary-media-types', 'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-api-key-source'].some((k) => !!getProperty(node, k));
  const paths = getValue(node, 'paths');
  if (isObject(paths)) {
    for (const pathItem of paths.properties) {
      if (!isObject(pathItem.value)) continue;
      let evidence = cache?.protocolEvidence.get(pathItem.value);
      if (evidence === undefined) {
        evidence = protocolEvidence(pathItem.value);
        cache?.protocolEvidence.set(pathItem.value, evidence);
      }
      if (evidence & HTTP_EVIDENCE) http = true;
      if (evidence & REST_EVIDENCE) rest = true;
    }
  }
  if (http && !rest) return { protocol: 'http', certain: true };
  return { protocol: 'rest', certain: rest && !http };
}

const HTTP_EVIDENCE = 1;
const REST_EVIDENCE = 2;

/** What a path item's integrations say about the protocol (cheap: does not walk schemas). */
function protocolEvidence(pathItem: ObjectNode): number {
  let evidence = 0;
  for (const operation of pathItem.properties) {
    const integration = getValue(operation.value, INTEGRATION_KEY);
    if (!isObject(integration)) continue;
    for (const p of integration.properties) {
      if (p.key.value === 'payloadFormatVersion' || p.key.value === 'integrationSubtype') evidence |= HTTP_EVIDENCE;
      if (p.key.value === 'requestTemplates' || p.key.value === 'responses' || p.key.value === 'cacheKeyParameters') evidence |= REST_EVIDENCE;
      if (p.key.value === 'type' && /^(aws|http|mock)$/i.test(stringValue(p.value) ?? '')) evidence |= REST_EVIDENCE;
    }
  }
  return evidence;
}

function readParameters(root: ObjectNode, path: string, pathItem: ObjectNode, operation: ObjectNode): DeclaredParameters {
  const result = { path: [] as string[], querystring: [] as string[], header: [] as string[], complete: true };
  for (const match of path.matchAll(/\{([^{}]+?)\+?\}/g)) result.path.push(match[1]);
  for (const list of [getValue(pathItem, 'parameters'), getValue(operation, 'parameters')]) {
    if (list === undefined) continue;
    if (!isArray(list)) {
      result.complete = false;
      continue;
    }
    for (const item of list.items) {
      const parameter = resolveLocalRef(root, item);
      const name = stringValue(getValue(parameter, 'name'));
      const where = stringValue(getValue(parameter, 'in'));
      if (!name || !where) {
        result.complete = false;
        continue;
      }
      if (where === 'path' && !result.path.includes(name)) result.path.push(name);
      else if (where === 'query') result.querystring.push(name);
      else if (where === 'header') result.header.push(name);
    }
  }
  return result;
}

/** Follows `$ref: '#/...'` inside the same document; anything else stays as is. */
export function resolveLocalRef(root: ObjectNode, node: AstNode | undefined): AstNode | undefined {
  let current = node;
  for (let hops = 0; hops < 8; hops++) {
    const ref = stringValue(getValue(current, '$ref'));
    if (!ref || !ref.startsWith('#/')) return current;
    let target: AstNode | undefined = root;
    for (const segment of ref.slice(2).split('/')) target = getValue(target, decodePointer(segment));
    if (!target) return current;
    current = target;
  }
  return current;
}

function readResponseCodes(operation: ObjectNode): string[] | undefined {
  const responses = getValue(operation, 'responses');
  if (!isObject(responses)) return undefined;
  return responses.properties.map((p) => p.key.value);
}

function readStringList(node: AstNode | undefined): string[] {
  if (!isArray(node)) return [];
  return node.items.map((item) => scalarText(item)).filter((s): s is string => s !== undefined);
}

function readMapKeys(node: AstNode | undefined): Map<string, PropertyNode> {
  const map = new Map<string, PropertyNode>();
  if (isObject(node)) for (const p of node.properties) map.set(p.key.value, p);
  return map;
}

function asObject(node: AstNode | undefined): ObjectNode | undefined {
  return isObject(node) ? node : undefined;
}

/** Security schemes that carry an API Gateway authorizer (OpenAPI 3 components or Swagger securityDefinitions). */
function readAuthorizers(root: ObjectNode): Map<string, ObjectNode> {
  const map = new Map<string, ObjectNode>();
  const schemes = [getValue(getValue(root, 'components'), 'securitySchemes'), getValue(root, 'securityDefinitions')];
  for (const container of schemes) {
    if (!isObject(container)) continue;
    for (const p of container.properties) {
      const authorizer = getValue(p.value, 'x-amazon-apigateway-authorizer');
      if (isObject(authorizer)) map.set(p.key.value, authorizer);
    }
  }
  return map;
}
