/**
 * The families of rules, for docs/rules.md and the SARIF rule tags: checks of one integration, checks of the
 * VTL inside mapping templates, and checks across the resources of a template (roles, permissions, references).
 * test/cli/ruleDocs.test.ts checks that every code rules/crossResource/ reports is listed here
 * (as cross-resource, or as a template rule).
 */
import { ALL_RULES } from './catalogue';

export type RuleGroup = 'integration' | 'template' | 'cross-resource';

export const RULE_GROUP_TITLES: Readonly<Record<RuleGroup, string>> = {
  integration: 'Integration rules',
  template: 'Mapping template (VTL) rules',
  'cross-resource': 'Cross-resource rules',
};

export const CROSS_RESOURCE_CODES: ReadonlySet<string> = new Set([
  'unresolved-reference',
  'role-missing-permission',
  'role-trust-policy',
  'role-broad-permission',
  'missing-lambda-permission',
  'connection-id-not-vpc-link',
  'undefined-stage-variable',
]);

/** Codes about what a mapping template says, besides the `vtl-*` ones. */
export const TEMPLATE_CODES: ReadonlySet<string> = new Set(['sensitive-data-in-template']);

export function ruleGroup(code: string): RuleGroup {
  if (code.startsWith('vtl-') || TEMPLATE_CODES.has(code)) return 'template';
  if (CROSS_RESOURCE_CODES.has(code)) return 'cross-resource';
  return 'integration';
}

/** Every code of the catalogue, by group, in catalogue order. */
export function rulesByGroup(): Record<RuleGroup, string[]> {
  const out: Record<RuleGroup, string[]> = { integration: [], template: [], 'cross-resource': [] };
  for (const code of Object.keys(ALL_RULES)) out[ruleGroup(code)].push(code);
  return out;
}
