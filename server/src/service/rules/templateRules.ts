/**
 * The VTL checks (../vtl) over every mapping template of the file, reported at the exact file position through
 * the template source map; their quick fixes are re-encoded for the string style that holds the template.
 */
import { findTemplates } from '../model/templates';
import { templateContextFor } from '../features/templateContext';
import { decodeTemplate, encodeForHost, EmbeddedTemplate } from '../template';
import type { StringNode } from '../parse/ast';
import { validateTemplate, type TemplateEdit } from '../vtl';
import type { Fix, RuleContext, TextEdit } from './context';
import { hostIndent } from '../features/templateHost';

export function checkMappingTemplates(context: RuleContext): void {
  for (const loc of findTemplates({ model: context.model })) {
    if (!loc.stringNode) continue;
    const template = decodeTemplate(context.text, loc.stringNode, { sub: loc.sub });
    if (!template.exact) continue;
    for (const d of validateTemplate(template.text, templateContextFor(context.model, loc, template))) {
      const range = template.toFileRange(d.offset, d.offset + d.length);
      const fix = d.fix && fileFix(context.text, loc.stringNode, template, d.fix.title, d.fix.edits);
      context.report(d.code, { offset: range.start, length: range.end - range.start }, d.message, fix ? [fix] : undefined, d.severity);
    }
  }
}

/** Template-offset edits as file edits; undefined when the string style cannot hold the new text. */
export function fileFix(text: string, node: StringNode, template: EmbeddedTemplate, title: string, edits: readonly TemplateEdit[]): Fix | undefined {
  const out: TextEdit[] = [];
  const indent = hostIndent(text, node, template);
  for (const edit of edits) {
    const newText = encodeForHost(edit.newText, node.style, { indent });
    if (newText === undefined) return undefined;
    const range = edit.length === 0 ? { start: template.toFileOffset(edit.offset), end: template.toFileOffset(edit.offset) } : template.toFileRange(edit.offset, edit.offset + edit.length);
    out.push({ offset: range.start, length: range.end - range.start, text: newText });
  }
  return { title, edits: out, preferred: true };
}
