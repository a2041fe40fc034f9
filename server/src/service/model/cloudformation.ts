/**
 * Reads a SAM/CloudFormation template: its resources, the OpenAPI definitions embedded in APIs
 * (`DefinitionBody`, `Body`), `AWS::ApiGateway::Method` and `AWS::ApiGatewayV2::Integration` integrations, and
 * the implicit Lambda proxy integrations SAM creates for functions' `Api`/`HttpApi` events.
 */
import { AstNode, getProperty, getValue, isArray, isIntrinsic, isObject, ObjectNode, scalarText, stringValue } from '../parse/ast';
import type { ModelCache } from './modelCache';
import { isOpenApiDocument, readOpenApi } from './openapi';
import type { ApiDefinition, ApiInclude, CfnResource, CfnTemplate, DeclaredParameters, Integration, IntegrationType, Operation, Protocol } from './types';
import { getAttTarget, knownString } from './values';

export function isCloudFormationTemplate(node: AstNode | undefined): node is ObjectNode {
  return (
    isObject(node) &&
    (isObject(getValue(node, 'Resources')) || !!getProperty(node, 'AWSTemplateFormatVersion') || !!getProperty(node, 'Transform'))
  );
}

export function readCfnTemplate(root: ObjectNode): CfnTemplate {
  const resources = new Map<string, CfnResource>();
  const resourcesNode = getValue(root, 'Resources');
  if (isObject(resourcesNode)) {
    for (const property of resourcesNode.properties) {
      const node = property.value;
      if (!isObject(node)) continue;
      const type = stringValue(getValue(node, 'Type')) ?? '';
      const properties = getValue(node, 'Properties');
      resources.set(property.key.value, {
        logicalId: property.key.value,
        type,
        node,
        keyNode: property.key,
        properties: isObject(properties) ? properties : undefined,
      });
    }
  }
  const parameters = new Map<string, { node: AstNode | undefined; keyNode: typeof root.properties[number]['key'] }>();
  const parametersNode = getValue(root, 'Parameters');
  if (isObject(parametersNode)) for (const p of parametersNode.properties) parameters.set(p.key.value, { node: p.value, keyNode: p.key });
  const conditions = new Set<string>();
  const conditionsNode = getValue(root, 'Conditions');
  if (isObject(conditionsNode)) for (const p of conditionsNode.properties) conditions.add(p.key.value);
  const transform = getValue(root, 'Transform');
  const transforms = isArray(transform) ? transform.items.map(scalarText) : [scalarText(transform)];
  const isSam = transforms.some((t) => t?.startsWith('AWS::Serverless'));
  return { root, resources, parameters, conditions, isSam };
}

const API_BODY: Record<string, { key: string; protocol: Protocol }> = {
  'AWS::Serverless::Api': { key: 'DefinitionBody', protocol: 'rest' },
  'AWS::Serverless::HttpApi': { key: 'DefinitionBody', protocol: 'http' },
  'AWS::ApiGateway::RestApi': { key: 'Body', protocol: 'rest' },
  'AWS::ApiGatewayV2::Api': { key: 'Body', protocol: 'http' },
};

export interface CfnTemplateContents {
  apis: ApiDefinition[];
  integrations: Integration[];
  v2Routes: Map<string, string[]>;
  includes: ApiInclude[];
}

export function readCfnTemplateContents(template: CfnTemplate, cache?: ModelCache): CfnTemplateContents {
  const apis: ApiDefinition[] = [];
  const integrations: Integration[] = [];
  const includes: ApiInclude[] = [];
  const v2Routes = readV2Routes(template);
  for (const resource of template.resources.values()) {
    const body = API_BODY[resource.type];
    if (body) {
      const definition = getValue(resource.properties, body.key);
      if (isOpenApiDocument(definition)) {
        const read = readOpenApi(definition, { owner: resource, protocol: body.protocol, idPrefix: `${resource.logicalId}:`, cache });
        apis.push(read.api);
        integrations.push(...read.integrations);
      } else if (isIntrinsic(definition) && definition.name === 'Fn::Transform') {
        const locationNode = getValue(getValue(definition.argument, 'Parameters'), 'Location');
        includes.push({ owner: resource, protocol: body.protocol, location: knownString(locationNode), node: locationNode ?? definition });
      }
      continue;
    }
    if (resource.type === 'AWS::ApiGateway::Method') {
      const integration = methodIntegration(template, resource);
      if (integration) integrations.push(integration);
    } else if (resource.type === 'AWS::ApiGatewayV2::Integration' && resource.properties) {
      integrations.push(v2Integration(template, resource, v2Routes));
    } else if (resource.type === 'AWS::Serverless::Function') {
      integrations.push(...samEventIntegrations(resource));
    }
  }
  return { apis, integrations, v2Routes, includes };
}

