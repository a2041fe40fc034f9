/**
 * A rule is one record: its code, default severity, family, documentation, what it reports, what its check reads
 * and the check itself. Everything else is derived from the records (catalogue.ts): the catalogue and families,
 * docs links, SARIF rules, docs/rules.md and the README tables, the typed `report()`, and the keys under which
 * findings are reused between validations (reads.ts). docs/adding-a-rule.md says how to add one.
 * (Model: ESLint's rule modules, `meta` beside `create`.)
 */
import type { IntegrationView } from '../model/integrationView';
import type { RuleContext } from './context';
import type { Fact } from './reads';
import type { Family, Severity } from './types';

/** A check over one integration object (the common case); the runner calls it for every editable integration. */
export type IntegrationRule = (view: IntegrationView, context: RuleContext) => void;

/** A check over the whole document (mapping templates, references between resources); called once per validation. */
export type DocumentRule = (context: RuleContext) => void;

export type Check = { readonly scope: 'integration'; readonly run: IntegrationRule } | { readonly scope: 'document'; readonly run: DocumentRule };

export function perIntegration(run: IntegrationRule): Check {
  return { scope: 'integration', run };
}

export function perDocument(run: DocumentRule): Check {
  return { scope: 'document', run };
}

export interface RuleRecord<C extends string = string> {
  /** Stable: settings, `.apigwrc.json` and SARIF name rules by it, so a code is never renamed. */
  readonly code: C;
  /** The default; users override it per code. Severity is certainty (DEVELOPERS.md). */
  readonly severity: Severity;
  readonly family: Family;
  /** One or two sentences for docs/rules.md, SARIF and the README: what is reported and why it matters. */
  readonly description: string;
  /** The page (AWS, Apache Velocity) that documents the behaviour checked; null when there is none. */
  readonly docs: string | null;
  /**
   * What the check reads besides the unit it checks (see reads.ts). Findings of a unit are reused while these facts
   * are unchanged, so a check that reads more than its record says reports stale findings after edits:
   * test/corpus/reuse.test.ts compares every finding of the corpus with reuse on and off.
   */
  readonly reads: readonly Fact[];
  /**
   * The check, or the checks, that report this code (one check may report several codes: name it in each of
   * their records; it runs once). null: reported by the parser or the runner (syntax errors, limits).
   */
  readonly check: Check | readonly Check[] | null;
  /** Marks the range as unnecessary code (faded in VS Code). */
  readonly unnecessary?: boolean;
}

/** A rule record, with its code kept as a literal type (so `report()` takes only known codes). */
export function defineRule<const C extends string>(record: RuleRecord<C>): RuleRecord<C> {
  return record;
}

/** The checks of a record, as a list. */
export function checksOf(record: RuleRecord): readonly Check[] {
  return record.check === null ? [] : 'scope' in record.check ? [record.check as Check] : (record.check as readonly Check[]);
}
