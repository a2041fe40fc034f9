/**
 * A Lambda integration works only when API Gateway may invoke the function: an `AWS::Lambda::Permission` for
 * apigateway.amazonaws.com (whose SourceArn, when given, covers the route), a SAM `Api`/`HttpApi` event of the
 * function on the same API and route (SAM generates the permission, with SourceArn `{api}/*\/{METHOD}{path}`), or
 * a SAM connector from the API to the function. Without one, API Gateway answers 500 ("Invalid permissions on
 * Lambda function"). An integration with `credentials` invokes as that role instead and needs none of these.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integration-using-cli.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html#apigateway-permissions,
 * aws-sam-translator 1.110 `model/eventsources/push.py` (Api/HttpApi `_get_permission`), connector profiles.
 */
import { HOLE, joinWithHoles } from '../../model/integrationUri';
import type { CfnResource, CfnTemplate } from '../../model/types';
import { evaluateString, knownString } from '../../model/values';
import { AstNode, getValue, isArray, isObject, scalarText, walk } from '../../parse/ast';
import { columnOf, insertProperty } from '../../parse/edits';
import type { Fix, RuleContext } from '../context';
import { actionMatches, mayIntersect } from './patterns';
import { addTo, refTarget, templateIntegrations } from './scope';
import type { SourceText } from '../../text/sourceText';
import { defineRule, perDocument } from '../record';

const LAMBDA_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::Version']);
const API_TYPES = new Set(['AWS::ApiGateway::RestApi', 'AWS::Serverless::Api', 'AWS::ApiGatewayV2::Api', 'AWS::Serverless::HttpApi']);

interface Route {
  readonly method: string | undefined;
  readonly path: string | undefined;
}

export function checkLambdaPermissions(context: RuleContext): void {
  let index: PermissionIndex | undefined;
  for (const integration of templateIntegrations(context.model)) {
    const { view, template, apiId } = integration;
    const type = view.type.value;
    if ((type !== 'AWS' && type !== 'AWS_PROXY') || !view.callsLambda || view.has('credentials')) continue;
    if (!apiId || !API_TYPES.has(template.resources.get(apiId)?.type ?? '')) continue;
    const fn = targetFunction(view.value('uri'), template);
    if (!fn) continue;
    index ??= buildIndex(template);
    const related = relatedFunctions(fn, index);
    const routes = integration.routes.length ? integration.routes : [{ method: undefined, path: undefined }];
    const missing = routes.filter((route) => !permitted(related, apiId, route, template, index!));
    if (!missing.length) continue;
    const at = view.value('uri') ?? view.integration.keyNode;
    const label = missing.map((r) => (r.method || r.path ? `${r.method ?? ''} ${r.path ?? ''}`.trim() : '')).filter(Boolean);
    context.report(
      'missing-lambda-permission',
      at,
      `Nothing lets API Gateway invoke \`${fn.logicalId}\` from \`${apiId}\`${label.length ? ` (${label.join(', ')})` : ''}: no AWS::Lambda::Permission for apigateway.amazonaws.com covers it${template.isSam ? ', no Api event of the function on this API and route, no connector' : ''}. Calls fail with 500 "Invalid permissions on Lambda function".`,
      permissionFix(context, template, fn, apiId, missing),
    );
  }
}

/** The one Lambda resource of the template the uri names (`${Fn.Arn}`, `!GetAtt Fn.Arn`, `${Alias}`). */
function targetFunction(uri: AstNode | undefined, template: CfnTemplate): CfnResource | undefined {
  const ids = new Set<string>();
  walk(uri, (node) => {
    if (node.type !== 'intrinsic') return;
    for (const segment of evaluateString(node)?.segments ?? []) {
      if (!('hole' in segment)) continue;
      const id = segment.hole.kind === 'ref' ? segment.hole.name : segment.hole.kind === 'getatt' ? segment.hole.resource : undefined;
      if (id && LAMBDA_TYPES.has(template.resources.get(id)?.type ?? '')) ids.add(id);
    }
    return false;
  });
  return ids.size === 1 ? template.resources.get([...ids][0]) : undefined;
}