function methodIntegration(template: CfnTemplate, resource: CfnResource): Integration | undefined {
  const properties = resource.properties;
  const integrationProperty = getProperty(properties, 'Integration');
  if (!properties || !integrationProperty || !isObject(integrationProperty.value)) return undefined;
  const method = (knownString(getValue(properties, 'HttpMethod')) ?? '?').toUpperCase();
  const path = resourcePath(template, getValue(properties, 'ResourceId')) ?? '?';
  const operation: Operation = {
    path,
    method,
    node: properties,
    keyNode: resource.keyNode,
    pathItem: properties,
    parameters: methodParameters(path, getValue(properties, 'RequestParameters')),
    responseCodes: methodResponseCodes(getValue(properties, 'MethodResponses')),
  };
  const integration: Integration = {
    id: `${resource.logicalId}.Integration`,
    location: 'cfn-method',
    dialect: 'cfn-method',
    protocol: 'rest',
    protocolCertain: true,
    node: integrationProperty.value,
    keyNode: integrationProperty.key,
    operation,
    path,
    method,
    resource,
    readOnly: false,
  };
  (operation as { integration?: Integration }).integration = integration;
  return integration;
}

/** Walks `ResourceId` → `AWS::ApiGateway::Resource` `PathPart`/`ParentId` up to the API's root resource. */
function resourcePath(template: CfnTemplate, resourceId: AstNode | undefined): string | undefined {
  const parts: string[] = [];
  let current = resourceId;
  for (let depth = 0; depth < 64; depth++) {
    if (isIntrinsic(current) && current.name === 'Fn::GetAtt') {
      return getAttTarget(current.argument)?.attribute === 'RootResourceId' ? '/' + parts.join('/') : undefined;
    }
    if (!isIntrinsic(current) || current.name !== 'Ref') return undefined;
    const target = template.resources.get(scalarText(current.argument) ?? '');
    if (!target || target.type !== 'AWS::ApiGateway::Resource') return undefined;
    const part = knownString(getValue(target.properties, 'PathPart'));
    if (part === undefined) return undefined;
    parts.unshift(part);
    current = getValue(target.properties, 'ParentId');
  }
  return undefined;
}

function methodParameters(path: string, requestParameters: AstNode | undefined): DeclaredParameters {
  const result = { path: [] as string[], querystring: [] as string[], header: [] as string[], complete: true };
  for (const match of path.matchAll(/\{([^{}]+?)\+?\}/g)) result.path.push(match[1]);
  if (requestParameters === undefined) return result;
  if (!isObject(requestParameters)) return { ...result, complete: false };
  for (const property of requestParameters.properties) {
    const match = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(property.key.value);
    if (!match) continue;
    const where = match[1] === 'multivaluequerystring' ? 'querystring' : match[1] === 'multivalueheader' ? 'header' : match[1];
    const list = result[where as 'path' | 'querystring' | 'header'];
    if (!list.includes(match[2])) list.push(match[2]);
  }
  return result;
}

function methodResponseCodes(methodResponses: AstNode | undefined): string[] | undefined {
  if (methodResponses === undefined) return [];
  if (!isArray(methodResponses)) return undefined;
  const codes: string[] = [];
  for (const item of methodResponses.items) {
    const code = knownString(getValue(item, 'StatusCode'));
    if (code === undefined) return undefined;
    codes.push(code);
  }
  return codes;
}

function v2Integration(template: CfnTemplate, resource: CfnResource, routes: Map<string, string[]>): Integration {
  const properties = resource.properties!;
  const { protocol, certain } = v2Protocol(template, properties);
  const routeKeys = routes.get(resource.logicalId);
  const [method, path] = routeKeys?.[0]?.includes(' ') ? routeKeys[0].split(' ', 2) : [undefined, routeKeys?.[0]];
  return {
    id: resource.logicalId,
    location: 'cfn-v2',
    dialect: 'cfn-v2',
    protocol,
    protocolCertain: certain,
    node: properties,
    keyNode: resource.keyNode,
    resource,
    path,
    method,
    readOnly: false,
  };
}

