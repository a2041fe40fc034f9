/**
 * The IAM role an integration's `credentials` names, when the template defines it: an `AWS::IAM::Role`, or the
 * role SAM generates for a function or state machine (`MyFunctionRole`). Collects every statement that applies
 * to it and reads its trust policy.
 * Sources: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies
 */
import { AWS_MANAGED_POLICIES } from '../../knowledge/iamManagedPolicies';
import type { PolicyStatementData } from '../../knowledge/iamTypes';
import { SAM_POLICY_TEMPLATES } from '../../knowledge/samPolicyTemplates';
import { HOLE, joinWithHoles } from '../../model/integrationUri';
import type { CfnResource, CfnTemplate } from '../../model/types';
import { evaluateString, Segment } from '../../model/values';
import { AstNode, getValue, isArray, isIntrinsic, isObject, scalarText } from '../../parse/ast';
import { actionMatches } from './patterns';
import { emptySet, entryFromSegments, isNoValue, readPolicyDocument, ResourceEntry, Statement, StatementSet } from './policyDocuments';

export interface Role {
  readonly logicalId: string;
  /** The `AWS::IAM::Role`, or the SAM function / state machine whose generated role it is. */
  readonly resource: CfnResource;
  readonly generated: boolean;
  /** Statements that certainly apply. */
  readonly policies: StatementSet;
  /** Statements of policies that may attach to it (their `Roles` are parameters): they can only make us unsure. */
  readonly maybe: Statement[];
  /** Whether the trust policy lets API Gateway assume the role; undefined when it cannot be read. */
  readonly trustsApiGateway: boolean | undefined;
  /** The trust policy's `Principal.Service` node of its first Allow statement, for the quick fix. */
  readonly trustServiceNode?: AstNode;
  /** Whether an AWS managed policy from the data is attached (its statements cover only some services). */
  readonly hasManagedPolicies: boolean;
}

const SAM_ROLE_OWNERS = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
const API_GATEWAY_PRINCIPAL = /^apigateway\.amazonaws\.com(\.cn)?$/;

/** The role `credentials` evaluates to, or undefined when it is not a role of this template. */
export function resolveRole(credentials: AstNode | undefined, template: CfnTemplate, cache = new Map<string, Role | undefined>()): Role | undefined {
  const value = evaluateString(credentials);
  if (!value) return undefined;
  const ids = new Set<string>();
  for (const segment of value.segments) {
    if (!('hole' in segment)) continue;
    const hole = segment.hole;
    if (hole.kind === 'getatt' && hole.attribute === 'Arn') ids.add(hole.resource);
    else if (hole.kind === 'ref' && template.resources.get(hole.name)?.type === 'AWS::IAM::Role') ids.add(hole.name);
    else if (!(hole.kind === 'ref' && hole.name.startsWith('AWS::'))) return undefined; // a parameter, an import, a computed part: not ours to judge
  }
  if (ids.size !== 1) return undefined;
  const id = [...ids][0];
  if (!cache.has(id)) cache.set(id, readRole(id, template));
  return cache.get(id);
}

function readRole(id: string, template: CfnTemplate): Role | undefined {
  const resource = template.resources.get(id);
  if (resource?.type === 'AWS::IAM::Role') return iamRole(resource, template);
  if (!resource && id.endsWith('Role')) {
    const owner = template.resources.get(id.slice(0, -'Role'.length));
    if (template.isSam && owner && SAM_ROLE_OWNERS.has(owner.type) && getValue(owner.properties, 'Role') === undefined) return samRole(id, owner, template);
  }
  return undefined;
}

function iamRole(resource: CfnResource, template: CfnTemplate): Role {
  const policies = emptySet();
  const properties = resource.properties;
  const inline = getValue(properties, 'Policies');
  if (inline !== undefined) {
    for (const item of listItems(inline, policies)) {
      const name = scalarText(getValue(item, 'PolicyName')) ?? '';
      readPolicyDocument(getValue(item, 'PolicyDocument'), { origin: `inline policy \`${name}\``, ownedByRole: true }, template, policies, isIntrinsic(item));
    }
  }
  let hasManagedPolicies = false;
  const managed = getValue(properties, 'ManagedPolicyArns');
  if (managed !== undefined) {
    for (const item of listItems(managed, policies)) hasManagedPolicies = addManagedPolicy(item, template, policies) || hasManagedPolicies;
  }
  const maybe: Statement[] = [];
  for (const other of template.resources.values()) attachedPolicy(other, resource, template, policies, maybe);
  const trust = readTrust(getValue(properties, 'AssumeRolePolicyDocument'));
  return { logicalId: resource.logicalId, resource, generated: false, policies, maybe, ...trust, hasManagedPolicies };
}

