/**
 * The role in an AWS service integration's `credentials`, checked against what the integration calls: API
 * Gateway must be able to assume it, and its policies must allow the action on the target (else AccessDenied and
 * a 500 at run time). Statements broader than the integrations need get a hint with the narrower statement.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 */
import { RESOURCE_TYPES } from '../../knowledge/iamActions';
import { keyFor } from '../../knowledge/integrationFields';
import type { CfnTemplate } from '../../model/types';
import { AstNode, getProperty, IntrinsicNode, isArray, PropertyNode, scalarText } from '../../parse/ast';
import { intrinsicsUnder } from '../../parse/intrinsicIndex';
import { evaluateString } from '../../model/values';
import { insertProperty } from '../../parse/edits';
import type { Fix, RuleContext } from '../context';
import { evaluate } from './evaluate';
import { isBroadAction } from './patterns';
import type { Statement } from './policyDocuments';
import { RequiredPermission, requiredPermissions } from './requiredPermissions';
import { resolveRole, Role } from './roles';
import { addTo, templateIntegrations } from './scope';
import { appendToList } from './listEdits';
import { defineRule, perDocument } from '../record';

interface RoleUse {
  readonly role: Role;
  readonly credentials: AstNode;
  readonly permissions: RequiredPermission[] | undefined;
}

export function checkRolePermissions(context: RuleContext): void {
  const uses = new Map<string, RoleUse[]>();
  let template: CfnTemplate | undefined;
  const roles = new Map<string, Role | undefined>();
  for (const { view, template: t } of templateIntegrations(context.model)) {
    template = t;
    const credentials = view.value('credentials');
    const role = credentials ? resolveRole(credentials, t, roles) : undefined;
    if (!credentials || !role) continue;
    const permissions = requiredPermissions(view, t);
    const use: RoleUse = { role, credentials, permissions };
    addTo(uses, role.logicalId, use);
    if (role.trustsApiGateway === false) reportTrust(context, use, keyFor(view.dialect, 'credentials') ?? 'credentials');
    for (const permission of permissions ?? []) {
      const verdict = evaluate(role, permission, t);
      if (verdict.kind === 'missing') reportMissing(context, use, permission, t);
      else if (verdict.kind === 'denied') {
        context.report(
          'role-missing-permission',
          credentials,
          `A Deny statement (${verdict.by.origin}) of the role \`${role.logicalId}\` blocks \`${permission.action}\`${target(permission)}: API Gateway gets AccessDenied and answers 500.`,
        );
      }
    }
  }
  if (template) for (const list of uses.values()) hintBroadStatements(context, list, template);
}

function target(permission: RequiredPermission): string {
  if (permission.targets.length === 1) return ` on \`${permission.targets[0]}\``;
  if (permission.arn && !permission.arn.includes('\u0000')) return ` on ${permission.arn}`;
  return '';
}

function reportTrust(context: RuleContext, use: RoleUse, key: string): void {
  const role = use.role;
  const fixes: Fix[] = [];
  const service = role.trustServiceNode;
  if (service && !role.generated) {
    const edit = isArray(service) ? appendToList(context.text, context.format, service, context.format === 'json' ? '"apigateway.amazonaws.com"' : 'apigateway.amazonaws.com') : undefined;
    const scalar = scalarText(service);
    const replacement = !isArray(service) && scalar !== undefined ? { offset: service.offset, length: service.length, text: context.format === 'json' ? `[${JSON.stringify(scalar)}, "apigateway.amazonaws.com"]` : `[${scalar}, apigateway.amazonaws.com]` } : undefined;
    const change = edit ?? replacement;
    if (change) fixes.push({ title: `Let apigateway.amazonaws.com assume ${role.logicalId}`, edits: [change], preferred: true });
  }
  const what = role.generated ? `the role SAM generates for \`${role.resource.logicalId}\`, which only its own service may assume` : `\`${role.logicalId}\`, whose trust policy does not let apigateway.amazonaws.com call sts:AssumeRole`;
  context.report('role-trust-policy', use.credentials, `\`${key}\` names ${what}: API Gateway cannot assume it and answers 500 ("Invalid permissions on the role").`, fixes);
}

