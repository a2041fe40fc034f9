/** Appending an item to a YAML block sequence, a flow sequence or a JSON array, in the file's own layout. */
import type { ArrayNode } from '../../parse/ast';
import { columnOf, lineEnd } from '../../parse/edits';
import type { TextEdit } from '../context';
import type { SourceText } from '../../text/sourceText';

/** `itemText` is already formatted; multi-line items are indented under their dash. */
export function appendToList(text: SourceText, format: 'yaml' | 'json', list: ArrayNode, itemText: string): TextEdit | undefined {
  const last = list.items[list.items.length - 1];
  if (!last) return undefined;
  const end = last.offset + last.length;
  if (format === 'json' || text.charAt(list.offset) === '[') {
    const sameLine = !text.slice(list.offset, end).includes('\n');
    const indent = sameLine ? ' ' : '\n' + ' '.repeat(columnOf(text, last.offset));
    return { offset: end, length: 0, text: `,${indent}${itemText.replace(/\n/g, '\n' + ' '.repeat(columnOf(text, last.offset)))}` };
  }
  // Block sequence: the dash sits before the item on its line.
  const dash = text.lastIndexOf('-', last.offset);
  if (dash < 0) return undefined;
  const indent = ' '.repeat(columnOf(text, dash));
  const from = end > 0 && text.charAt(end - 1) === '\n' ? end - 1 : end;
  const at = lineEnd(text, from);
  return { offset: at, length: 0, text: `\n${indent}- ${itemText.replace(/\n/g, `\n${indent}  `)}` };
}
