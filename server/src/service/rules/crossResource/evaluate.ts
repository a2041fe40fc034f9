/**
 * Does a role's set of statements allow an action on a resource? IAM's evaluation, read leniently: an explicit
 * Deny wins, any Allow that matches grants, and whatever we cannot read (a computed action, an unknown managed
 * policy, a resource policy on the target) turns "missing" into "unknown", which is never reported.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { COVERED_SERVICES } from '../../knowledge/iamManagedPolicies';
import { RESOURCE_POLICY_TYPES, RESOURCE_TYPES } from '../../knowledge/iamActions';
import { HOLE } from '../../model/integrationUri';
import type { CfnTemplate } from '../../model/types';
import { getValue } from '../../parse/ast';
import { knownString } from '../../model/values';
import { actionMatches, mayIntersect } from './patterns';
import type { ResourceEntry, Statement } from './policyDocuments';
import type { RequiredPermission } from './requiredPermissions';
import type { Role } from './roles';

export type Verdict =
  | { readonly kind: 'allowed'; readonly by: readonly Statement[] }
  | { readonly kind: 'denied'; readonly by: Statement }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unknown' };

export function evaluate(role: Role, permission: RequiredPermission, template: CfnTemplate): Verdict {
  const statements = role.policies.statements.filter((s) => !s.managed || COVERED_SERVICES.includes(permission.service));
  for (const s of statements) {
    if (s.effect === 'Deny' && !s.conditional && actionApplies(s, permission.action) === true && resourceApplies(s, permission, template)) {
      return { kind: 'denied', by: s };
    }
  }
  const allowing = statements.filter((s) => s.effect === 'Allow' && actionApplies(s, permission.action) === true && resourceApplies(s, permission, template));
  if (allowing.length) return { kind: 'allowed', by: allowing };
  const unsure =
    !role.policies.complete ||
    (role.hasManagedPolicies && !COVERED_SERVICES.includes(permission.service)) ||
    statements.some((s) => s.effect === 'Allow' && actionApplies(s, permission.action) === undefined) ||
    role.maybe.some((s) => s.effect === 'Allow' && actionApplies(s, permission.action) !== false) ||
    hasResourcePolicy(permission.service, template);
  return unsure ? { kind: 'unknown' } : { kind: 'missing' };
}

/** true, false, or undefined when an action is computed. */
export function actionApplies(s: Statement, action: string): boolean | undefined {
  const list = s.actions ?? s.notActions ?? [];
  const results = list.map((pattern) => actionMatches(pattern, action));
  const any = results.includes(true) ? true : results.includes(undefined) ? undefined : false;
  if (s.actions) return any;
  return any === undefined ? undefined : !any;
}

function resourceApplies(s: Statement, permission: RequiredPermission, template: CfnTemplate): boolean {
  if (s.resources) return s.resources.some((entry) => entryMatches(entry, permission, template));
  // NotResource: applies unless an entry certainly covers the target (only a literal ARN can).
  return !(s.notResources ?? []).some((entry) => !entry.text.includes(HOLE) && permission.arn && !permission.arn.includes(HOLE) && mayIntersect(entry.text, permission.arn));
}

/** Whether a Resource entry may cover the permission's target (unknown parts match). */
export function entryMatches(entry: ResourceEntry, permission: RequiredPermission, template: CfnTemplate): boolean {
  if (entry.text === '*') return true;
  for (const reference of entry.references) {
    const service = serviceOf(reference.id, template);
    if (!service) continue;
    if (service !== permission.service) return false;
    if (permission.targets.length && !permission.targets.includes(reference.id)) return false;
  }
  if (permission.objectLevel && entry.single?.attribute === 'Arn' && serviceOf(entry.single.id, template) === 's3') return false;
  const parts = entry.text.split(':');
  if (parts.length >= 3 && parts[0] === 'arn' && /^[a-z0-9-]+$/.test(parts[2]) && parts[2] !== permission.service) return false;
  if (permission.arn && !mayIntersect(entry.text, permission.arn)) return false;
  return true;
}

function serviceOf(id: string, template: CfnTemplate): string | undefined {
  const type = template.resources.get(id)?.type;
  return type ? RESOURCE_TYPES[type]?.service : undefined;
}

/**
 * A resource-based policy can grant the role what its own policies do not: a queue policy, a bucket policy, a
 * Lambda permission for another principal than a service. With one in the template we do not judge.
 */
function hasResourcePolicy(service: string, template: CfnTemplate): boolean {
  let byService = resourcePolicies.get(template);
  if (!byService) resourcePolicies.set(template, (byService = new Map()));
  let found = byService.get(service);
  if (found === undefined) byService.set(service, (found = findResourcePolicy(service, template)));
  return found;
}

const resourcePolicies = new WeakMap<CfnTemplate, Map<string, boolean>>();

function findResourcePolicy(service: string, template: CfnTemplate): boolean {
  const types = RESOURCE_POLICY_TYPES[service] ?? [];
  for (const resource of template.resources.values()) {
    if (types.includes(resource.type)) return true;
    if (service === 'lambda' && resource.type === 'AWS::Lambda::Permission') {
      const principal = knownString(getValue(resource.properties, 'Principal'));
      if (principal === undefined || !principal.endsWith('.amazonaws.com')) return true;
    }
  }
  return false;
}
