import type { AstNode, PropertyNode } from '../parse/ast';
import type { ApiModel, Integration } from '../model/types';
import type { RuleCode } from './catalogue';
import type { Finding, Fix } from './finding';
import type { Severity } from './types';
import type { SourceText } from '../text/sourceText';

export type { Finding, Fix } from './finding';
export type { TextEdit } from '../parse/edits';
export type { DocumentRule, IntegrationRule } from './record';

export interface RuleContext {
  readonly text: SourceText;
  readonly format: 'yaml' | 'json';
  readonly model: ApiModel;
  /** `severity` replaces the code's default for this one finding (settings still override it). */
  report(code: RuleCode, at: AstNode | PropertyNode | { offset: number; length: number }, message: string, fixes?: Fix[], severity?: Severity): void;
  /**
   * The findings of one unit of a document check (a mapping template's string, ...), from the previous validation
   * when `node` is the same object and `own` (what the check reads of the unit beyond its text) and the facts the
   * check's records read about `integration` are unchanged; else `compute()`. Reused findings moved with the node.
   * They are kept only when they and their fixes lie inside the node. With reuse off it always computes.
   */
  reuse(node: AstNode, integration: Integration | undefined, own: string, compute: () => Finding[]): readonly Finding[];
}

/** Where to point for a property: its key, which is short and always on one line. */
export function keyOf(property: PropertyNode): { offset: number; length: number } {
  return { offset: property.key.offset, length: property.key.length };
}