/** HTTP or WebSocket: from the `ApiId` target's `ProtocolType`, else from the integration type. */
function v2Protocol(template: CfnTemplate, properties: ObjectNode): { protocol: Protocol; certain: boolean } {
  const apiId = getValue(properties, 'ApiId');
  if (isIntrinsic(apiId) && apiId.name === 'Ref') {
    const api = template.resources.get(scalarText(apiId.argument) ?? '');
    if (api?.type === 'AWS::Serverless::HttpApi') return { protocol: 'http', certain: true };
    const protocolType = knownString(getValue(api?.properties, 'ProtocolType'));
    if (protocolType === 'HTTP') return { protocol: 'http', certain: true };
    if (protocolType === 'WEBSOCKET') return { protocol: 'websocket', certain: true };
  }
  const type = knownString(getValue(properties, 'IntegrationType'));
  if (type === 'AWS' || type === 'HTTP' || type === 'MOCK') return { protocol: 'websocket', certain: false };
  return { protocol: 'http', certain: false };
}

/** `AWS::ApiGatewayV2::Route` `Target: !Join [/, [integrations, !Ref X]]` → route keys by integration id. */
function readV2Routes(template: CfnTemplate): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  for (const resource of template.resources.values()) {
    if (resource.type !== 'AWS::ApiGatewayV2::Route') continue;
    const routeKey = knownString(getValue(resource.properties, 'RouteKey'));
    const target = getValue(resource.properties, 'Target');
    const integrationId = refInTarget(target);
    if (!routeKey || !integrationId) continue;
    routes.set(integrationId, [...(routes.get(integrationId) ?? []), routeKey]);
  }
  return routes;
}

function refInTarget(target: AstNode | undefined): string | undefined {
  let found: string | undefined;
  const visit = (node: AstNode | undefined, depth: number) => {
    if (!node || found || depth > 6) return;
    if (isIntrinsic(node)) {
      if (node.name === 'Ref') found = scalarText(node.argument);
      else if (node.name === 'Fn::Sub') {
        const text = stringValue(node.argument) ?? '';
        found = /integrations\/\$\{([A-Za-z0-9]+)\}/.exec(text)?.[1];
      } else visit(node.argument, depth + 1);
    } else if (isArray(node)) node.items.forEach((item) => visit(item, depth + 1));
  };
  visit(target, 0);
  return found;
}

/** SAM creates a Lambda proxy integration for each `Api`/`HttpApi` event of a function. */
function samEventIntegrations(resource: CfnResource): Integration[] {
  const events = getValue(resource.properties, 'Events');
  if (!isObject(events)) return [];
  const integrations: Integration[] = [];
  for (const event of events.properties) {
    const eventType = knownString(getValue(event.value, 'Type'));
    if (eventType !== 'Api' && eventType !== 'HttpApi') continue;
    const properties = getValue(event.value, 'Properties');
    const path = knownString(getValue(properties, 'Path'));
    const method = knownString(getValue(properties, 'Method'))?.toUpperCase();
    const protocol: Protocol = eventType === 'HttpApi' ? 'http' : 'rest';
    const type: IntegrationType = 'AWS_PROXY';
    const payloadFormatVersion = knownString(getValue(properties, 'PayloadFormatVersion')) ?? (protocol === 'http' ? '2.0' : undefined);
    integrations.push({
      id: `${resource.logicalId}.Events.${event.key.value}`,
      location: 'sam-event',
      dialect: 'openapi',
      protocol,
      protocolCertain: true,
      node: undefined,
      keyNode: event.key,
      resource,
      path: path ?? (protocol === 'http' && !properties ? '$default' : undefined),
      method: method === 'ANY' || method === 'X-AMAZON-APIGATEWAY-ANY-METHOD' ? 'ANY' : method,
      readOnly: true,
      implicit: { type, functionLogicalId: resource.logicalId, payloadFormatVersion },
    });
  }
  return integrations;
}