/** What grants invocation in the template, read once per run (templates can have thousands of resources). */
interface PermissionIndex {
  /** `AWS::Lambda::Permission`s for API Gateway, by the function ids their FunctionName names. */
  readonly byFunction: Map<string, PreparedPermission[]>;
  /** By a literal function name or ARN's name. */
  readonly byName: Map<string, PreparedPermission[]>;
  /** FunctionName we cannot read: may be any function. */
  readonly anyFunction: PreparedPermission[];
  readonly connectors: CfnResource[];
  /** Alias and version ids by the function ids they point at. */
  readonly aliases: Map<string, string[]>;
  readonly literalNames: Map<string, string>;
}

interface PreparedPermission {
  readonly sourceArn: AstNode | undefined;
}

function buildIndex(template: CfnTemplate): PermissionIndex {
  const index: PermissionIndex = { byFunction: new Map(), byName: new Map(), anyFunction: [], connectors: [], aliases: new Map(), literalNames: new Map() };
  for (const resource of template.resources.values()) {
    const p = resource.properties;
    if (resource.type === 'AWS::Serverless::Connector') index.connectors.push(resource);
    else if (resource.type === 'AWS::Lambda::Alias' || resource.type === 'AWS::Lambda::Version') {
      for (const id of referencedIds(getValue(p, 'FunctionName'))) addTo(index.aliases, id, resource.logicalId);
    }
    if (LAMBDA_TYPES.has(resource.type)) {
      const name = knownString(getValue(p, 'FunctionName'));
      if (name !== undefined) index.literalNames.set(resource.logicalId, name);
    }
    if (resource.type !== 'AWS::Lambda::Permission') continue;
    const principal = evaluateString(getValue(p, 'Principal'));
    const principalText = principal ? joinWithHoles(principal) : HOLE;
    if (!principalText.startsWith(HOLE) && !principalText.startsWith('apigateway.') && principalText !== '*') continue;
    const action = knownString(getValue(p, 'Action'));
    if (action !== undefined && !actionMatches(action, 'lambda:InvokeFunction')) continue;
    const prepared: PreparedPermission = { sourceArn: getValue(p, 'SourceArn') };
    const functionName = getValue(p, 'FunctionName');
    const value = evaluateString(functionName);
    const ids = referencedIds(functionName).filter((id) => template.resources.has(id));
    if (!value) index.anyFunction.push(prepared);
    else if (ids.length) for (const id of ids) addTo(index.byFunction, id, prepared);
    else {
      const text = joinWithHoles(value);
      if (text.includes(HOLE)) index.anyFunction.push(prepared);
      else addTo(index.byName, /(?:^|:function:)([A-Za-z0-9_-]+)(?::[^:]+)?$/.exec(text)?.[1] ?? text, prepared);
    }
  }
  return index;
}

/** The function, its aliases and versions (a permission on any of them is taken as meant for this call). */
function relatedFunctions(fn: CfnResource, index: PermissionIndex): Set<string> {
  const ids = new Set([fn.logicalId]);
  if (fn.type === 'AWS::Lambda::Alias' || fn.type === 'AWS::Lambda::Version') {
    for (const [target, aliases] of index.aliases) if (aliases.includes(fn.logicalId)) ids.add(target);
  }
  for (const id of [...ids]) for (const alias of index.aliases.get(id) ?? []) ids.add(alias);
  return ids;
}

function permitted(related: Set<string>, apiId: string, route: Route, template: CfnTemplate, index: PermissionIndex): boolean {
  const candidates = [...index.anyFunction];
  for (const id of related) {
    candidates.push(...(index.byFunction.get(id) ?? []));
    const name = index.literalNames.get(id);
    if (name !== undefined) candidates.push(...(index.byName.get(name) ?? []));
  }
  if (candidates.some((p) => p.sourceArn === undefined || sourceArnCovers(p.sourceArn, apiId, route, template))) return true;
  for (const id of related) {
    const resource = template.resources.get(id);
    if (resource?.type === 'AWS::Serverless::Function' && samEventCovers(resource, apiId, route)) return true;
  }
  if (index.connectors.some((c) => connects(c.properties, apiId, related))) return true;
  const api = template.resources.get(apiId);
  const embedded = getValue(api?.properties, 'Connectors');
  if (isObject(embedded)) {
    for (const c of embedded.properties) if (connects(getValue(c.value, 'Properties'), apiId, related, true)) return true;
  }
  return false;
}

