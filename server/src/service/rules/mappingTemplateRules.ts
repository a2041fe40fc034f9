/**
 * The VTL checks (../vtl) over every mapping template of the file, reported at the exact file position through
 * the template source map; their quick fixes are re-encoded for the string style that holds the template.
 */
import { findMappingTemplates } from '../model/mappingTemplates';
import { mappingContextFor } from '../vtl/mappingContext';
import { decodeTemplate, encodeForHost, EmbeddedTemplate } from '../sourceMap';
import type { StringNode } from '../parse/ast';
import { validateTemplate, VTL_CHECKS, type TemplateEdit } from '../vtl';
import { defineRule, perDocument } from './record';
import type { Finding, Fix, RuleContext, TextEdit } from './context';
import { hostIndent } from '../sourceMap/hostIndent';
import type { SourceText } from '../text/sourceText';

export function checkMappingTemplates(context: RuleContext): void {
  for (const loc of findMappingTemplates({ model: context.model })) {
    const node = loc.stringNode;
    if (!node) continue;
    const check = () => {
      const found: Finding[] = [];
      const template = decodeTemplate(context.text, node, { sub: loc.sub });
      if (!template.exact) return found;
      for (const d of validateTemplate(template.text, mappingContextFor(context.model, loc, template))) {
        const range = template.toFileRange(d.offset, d.offset + d.length);
        const fix = d.fix && fileFix(context.text, node, template, d.fix.title, d.fix.edits);
        found.push({ code: d.code, offset: range.start, length: range.end - range.start, message: d.message, fixes: fix ? [fix] : undefined, severity: d.severity });
      }
      return found;
    };
    // Besides its text, a template's checks read where it is (its records read its integration's facts).
    const findings = context.reuse(node, loc.integration, `${loc.id}|${loc.stage}|${loc.contentType}|${loc.sub}`, check);
    for (const f of findings) context.report(f.code, f, f.message, f.fixes, f.severity);
  }
}

/** Template-offset edits as file edits; undefined when the string style cannot hold the new text. */
export function fileFix(text: SourceText, node: StringNode, template: EmbeddedTemplate, title: string, edits: readonly TemplateEdit[]): Fix | undefined {
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

/**
 * The VTL checks' records (vtl/checks.ts) as rule records: they run over every mapping template of the file, and
 * read what mappingContextFor gives them (the API kind, the route's parameters and body schema, the names an
 * Fn::Sub resolves, the stage variables).
 */
export const MAPPING_TEMPLATE_RULES = VTL_CHECKS.map((vtl) =>
  defineRule({
    ...vtl,
    family: 'template',
    reads: ['integration', 'operation', 'resources', 'stageVariables'],
    check: perDocument(checkMappingTemplates),
  }),
);
