/** What rules report: a finding in file offsets, with its quick fixes. */
import type { TextEdit } from '../parse/edits';
import type { RuleCode } from './catalogue';
import type { Severity } from './types';

/** A problem found by a rule, in file offsets. Severity is applied later from the catalogue and settings. */
export interface Finding {
  readonly code: RuleCode;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** Quick fixes, computed by the rule that knows what is wrong. */
  readonly fixes?: Fix[];
  /** This finding's severity when it differs from its code's default (e.g. a VTL check unsure of its data). */
  readonly severity?: Severity;
}

export interface Fix {
  readonly title: string;
  readonly edits: TextEdit[];
  /** The fix VS Code applies with "Auto Fix" / shows first. */
  readonly preferred?: boolean;
}
