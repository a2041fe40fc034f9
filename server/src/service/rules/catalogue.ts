/**
 * Every rule the service reports, from the records of the rule files: the catalogue, the families, the docs links,
 * the codes as a type, and the checks the runner runs with what they read. Nothing here is written by hand but the
 * list of rule files, in the order their checks run and the docs list them (a new family file is added here).
 * Users override severities per code (`apigw.diagnostics.rules` setting, `.apigwrc.json` for the CLI).
 */
import { CORE_RULES } from './coreRules';
import { CREDENTIALS_RULES } from './credentialsRules';
import { FIELD_RULES } from './fieldRules';
import { HINT_RULES } from './hintRules';
import { HTTP_API_RULES } from './httpApiRules';
import { MAPPING_TEMPLATE_RULES } from './mappingTemplateRules';
import { PARAMETER_RULES } from './parameterRules';
import { REF_RULES } from './refRules';
import { RESPONSE_RULES } from './responseRules';
import { TYPE_RULES } from './typeRules';
import { URI_RULES } from './uriRules';
import { LAMBDA_PERMISSION_RULES } from './crossResource/lambdaPermission';
import { REFERENCE_RULES } from './crossResource/references';
import { ROLE_RULES } from './crossResource/roleRules';
import { SENSITIVE_DATA_RULES } from './crossResource/sensitiveData';
import { STAGE_VARIABLE_RULES } from './crossResource/stageVariables';
import { VPC_LINK_RULES } from './crossResource/vpcLink';
import { checksOf, type DocumentRule, type IntegrationRule, type RuleRecord } from './record';
import { unionOfReads, type Fact } from './reads';
import type { Family, Severity } from './types';

export type { Family, Severity, SeveritySetting } from './types';
export { FAMILY_TITLES } from './types';

/** Every rule record, in the order the checks run and the docs list them. */
export const RULE_RECORDS = [
  ...CORE_RULES,
  ...TYPE_RULES,
  ...URI_RULES,
  ...FIELD_RULES,
  ...CREDENTIALS_RULES,
  ...HTTP_API_RULES,
  ...RESPONSE_RULES,
  ...PARAMETER_RULES,
  ...HINT_RULES,
  ...REF_RULES,
  ...MAPPING_TEMPLATE_RULES,
  ...REFERENCE_RULES,
  ...ROLE_RULES,
  ...LAMBDA_PERMISSION_RULES,
  ...VPC_LINK_RULES,
  ...STAGE_VARIABLE_RULES,
  ...SENSITIVE_DATA_RULES,
];

/** Every code the service reports. Codes are part of the public surface (settings, CLI config, SARIF): never rename one. */
export type RuleCode = (typeof RULE_RECORDS)[number]['code'];

export interface RuleInfo {
  readonly severity: Severity;
  readonly description: string;
  readonly family: Family;
  /** The page that documents the behaviour checked, if any. */
  readonly docs?: string;
  /** Marks the range as unnecessary code (faded in VS Code). */
  readonly unnecessary?: boolean;
}

/** What a list of records says, by code (the catalogue; docs, SARIF and diagnostics read it). */
export function catalogueOf(records: readonly RuleRecord[]): Readonly<Record<string, RuleInfo>> {
  const out: Record<string, RuleInfo> = {};
  for (const r of records) {
    if (r.code in out) throw new Error(`two rule records for ${r.code}`);
    out[r.code] = { severity: r.severity, description: r.description, family: r.family, ...(r.docs ? { docs: r.docs } : {}), ...(r.unnecessary ? { unnecessary: true } : {}) };
  }
  return out;
}

export const ALL_RULES: Readonly<Record<string, RuleInfo>> = catalogueOf(RULE_RECORDS);

export function ruleInfo(code: string): RuleInfo | undefined {
  return ALL_RULES[code];
}

/** The family of a code (SARIF tags, docs sections). */
export function ruleGroup(code: string): Family {
  return ruleInfo(code)?.family ?? 'integration';
}

/** Where AWS (or Apache Velocity) documents the behaviour a code checks: SARIF help links, diagnostics' code links. */
export function ruleHelpUri(code: string): string | undefined {
  return ruleInfo(code)?.docs;
}

/** Every code of a catalogue, by family, in catalogue order. */
export function rulesByGroup(catalogue: Readonly<Record<string, RuleInfo>> = ALL_RULES): Record<Family, string[]> {
  const out: Record<Family, string[]> = { integration: [], template: [], 'cross-resource': [] };
  for (const [code, info] of Object.entries(catalogue)) out[info.family].push(code);
  return out;
}

export interface PlannedCheck<R> {
  readonly run: R;
  /** Every fact the records naming this check read. */
  readonly reads: readonly Fact[];
  /** The first code it reports: its name for the findings cache. */
  readonly name: string;
}

/** The checks of `records`, each once, in order, with what they read: what the runner runs. */
export function planChecks(records: readonly RuleRecord[]): { integration: PlannedCheck<IntegrationRule>[]; document: PlannedCheck<DocumentRule>[] } {
  const byRun = new Map<IntegrationRule | DocumentRule, { scope: 'integration' | 'document'; reads: Fact[][]; name: string }>();
  for (const record of records) {
    for (const check of checksOf(record)) {
      const entry = byRun.get(check.run);
      if (entry) entry.reads.push([...record.reads]);
      else byRun.set(check.run, { scope: check.scope, reads: [[...record.reads]], name: record.code });
    }
  }
  const integration: PlannedCheck<IntegrationRule>[] = [];
  const document: PlannedCheck<DocumentRule>[] = [];
  for (const [run, { scope, reads, name }] of byRun) {
    const planned = { reads: unionOfReads(reads), name };
    if (scope === 'integration') integration.push({ ...planned, run: run as IntegrationRule });
    else document.push({ ...planned, run: run as DocumentRule });
  }
  return { integration, document };
}

export const CHECKS = planChecks(RULE_RECORDS);