/** `arn:...:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}` against the integration's route. */
function sourceArnCovers(node: AstNode, apiId: string, route: Route, template: CfnTemplate): boolean {
  const ids = referencedIds(node);
  if (ids.some((id) => id !== apiId && API_TYPES.has(template.resources.get(id)?.type ?? ''))) return false;
  const value = evaluateString(node);
  if (!value) return true;
  const text = joinWithHoles(value);
  const parts = text.split(':');
  if (parts.length < 6) return true;
  const resource = parts.slice(5).join(':').replace(/\{[^{}]*\}/g, '*');
  const method = !route.method || route.method === 'ANY' ? HOLE : route.method.toUpperCase();
  const path = route.path === undefined ? HOLE : route.path.startsWith('$') ? route.path : route.path.replace(/\{[^{}]*\}/g, HOLE).replace(/\/$/, '');
  const expected = path.startsWith('$') ? `${HOLE}/${HOLE}/${path}` : `${HOLE}/${HOLE}/${method}${path.startsWith('/') || path === HOLE ? path : `/${path}`}`;
  return mayIntersect(resource, expected) || (method === HOLE && mayIntersect(resource, expected.replace(`/${HOLE}/`, '/')));
}

/** A SAM Api/HttpApi event of the function on this API, for this method and path. */
function samEventCovers(fn: CfnResource, apiId: string, route: Route): boolean {
  const events = getValue(fn.properties, 'Events');
  if (!isObject(events)) return false;
  for (const event of events.properties) {
    const type = knownString(getValue(event.value, 'Type'));
    if (type !== 'Api' && type !== 'HttpApi') continue;
    const properties = getValue(event.value, 'Properties');
    const target = refTarget(getValue(properties, type === 'Api' ? 'RestApiId' : 'ApiId'));
    const apiNode = getValue(properties, type === 'Api' ? 'RestApiId' : 'ApiId');
    if (apiNode !== undefined && target === undefined) return true; // an API given some other way: cannot tell
    if (target !== apiId) continue;
    const method = knownString(getValue(properties, 'Method'))?.toUpperCase();
    const path = knownString(getValue(properties, 'Path'));
    if (method === undefined || path === undefined) return true;
    if (path === '$default' || path === '/$default') return true;
    const methodOk = method === 'ANY' || method === 'X-AMAZON-APIGATEWAY-ANY-METHOD' || !route.method || route.method === 'ANY' || route.method === method;
    const pathOk = route.path === undefined || samePath(path, route.path);
    if (methodOk && pathOk) return true;
  }
  return false;
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => p.replace(/\{[^{}]*\}/g, '*').replace(/(.)\/$/, '$1');
  return mayIntersect(norm(a), norm(b));
}

/** `AWS::Serverless::Connector` (or an embedded one) from the API to the function. */
function connects(properties: AstNode | undefined, apiId: string, related: Set<string>, embedded = false): boolean {
  if (!properties) return false;
  if (!embedded && scalarText(getValue(getValue(properties, 'Source'), 'Id')) !== apiId) return false;
  const destination = getValue(properties, 'Destination');
  const destinations = isArray(destination) ? destination.items : [destination];
  return destinations.some((d) => related.has(scalarText(getValue(d, 'Id')) ?? ''));
}