function reportMissing(context: RuleContext, use: RoleUse, permission: RequiredPermission, template: CfnTemplate): void {
  const role = use.role;
  const hint = permission.objectLevel ? ' S3 object actions need the objects\' ARN (`${Bucket.Arn}/*`), not the bucket\'s.' : '';
  const fix = role.generated ? undefined : addStatementFix(context, role, permission, template);
  context.report(
    'role-missing-permission',
    use.credentials,
    `No policy of the role \`${role.logicalId}\` allows \`${permission.action}\`${target(permission)}: API Gateway gets AccessDenied and answers 500.${hint} Add a statement that allows it.`,
    fix ? [fix] : [],
  );
}

/** A new inline policy on the role that allows exactly this action on this target (when the target can be named). */
function addStatementFix(context: RuleContext, role: Role, permission: RequiredPermission, template: CfnTemplate): Fix | undefined {
  const resource = narrowResources([permission], template, context.format)?.[0] ?? (permission.arn && !permission.arn.includes('\u0000') ? scalar(context.format, permission.arn) : undefined);
  const properties = role.resource.properties;
  if (!resource || !properties) return undefined;
  const name = `ApiGateway${permission.action.replace(/[^A-Za-z0-9]/g, '')}`;
  const policies = getProperty(properties, 'Policies');
  let edit;
  if (context.format === 'json') {
    const item = `{"PolicyName": "${name}", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "${permission.action}", "Resource": ${resource}}]}}`;
    if (!policies) edit = insertProperty(context.text, 'json', properties, 'Policies', `[${item}]`);
    else if (isArray(policies.value)) edit = appendToList(context.text, 'json', policies.value, item);
  } else {
    const item = `PolicyName: ${name}\nPolicyDocument:\n  Version: '2012-10-17'\n  Statement:\n    - Effect: Allow\n      Action: ${permission.action}\n      Resource: ${resource}`;
    if (!policies) edit = insertProperty(context.text, 'yaml', properties, 'Policies', `\n  - ${item.replace(/\n/g, '\n    ')}`);
    else if (isArray(policies.value)) {
      const flow = context.text.charAt(policies.value.offset) === '[';
      const flowItem = `{PolicyName: ${name}, PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: ${permission.action}, Resource: ${resource}}]}}`;
      edit = appendToList(context.text, 'yaml', policies.value, flow ? flowItem : item);
    }
  }
  return edit ? { title: `Allow ${permission.action} in a policy of ${role.logicalId}`, edits: [edit], preferred: true } : undefined;
}

