/**
 * Runs the checks of the rule records (catalogue.ts) over a document's model. Each integration check sees one
 * integration; a check that throws is contained (reported as an internal problem) so the rest still run. Findings
 * of a unit the edit did not touch are reused (findingsCache.ts), keyed by what its checks' records read (reads.ts).
 */
import { IntegrationView, viewOf } from '../model/integrationView';
import type { ApiModel, Integration } from '../model/types';
import type { AstNode, SyntaxTree } from '../parse/ast';
import { CHECKS, type PlannedCheck, type RuleCode } from './catalogue';
import type { Finding, Fix, RuleContext } from './context';
import type { FindingsCache } from './findingsCache';
import { FactValues, unionOfReads } from './reads';
import type { DocumentRule, IntegrationRule } from './record';
import type { Severity } from './types';
import type { SourceText } from '../text/sourceText';

/** A damaged file can have a syntax error per character: past this many, one diagnostic counts the rest. */
export const MAX_SYNTAX_PROBLEMS = 200;

export interface RunInput {
  readonly text: SourceText;
  readonly format: 'yaml' | 'json';
  readonly tree: SyntaxTree;
  readonly model: ApiModel;
  /** Checked between integrations so a cancelled validation stops early. */
  readonly isCancelled?: () => boolean;
  /** Findings of the previous validation of the same document, reused for unchanged integrations and templates. */
  readonly cache?: FindingsCache;
  /** The checks to run (default: every rule record's); tests pass their own. */
  readonly checks?: { readonly integration: readonly PlannedCheck<IntegrationRule>[]; readonly document: readonly PlannedCheck<DocumentRule>[] };
}

/** What an integration's checks read, for the cache key of its findings. */
const integrationReads = new WeakMap<readonly PlannedCheck<IntegrationRule>[], ReturnType<typeof unionOfReads>>();

export function runRules(input: RunInput): Finding[] {
  const findings: Finding[] = [];
  const checks = input.checks ?? CHECKS;
  const facts = new FactValues(input.model);
  const push = (into: Finding[]) => (code: RuleCode, at: { offset: number; length: number }, message: string, fixes?: Fix[], severity?: Severity) => {
    into.push({ code, offset: at.offset, length: Math.max(0, at.length), message, fixes, severity });
  };
  const contextFor = (check: PlannedCheck<unknown> | undefined, report: RuleContext['report']): RuleContext => ({
    text: input.text,
    format: input.format,
    model: input.model,
    report,
    reuse(node: AstNode, integration: Integration | undefined, own: string, compute: () => Finding[]) {
      if (!input.cache || !check) return compute();
      return input.cache.unit(check.name, node, node, node, `${own}\u0003${facts.key(check.reads, integration)}`, compute);
    },
  });
  const context = contextFor(undefined, push(findings));
  for (const problem of input.tree.problems.slice(0, MAX_SYNTAX_PROBLEMS)) {
    findings.push({ code: (problem.code ?? 'syntax-error') as RuleCode, offset: problem.offset, length: problem.length, message: problem.message });
  }
  const more = input.tree.problems.length - MAX_SYNTAX_PROBLEMS;
  if (more > 0) {
    const last = input.tree.problems[MAX_SYNTAX_PROBLEMS];
    findings.push({ code: 'syntax-error', offset: last.offset, length: last.length, message: `${more.toLocaleString('en-US')} more syntax errors from here on (only the first ${MAX_SYNTAX_PROBLEMS} are listed).` });
  }
  let reads = integrationReads.get(checks.integration);
  if (!reads) integrationReads.set(checks.integration, (reads = unionOfReads(checks.integration.map((c) => c.reads))));
  for (const integration of input.model.integrations) {
    if (input.isCancelled?.()) return findings;
    if (integration.ref) continue; // the referenced component is checked where it is defined
    const view = viewOf(integration, input.model.cfnTemplate);
    if (!view) continue;
    // An operation's integration moves with its path item: its findings can be reused while both are unchanged.
    const pathItem = integration.location === 'openapi-operation' ? integration.operation?.pathItem : undefined;
    if (input.cache && pathItem) {
      const own = input.cache.unit('integration', view.node, pathItem, pathItem, facts.key(reads, integration), () => {
        const local: Finding[] = [];
        runIntegrationChecks(checks.integration, view, contextFor(undefined, push(local)), local);
        return local;
      });
      for (const finding of own) findings.push(finding);
    } else {
      runIntegrationChecks(checks.integration, view, context, findings);
    }
  }
  for (const check of checks.document) {
    if (input.isCancelled?.()) return findings;
    guard(() => check.run(contextFor(check, context.report)), findings, { offset: 0, length: 0 });
  }
  return findings;
}

function runIntegrationChecks(checks: readonly PlannedCheck<IntegrationRule>[], view: IntegrationView, context: RuleContext, findings: Finding[]): void {
  for (const check of checks) guard(() => check.run(view, context), findings, view.integration.keyNode);
}

/** A bug in one check must not cost the user every other diagnostic. */
function guard(run: () => void, findings: Finding[], at: { offset: number; length: number }): void {
  try {
    run();
  } catch (error) {
    findings.push({ code: 'internal-error', offset: at.offset, length: at.length, message: `Internal error in a rule: ${(error as Error).message}` });
  }
}
