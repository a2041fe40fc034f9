/**
 * What the key and value completions share: the item specs they return and the context that turns a spec into a
 * completion item (its text edit in the file's format and indentation, its sort order, its filter text).
 */
import {
  CompletionItem,
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  TextEdit as LspTextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { TextEdit } from '../../rules/context';
import type { Caret, KeyCaret, ValueCaret } from '../common/caret';
import { FileFacts, fileFacts } from '../common/fileFacts';
import type { Slot } from '../common/places';
import { escapeSnippet, Part, SnippetValue, SnippetWriter, yamlKey } from '../common/snippetWriter';

/** What a key item writes after the key. */
export type KeyValue =
  | { readonly kind: 'value'; readonly value: SnippetValue }
  /** `key: |` — the caret right after, and the suggest widget opened for the value. */
  | { readonly kind: 'cursor' }
  /** `key:` and an indented new line (a map follows). */
  | { readonly kind: 'map' }
  /** `key:` and an indented `- ` (a list follows). */
  | { readonly kind: 'list' }
  /** A choice among enum values. */
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly quoteInJson?: boolean }
  /** A number with a default. */
  | { readonly kind: 'number'; readonly default: string };

export interface KeySpec {
  /** The key (also what the item is filtered by unless `filterText` says otherwise). */
  readonly key: string;
  readonly value?: KeyValue;
  /** Sibling properties written after it (e.g. `MethodResponses` next to an `Integration` skeleton). */
  readonly siblings?: readonly (readonly [string, SnippetValue])[];
  /** Insert these properties instead of `key` (a skeleton's body, at the caret). */
  readonly properties?: readonly (readonly [string, SnippetValue])[];
  /** Insert this snippet (per format) instead of `key: value` (keys with tab stops of their own). */
  readonly rawText?: { readonly yaml: string; readonly json: string };
  readonly label?: string;
  readonly kind?: CompletionItemKind;
  readonly detail?: string;
  readonly description?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly filterText?: string;
  /** Open the suggest widget again after inserting (for the value). */
  readonly suggestAfter?: boolean;
  readonly additionalEdits?: readonly TextEdit[];
  readonly preselect?: boolean;
}

export interface ValueSpec {
  readonly value: SnippetValue;
  readonly label: string;
  readonly kind?: CompletionItemKind;
  readonly detail?: string;
  readonly description?: string;
  readonly documentation?: string;
  readonly filterText?: string;
  readonly preselect?: boolean;
}

export class CompletionContext<C extends Caret = Caret> {
  readonly facts: FileFacts;
  private order = 0;

  constructor(
    readonly document: TextDocument,
    readonly parsed: ParsedDocument,
    readonly caret: C,
    readonly slot: Slot,
    readonly offset: number,
  ) {
    this.facts = fileFacts(parsed);
  }

  get format(): 'yaml' | 'json' {
    return this.parsed.format;
  }

  /** Indentation of the caret's keys, as text. */
  get indent(): string {
    return ' '.repeat(this.caret.column);
  }

  writer(): SnippetWriter {
    return new SnippetWriter({ format: this.format, unit: this.facts.unit });
  }

  private nextSort(): string {
    return String(this.order++).padStart(4, '0');
  }

  private range(start: number, end: number) {
    return { start: this.document.positionAt(start), end: this.document.positionAt(end) };
  }

  private edits(edits: readonly TextEdit[] | undefined): LspTextEdit[] | undefined {
    return edits?.length ? edits.map((e) => ({ range: this.range(e.offset, e.offset + e.length), newText: e.text })) : undefined;
  }

  /** An item that inserts `key` (and its value) where the caret's key goes. */
  keyItem(spec: KeySpec): CompletionItem {
    const caret = this.caret as unknown as KeyCaret;
    const text = this.keyText(spec, caret);
    const additional: TextEdit[] = [...(spec.additionalEdits ?? [])];
    if (caret.format === 'json' && caret.commaBefore !== undefined) additional.push({ offset: caret.commaBefore, length: 0, text: ',' });
    const label = spec.label ?? spec.key;
    return {
      label,
      labelDetails: spec.description ? { description: spec.description } : undefined,
      kind: spec.kind ?? CompletionItemKind.Property,
      detail: spec.detail,
      documentation: spec.documentation ? { kind: MarkupKind.Markdown, value: spec.documentation } : undefined,
      sortText: this.nextSort(),
      filterText: this.keyFilter(spec, caret),
      preselect: spec.preselect || undefined,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
      textEdit: { range: this.range(caret.range.start, caret.range.end), newText: text },
      additionalTextEdits: this.edits(additional),
      command: spec.suggestAfter && !caret.hasColon ? { title: 'Suggest', command: 'editor.action.triggerSuggest' } : undefined,
    };
  }