/** Hints on inline statements broader than every integration using the role needs, with the narrower value. */
function hintBroadStatements(context: RuleContext, list: RoleUse[], template: CfnTemplate): void {
  const role = list[0].role;
  if (role.generated || list.some((u) => u.permissions === undefined) || usedElsewhere(role.logicalId, list, template)) return;
  const permissions = list.flatMap((u) => u.permissions ?? []);
  const byStatement = new Map<Statement, RequiredPermission[]>();
  for (const permission of permissions) {
    const verdict = evaluate(role, permission, template);
    if (verdict.kind !== 'allowed') continue;
    for (const s of verdict.by) if (s.node && s.ownedByRole) addTo(byStatement, s, permission);
  }
  for (const [statement, needed] of byStatement) {
    const actions = [...new Set(needed.map((p) => p.action))];
    const actionProperty = getProperty(statement.node, 'Action');
    const broad = statement.actions?.find(isBroadAction);
    if (actionProperty?.value && broad) {
      context.report(
        'role-broad-permission',
        actionProperty.value,
        `\`${broad}\` allows more than the integrations using \`${role.logicalId}\` call: they need only ${actions.map((a) => `\`${a}\``).join(', ')}.`,
        [{ title: `Narrow Action to ${actions.join(', ')}`, edits: [{ offset: actionProperty.value.offset, length: actionProperty.value.length, text: listText(actions.map((a) => scalar(context.format, a))) }] }],
      );
    }
    const resourceProperty = getProperty(statement.node, 'Resource');
    if (resourceProperty?.value && statement.resources?.some((r) => r.text === '*')) {
      const arns = narrowResources(needed, template, context.format);
      context.report(
        'role-broad-permission',
        resourceProperty.value,
        `\`Resource: '*'\` lets \`${role.logicalId}\` act on every resource of the service; the integrations using it need only ${arns ? arns.map((a) => `\`${a}\``).join(', ') : 'the resources they call'}.`,
        arns ? [{ title: `Narrow Resource to ${arns.join(', ')}`, edits: [{ offset: resourceProperty.value.offset, length: resourceProperty.value.length, text: listText(arns) }] }] : [],
      );
    }
  }
}

/** ARN expressions for every permission's single target, or undefined when one cannot be named. */
function narrowResources(needed: RequiredPermission[], template: CfnTemplate, format: 'yaml' | 'json'): string[] | undefined {
  const out = new Set<string>();
  for (const p of needed) {
    if (p.targets.length !== 1) return undefined;
    const id = p.targets[0];
    const arn = RESOURCE_TYPES[template.resources.get(id)?.type ?? '']?.arn;
    if (!arn) return undefined;
    if (p.objectLevel) out.add(format === 'json' ? `{"Fn::Sub": "\${${id}.Arn}/*"}` : `!Sub '\${${id}.Arn}/*'`);
    else if (arn.kind === 'ref') out.add(format === 'json' ? `{"Ref": "${id}"}` : `!Ref ${id}`);
    else out.add(format === 'json' ? `{"Fn::GetAtt": ["${id}", "${arn.attribute}"]}` : `!GetAtt ${id}.${arn.attribute}`);
  }
  return [...out];
}

function scalar(format: 'yaml' | 'json', value: string): string {
  return format === 'json' ? JSON.stringify(value) : value;
}

function listText(items: string[]): string {
  return items.length === 1 ? items[0] : `[${items.join(', ')}]`;
}

/** A role referenced by anything but integrations' credentials and the policies attached to it serves others too. */
function usedElsewhere(id: string, list: RoleUse[], template: CfnTemplate): boolean {
  const allowed = new Set<AstNode | PropertyNode>(list.map((u) => u.credentials));
  for (const resource of template.resources.values()) {
    if (resource.type === 'AWS::IAM::Policy' || resource.type === 'AWS::IAM::ManagedPolicy' || resource.type === 'AWS::IAM::RolePolicy') continue;
    for (const node of intrinsicsUnder(resource.node)) {
      if (referencedIds(node).includes(id) && !within(node, allowed, resource.node)) return true;
    }
  }
  return false;
}

const referenced = new WeakMap<IntrinsicNode, readonly string[]>();

/** Resources and parameters an intrinsic names (`!Ref X`, `!GetAtt X.Arn`, `${X}` in a Sub), kept per node. */
function referencedIds(node: IntrinsicNode): readonly string[] {
  let ids = referenced.get(node);
  if (!ids) {
    const out = new Set<string>();
    for (const s of evaluateString(node)?.segments ?? []) {
      if (!('hole' in s)) continue;
      if (s.hole.kind === 'ref') out.add(s.hole.name);
      else if (s.hole.kind === 'getatt') out.add(s.hole.resource);
    }
    referenced.set(node, (ids = [...out]));
  }
  return ids;
}

/** Whether `node` or one of its ancestors below `top` is in `nodes`. */
function within(node: AstNode, nodes: ReadonlySet<AstNode | PropertyNode>, top: AstNode): boolean {
  for (let current: AstNode | PropertyNode | undefined = node; current && current !== top; current = current.parent) {
    if (nodes.has(current)) return true;
  }
  return nodes.has(top);
}

/** The rules of this file (docs/adding-a-rule.md). */
export const ROLE_RULES = [
  defineRule({
    code: 'role-missing-permission',
    severity: 'warning',
    family: 'cross-resource',
    description: 'The IAM role in `credentials` (defined in the template) has no statement that allows the action the integration calls on its target, or a Deny blocks it: AccessDenied and a 500 at run time.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    reads: ['document'],
    check: perDocument(checkRolePermissions),
  }),
  defineRule({
    code: 'role-trust-policy',
    severity: 'warning',
    family: 'cross-resource',
    description: 'The IAM role in `credentials` does not let apigateway.amazonaws.com assume it (sts:AssumeRole in its trust policy).',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html',
    reads: ['document'],
    check: perDocument(checkRolePermissions),
  }),
  defineRule({
    code: 'role-broad-permission',
    severity: 'hint',
    family: 'cross-resource',
    description: 'An inline statement of an integration role allows more actions or resources than the integrations using the role call (least privilege); the quick fix narrows it.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    reads: ['document'],
    check: perDocument(checkRolePermissions),
  }),
];
