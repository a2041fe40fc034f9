import type { Severity } from './catalogue';
import type { AstNode, PropertyNode } from '../parse/ast';
import type { IntegrationView } from '../model/integrationView';
import type { ApiModel } from '../model/types';
import type { FindingsCache } from './findingsCache';
import type { Fix } from './finding';
import type { Signatures } from './signatures';
import type { SourceText } from '../text/sourceText';

export type { Finding, Fix } from './finding';
export type { TextEdit } from '../parse/edits';

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
