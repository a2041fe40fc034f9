import type { Severity } from './catalogue';
import type { AstNode, PropertyNode } from '../parse/ast';
import type { IntegrationView } from '../model/integrationView';
import type { ApiModel } from '../model/types';
import type { FindingsCache } from './findingsCache';
import type { Signatures } from './signatures';
import type { SourceText } from '../text/sourceText';

/** A problem found by a rule, in file offsets. Severity is applied later from the catalogue and settings. */
export interface Finding {
  readonly code: string;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** Quick fixes, computed by the rule that knows what is wrong. */
  readonly fixes?: Fix[];
  /** This finding's severity when it differs from its code's default (e.g. a VTL check unsure of its data). */
  readonly severity?: Severity;
}

export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: TextEdit[];
  /** The fix VS Code applies with "Auto Fix" / shows first. */
  readonly preferred?: boolean;
}

export interface RuleContext {
  /** Findings of the previous validation, for rules that work unit by unit (see runner.ts and findingsCache.ts). */
  readonly cache?: FindingsCache;
  /** What a unit's rules read besides its node, as strings (cache key parts; see signatures.ts). */
  readonly signatures?: Signatures;
  readonly text: SourceText;
  readonly format: 'yaml' | 'json';
  readonly model: ApiModel;
  /** `severity` replaces the code's default for this one finding (settings still override it). */
  report(code: string, at: AstNode | PropertyNode | { offset: number; length: number }, message: string, fixes?: Fix[], severity?: Severity): void;
}

/** A rule over one integration object (the common case). */
export type IntegrationRule = (view: IntegrationView, context: RuleContext) => void;

/** Where to point for a property: its key, which is short and always on one line. */
export function keyOf(property: PropertyNode): { offset: number; length: number } {
  return { offset: property.key.offset, length: property.key.length };
}