/** The items of a list that may hold `Fn::If` items (both branches count); anything else makes the set incomplete. */
function listItems(node: AstNode, set: StatementSet): AstNode[] {
  if (!isArray(node)) {
    set.complete = false;
    return [];
  }
  const out: AstNode[] = [];
  for (const item of node.items) {
    if (isNoValue(item)) continue;
    if (isIntrinsic(item) && item.name === 'Fn::If' && isArray(item.argument)) {
      for (const branch of item.argument.items.slice(1)) if (branch && !isNoValue(branch)) out.push(branch);
    } else out.push(item);
  }
  return out;
}

/** `arn:aws:iam::aws:policy/AmazonSQSFullAccess` (data), `!Ref MyManagedPolicy` (the template's); else unknown. */
function addManagedPolicy(item: AstNode, template: CfnTemplate, into: StatementSet): boolean {
  if (isIntrinsic(item) && item.name === 'Ref') {
    const target = template.resources.get(scalarText(item.argument) ?? '');
    if (target?.type === 'AWS::IAM::ManagedPolicy') {
      readPolicyDocument(getValue(target.properties, 'PolicyDocument'), { origin: `managed policy \`${target.logicalId}\`` }, template, into);
      return false;
    }
  }
  const value = evaluateString(item);
  const text = value ? joinWithHoles(value) : HOLE;
  const match = /:iam::aws:policy\/(?:[^\u0000]*\/)?([A-Za-z0-9_+=,.@-]+)$/.exec(text);
  if (!match) {
    into.complete = false;
    return false;
  }
  return addManagedPolicyByName(match[1], into, template);
}

function addManagedPolicyByName(name: string, into: StatementSet, template: CfnTemplate): boolean {
  const data = AWS_MANAGED_POLICIES[name];
  if (!data) {
    into.complete = false;
    return false;
  }
  addData(data, name, () => undefined, template, into, true);
  return true;
}

/** `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` with `Roles`, `AWS::IAM::RolePolicy` with `RoleName`. */
function attachedPolicy(other: CfnResource, role: CfnResource, template: CfnTemplate, into: StatementSet, maybe: Statement[]): void {
  let targets: AstNode[];
  if (other.type === 'AWS::IAM::Policy' || other.type === 'AWS::IAM::ManagedPolicy') {
    const roles = getValue(other.properties, 'Roles');
    if (roles === undefined) return;
    targets = isArray(roles) ? roles.items : [roles];
  } else if (other.type === 'AWS::IAM::RolePolicy') {
    const name = getValue(other.properties, 'RoleName');
    if (name === undefined) return;
    targets = [name];
  } else return;
  const roleName = scalarText(getValue(role.properties, 'RoleName'));
  let attached = false;
  let possibly = false;
  const refersToRole = (target: AstNode) => isIntrinsic(target) && target.name === 'Ref' && scalarText(target.argument) === role.logicalId;
  for (const target of targets) {
    if (refersToRole(target)) attached = true;
    else if (scalarText(target) !== undefined) attached ||= scalarText(target) === roleName;
    else {
      const value = evaluateString(target);
      const namesOther = value?.segments.some((s) => 'hole' in s && ((s.hole.kind === 'ref' && template.resources.has(s.hole.name)) || s.hole.kind === 'getatt'));
      if (!namesOther) possibly = true;
    }
  }
  if (!attached && !possibly) return;
  const set = emptySet();
  // A RolePolicy belongs to its role; an IAM::Policy only when it names this role and nothing else (a managed
  // policy may be attached elsewhere): only then does narrowing its statements change this role alone.
  const ownedByRole =
    other.type === 'AWS::IAM::RolePolicy' ||
    (other.type === 'AWS::IAM::Policy' && targets.length === 1 && refersToRole(targets[0]) && getValue(other.properties, 'Users') === undefined && getValue(other.properties, 'Groups') === undefined);
  readPolicyDocument(getValue(other.properties, 'PolicyDocument'), { origin: `policy \`${other.logicalId}\``, ownedByRole }, template, set);
  if (attached) {
    into.statements.push(...set.statements);
    if (!set.complete) into.complete = false;
  } else {
    maybe.push(...set.statements);
    if (!set.complete) maybe.push({ effect: 'Allow', actions: [HOLE], resources: [{ text: HOLE, references: [] }], conditional: false, origin: other.logicalId });
  }
}