  private keyFilter(spec: KeySpec, caret: KeyCaret): string {
    const base = spec.filterText ?? spec.key;
    if (caret.format === 'json') return `"${base}`;
    return caret.prefix.startsWith('"') || caret.prefix.startsWith("'") ? caret.prefix[0] + base : base;
  }

  private keyText(spec: KeySpec, caret: KeyCaret): string {
    const json = caret.format === 'json';
    const key = escapeSnippet(json ? JSON.stringify(spec.key) : yamlKey(spec.key));
    if (caret.hasColon) return key;
    const indent = this.indent;
    const unit = this.facts.unit;
    const comma = json && caret.commaAfter ? ',' : '';
    const writer = this.writer();
    if (spec.properties) return writer.properties(spec.properties, indent) + comma;
    if (spec.rawText) return (json ? spec.rawText.json : spec.rawText.yaml) + comma;
    const value = spec.value ?? { kind: 'cursor' };
    let text: string;
    switch (value.kind) {
      case 'value':
        text = writer.property(spec.key, value.value, indent);
        break;
      case 'cursor':
        text = json ? `${key}: $0` : `${key}: $0`;
        break;
      case 'map':
        text = json ? `${key}: {\n${indent}${unit}$0\n${indent}}` : `${key}:\n${indent}${unit}$0`;
        break;
      case 'list':
        text = json ? `${key}: [$0]` : `${key}:\n${indent}${unit}- $0`;
        break;
      case 'choice': {
        const choices = value.values.map((v) => v.replace(/[,|\\$}]/g, (c) => '\\' + c)).join(',');
        const quoted = json ? value.quoteInJson !== false : value.values.some((v) => yamlKey(v) !== v);
        text = `${key}: ${quoted ? '"' : ''}\${1|${choices}|}${quoted ? '"' : ''}`;
        break;
      }
      case 'number':
        text = `${key}: \${1:${value.default}}`;
        break;
    }
    if (spec.siblings?.length) text += (json ? `,\n${indent}` : `\n${indent}`) + writer.properties(spec.siblings, indent);
    return text + comma;
  }

  /** An item that replaces the value under the caret. */
  valueItem(spec: ValueSpec): CompletionItem {
    const caret = this.caret as unknown as ValueCaret;
    const { range, text } = this.valueEdit(spec.value, caret);
    return {
      label: spec.label,
      labelDetails: spec.description ? { description: spec.description } : undefined,
      kind: spec.kind ?? CompletionItemKind.Value,
      detail: spec.detail,
      documentation: spec.documentation ? { kind: MarkupKind.Markdown, value: spec.documentation } : undefined,
      sortText: this.nextSort(),
      filterText: this.valueFilter(spec, caret, range.start),
      preselect: spec.preselect || undefined,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
      textEdit: { range: this.range(range.start, range.end), newText: text },
    };
  }

  private valueEdit(value: SnippetValue, caret: ValueCaret): { range: { start: number; end: number }; text: string } {
    if (value.kind === 'string' && caret.quote) {
      const escape = (s: string) => (caret.quote === "'" ? s.replace(/'/g, "''") : JSON.stringify(s).slice(1, -1));
      let n = 1;
      const text = value.parts.map((p: Part) => (typeof p === 'string' ? escapeSnippet(escape(p)) : `\${${n++}:${escapeSnippet(escape(p.stop))}}`)).join('');
      return { range: caret.range, text };
    }
    const written = this.writer().value(value, this.indent);
    return { range: caret.fullRange, text: (caret.needsSpace ? ' ' : '') + written };
  }

  private valueFilter(spec: ValueSpec, caret: ValueCaret, start: number): string {
    const typed = this.parsed.source.slice(start, this.offset);
    const base = spec.filterText ?? spec.label;
    if (start === caret.fullRange.start && caret.quote && typed.startsWith(caret.quote)) return caret.quote + base;
    if (typed.startsWith('!') || typed.startsWith('{')) {
      const written = this.writer().value(spec.value, this.indent);
      return written.replace(/\\(.)/g, '$1');
    }
    return base;
  }
}
