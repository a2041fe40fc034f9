/**
 * Text edits on YAML and JSON that keep the file's own layout: insert a key where its siblings are, remove one
 * with its line, replace a scalar. Quick fixes and completions build on these.
 */
import type { AstNode, ObjectNode, PropertyNode } from './ast';
import type { SourceText } from '../text/sourceText';

/** An edit in file offsets (quick fixes and completions; rules/finding.ts carries them in a Fix). */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

export type Format = 'yaml' | 'json';

export function lineStart(text: SourceText, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEnd(text: SourceText, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The column of `offset` on its line. */
export function columnOf(text: SourceText, offset: number): number {
  return offset - lineStart(text, offset);
}

function isFlow(text: SourceText, object: ObjectNode): boolean {
  return text.charAt(object.offset) === '{';
}

/** `key: value` (YAML) or `"key": value` (JSON), value given as already formatted text. */
export function insertProperty(text: SourceText, format: Format, object: ObjectNode, key: string, valueText: string): TextEdit {
  const last = object.properties[object.properties.length - 1];
  if (format === 'json' || isFlow(text, object)) {
    const quotedKey = format === 'json' ? JSON.stringify(key) : key;
    if (!last) return { offset: object.offset + 1, length: 0, text: ` ${quotedKey}: ${valueText} ` };
    const end = last.offset + last.length;
    const sameLine = !text.slice(object.offset, end).includes('\n');
    const indent = sameLine ? ' ' : '\n' + ' '.repeat(columnOf(text, last.key.offset));
    return { offset: end, length: 0, text: `,${indent}${quotedKey}: ${valueText}` };
  }
  if (!last) return { offset: object.offset, length: 0, text: `${key}: ${valueText}\n` };
  const indent = ' '.repeat(columnOf(text, object.properties[0].key.offset));
  const end = endOfValueLine(text, last);
  const separator = valueText.startsWith('\n') ? ':' : ': ';
  return { offset: end, length: 0, text: `\n${indent}${key}${separator}${indentBlock(valueText, indent)}` };
}

/** Removes a property; in block YAML with its whole line(s), in JSON/flow with its comma. */
export function removeProperty(text: SourceText, format: Format, property: PropertyNode): TextEdit {
  const object = property.parent;
  if (format === 'json' || (object && isFlow(text, object))) {
    const siblings = object?.properties ?? [];
    const index = siblings.indexOf(property);
    const end = property.offset + property.length;
    if (index > 0) {
      const previous = siblings[index - 1];
      const from = previous.offset + previous.length;
      return { offset: from, length: end - from, text: '' };
    }
    const next = siblings[index + 1];
    if (next) return { offset: property.offset, length: next.offset - property.offset, text: '' };
    return { offset: property.offset, length: end - property.offset, text: '' };
  }
  const start = lineStart(text, property.offset);
  const prefix = text.slice(start, property.offset);
  const end = endOfValueLine(text, property);
  if (prefix.trim() === '') {
    const to = end < text.length ? end + 1 : end;
    return { offset: start, length: to - start, text: '' };
  }
  // `- key: value` as a sequence item's first key: keep the dash, remove the rest of the property.
  return { offset: property.offset, length: end - property.offset, text: '' };
}

export function replaceNode(node: AstNode | { offset: number; length: number }, text: string): TextEdit {
  return { offset: node.offset, length: node.length, text };
}

/** A scalar for YAML or JSON: JSON always quoted, YAML quoted only when it has to be. */
export function formatScalar(format: Format, value: string): string {
  if (format === 'json') return JSON.stringify(value);
  return /^[A-Za-z_/][\w./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) ? value : JSON.stringify(value);
}

/** The end of the last line a property's value occupies (before its newline). */
function endOfValueLine(text: SourceText, property: PropertyNode): number {
  const end = property.offset + property.length;
  // Block scalars' ranges can already include their final newline.
  const from = end > 0 && text.charAt(end - 1) === '\n' ? end - 1 : end;
  return lineEnd(text, from);
}

/** Multi-line inserted values are indented under their key. */
function indentBlock(valueText: string, indent: string): string {
  return valueText.replace(/\n/g, '\n' + indent);
}