/** The role SAM generates: `Policies` (managed policy names or ARNs, policy templates, inline documents). */
function samRole(id: string, owner: CfnResource, template: CfnTemplate): Role {
  const policies = emptySet();
  let hasManagedPolicies = false;
  const value = getValue(owner.properties, 'Policies');
  const items = value === undefined ? [] : isArray(value) ? listItems(value, policies) : [value];
  for (const item of items) {
    const name = scalarText(item);
    if (name !== undefined && !name.startsWith('arn:')) {
      // SAM takes AWS managed policies by name.
      hasManagedPolicies = addManagedPolicyByName(name, policies, template) || hasManagedPolicies;
    } else if (name !== undefined) {
      hasManagedPolicies = addManagedPolicy(item, template, policies) || hasManagedPolicies;
    } else if (isObject(item) && getValue(item, 'Statement') !== undefined) {
      readPolicyDocument(item, { origin: `the policy in \`${owner.logicalId}\` Policies` }, template, policies);
    } else if (isObject(item) && item.properties.length === 1 && SAM_POLICY_TEMPLATES[item.properties[0].key.value]) {
      const templateName = item.properties[0].key.value;
      const parameters = item.properties[0].value;
      addData(SAM_POLICY_TEMPLATES[templateName].statements, templateName, (name) => getValue(parameters, name), template, policies, false);
    } else policies.complete = false;
  }
  // Connectors and Globals can add statements we do not model.
  const globals = getValue(getValue(template.root, 'Globals'), 'Function');
  if (getValue(globals, 'Policies') !== undefined || getValue(owner.properties, 'Connectors') !== undefined) policies.complete = false;
  for (const other of template.resources.values()) {
    if (other.type === 'AWS::Serverless::Connector') policies.complete = false;
  }
  const document = getValue(owner.properties, 'AssumeRolePolicyDocument');
  const trust = document !== undefined ? readTrust(document) : { trustsApiGateway: false };
  return { logicalId: id, resource: owner, generated: true, policies, maybe: [], ...trust, hasManagedPolicies };
}

/** Statements from data (managed policies, SAM templates); `${Param}` comes from `parameter`, pseudo parameters are holes. */
function addData(
  data: readonly PolicyStatementData[],
  origin: string,
  parameter: (name: string) => AstNode | undefined,
  template: CfnTemplate,
  into: StatementSet,
  managed: boolean,
): void {
  const entry = (pattern: string): ResourceEntry => entryFromSegments(expand(pattern, parameter), template);
  for (const s of data) {
    into.statements.push({
      effect: s.effect ?? 'Allow',
      actions: s.actions,
      notActions: s.notActions,
      resources: s.resources?.map(entry),
      notResources: s.notResources?.map(entry),
      conditional: !!s.condition,
      origin,
      managed,
    });
  }
}

function expand(pattern: string, parameter: (name: string) => AstNode | undefined): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of pattern.matchAll(/\$\{([^{}]*)\}/g)) {
    if (m.index! > last) segments.push({ text: pattern.slice(last, m.index) });
    last = m.index! + m[0].length;
    const value = m[1].includes(':') ? undefined : evaluateString(parameter(m[1]));
    if (value) segments.push(...value.segments);
    else segments.push({ hole: { kind: 'unknown' } });
  }
  if (last < pattern.length) segments.push({ text: pattern.slice(last) });
  return segments;
}

/** Whether an Allow statement lets `apigateway.amazonaws.com` call sts:AssumeRole. */
function readTrust(document: AstNode | undefined): { trustsApiGateway: boolean | undefined; trustServiceNode?: AstNode } {
  if (!isObject(document)) return { trustsApiGateway: undefined };
  const statement = getValue(document, 'Statement');
  const items = isArray(statement) ? statement.items : [statement];
  let unknown = false;
  let serviceNode: AstNode | undefined;
  for (const item of items) {
    if (!isObject(item)) {
      unknown = true;
      continue;
    }
    const effect = scalarText(getValue(item, 'Effect'));
    if (effect === 'Deny') continue;
    if (effect !== 'Allow') {
      unknown = true;
      continue;
    }
    const actions = getValue(item, 'Action');
    const actionList = isArray(actions) ? actions.items : [actions];
    const assumes = actionList.map((a) => actionMatches(scalarText(a) ?? HOLE, 'sts:AssumeRole'));
    if (!assumes.includes(true)) {
      if (assumes.includes(undefined)) unknown = true;
      continue;
    }
    const principal = getValue(item, 'Principal');
    if (scalarText(principal) === '*') return { trustsApiGateway: true };
    if (!isObject(principal)) {
      unknown = true;
      continue;
    }
    // `AWS: '*'` is every principal, as `*` is (AWS-validated LocalStack tests rely on it).
    const aws = getValue(principal, 'AWS');
    if ((isArray(aws) ? aws.items : [aws]).some((a) => scalarText(a) === '*')) return { trustsApiGateway: true };
    const service = getValue(principal, 'Service');
    serviceNode ??= service;
    if (service === undefined) continue;
    const services = isArray(service) ? service.items : [service];
    for (const entry of services) {
      const value = evaluateString(entry);
      const text = value ? joinWithHoles(value) : HOLE;
      if (API_GATEWAY_PRINCIPAL.test(text)) return { trustsApiGateway: true };
      if (text.includes(HOLE) && (text.startsWith('apigateway.') || text.startsWith(HOLE))) unknown = true;
    }
  }
  return { trustsApiGateway: unknown ? undefined : false, trustServiceNode: serviceNode };
}