function referencedIds(node: AstNode | undefined): string[] {
  const ids: string[] = [];
  walk(node, (n) => {
    if (n.type !== 'intrinsic') return;
    for (const segment of evaluateString(n)?.segments ?? []) {
      if (!('hole' in segment)) continue;
      // `!Ref MyFunction.Alias` / `.Version`: SAM's names for the function's alias and version.
      if (segment.hole.kind === 'ref') ids.push(segment.hole.name.startsWith('AWS::') ? segment.hole.name : segment.hole.name.split('.')[0]);
      else if (segment.hole.kind === 'getatt') ids.push(segment.hole.resource);
    }
    return false;
  });
  return ids;
}

/** Inserts `{Fn}ApiGatewayInvokePermission` at the end of Resources, in the file's indentation. */
function permissionFix(context: RuleContext, template: CfnTemplate, fn: CfnResource, apiId: string, routes: Route[]): Fix[] {
  const resources = getValue(template.root, 'Resources');
  if (!isObject(resources)) return [];
  let name = `${fn.logicalId}ApiGatewayInvokePermission`;
  for (let i = 2; template.resources.has(name); i++) name = `${fn.logicalId}ApiGatewayInvokePermission${i}`;
  const sourcePath = routes.length === 1 && routes[0].path !== undefined ? sourceArnPath(routes[0]) : '*';
  const functionName = fn.type === 'AWS::Lambda::Alias' || fn.type === 'AWS::Lambda::Version' ? { ref: fn.logicalId } : { getatt: fn.logicalId };
  const sourceArn = `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${apiId}}/${sourcePath}`;
  const step = indentStep(context.text, fn);
  let value: string;
  if (context.format === 'json') {
    const object = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: 'ref' in functionName ? { Ref: functionName.ref } : { 'Fn::GetAtt': [functionName.getatt, 'Arn'] },
        Principal: 'apigateway.amazonaws.com',
        SourceArn: { 'Fn::Sub': sourceArn },
      },
    };
    const column = resources.properties.length ? columnOf(context.text, resources.properties[0].key.offset) : step;
    value = JSON.stringify(object, null, step).replace(/\n/g, '\n' + ' '.repeat(column));
  } else {
    const pad = ' '.repeat(step);
    value = [
      '',
      `${pad}Type: AWS::Lambda::Permission`,
      `${pad}Properties:`,
      `${pad}${pad}Action: lambda:InvokeFunction`,
      `${pad}${pad}FunctionName: ${'ref' in functionName ? `!Ref ${functionName.ref}` : `!GetAtt ${functionName.getatt}.Arn`}`,
      `${pad}${pad}Principal: apigateway.amazonaws.com`,
      `${pad}${pad}SourceArn: !Sub '${sourceArn}'`,
    ].join('\n');
  }
  return [{ title: `Add an AWS::Lambda::Permission for API Gateway (${name})`, edits: [insertProperty(context.text, context.format, resources, name, value)], preferred: true }];
}

/** `*\/GET/pets/*`: any stage, the method (any for ANY), path parameters as wildcards. */
function sourceArnPath(route: Route): string {
  const path = route.path ?? '';
  if (path.startsWith('$')) return `*/${path}`;
  const method = !route.method || route.method === 'ANY' ? '*' : route.method.toUpperCase();
  return `*/${method}${path.replace(/\{[^{}]*\}/g, '*')}`;
}

/** The file's indentation step, from a resource's own keys (2 when it cannot tell). */
function indentStep(text: SourceText, fn: CfnResource): number {
  const first = fn.node.properties[0];
  const step = first ? columnOf(text, first.key.offset) - columnOf(text, fn.keyNode.offset) : 2;
  return step > 0 && step <= 8 ? step : 2;
}

/** The rules of this file (docs/adding-a-rule.md). */
export const LAMBDA_PERMISSION_RULES = [
  defineRule({
    code: 'missing-lambda-permission',
    severity: 'warning',
    family: 'cross-resource',
    description: 'A Lambda integration (without `credentials`) to a function of the template that no AWS::Lambda::Permission for apigateway.amazonaws.com, SAM Api/HttpApi event or SAM connector lets API Gateway invoke.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html#apigateway-permissions',
    reads: ['document'],
    check: perDocument(checkLambdaPermissions),
  }),
];
