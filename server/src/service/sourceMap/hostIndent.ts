import type { StringNode } from '../parse/ast';
import type { EmbeddedTemplate } from './';
import type { SourceText } from '../text/sourceText';

/** The indentation of a block scalar's content lines, for text inserted on new lines; empty for other styles. */
export function hostIndent(text: SourceText, node: StringNode, template: EmbeddedTemplate): string {
  if (node.style !== 'literal' && node.style !== 'folded') return '';
  const lineStart = text.lastIndexOf('\n', template.contentStart - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, template.contentStart))?.[0] ?? '';
}
