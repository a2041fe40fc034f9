/**
 * Hover inside a mapping template, in template offsets: `$input`/`$util`/`$context`/`$stageVariables` and their
 * members (behaviour, quirks, doc link), `$foreach`, template variables, and directives.
 */
import {
  contextVariable,
  directiveDoc,
  FOREACH_DOCS,
  FOREACH_MEMBERS,
  INPUT_MEMBERS,
  ROOT_VARIABLES,
  SOURCES,
  UTIL_MEMBERS,
  VELOCITY_COUNT_DOCS,
  type VtlMember,
} from '../knowledge/vtl';
import type { ReferenceNode } from './ast';
import { contextMarkdown, directiveMarkdown, memberMarkdown, rootMarkdown } from './markdown';
import { parseTemplate } from './parser';
import type { MappingContext, TemplateHover } from './types';

function memberHover(members: readonly VtlMember[], name: string, offset: number, length: number): TemplateHover | undefined {
  const member = members.find((m) => m.name === name);
  return member ? { contents: memberMarkdown(member), offset, length } : undefined;
}

function referenceHover(ref: ReferenceNode, offset: number, ctx: MappingContext, defined: (name: string) => string | undefined): TemplateHover | undefined {
  const nameEnd = ref.nameOffset + ref.name.length;
  if (offset < nameEnd) {
    const root = ROOT_VARIABLES.find((r) => r.name === ref.name);
    const span = { offset: ref.offset, length: nameEnd - ref.offset };
    if (root) return { contents: rootMarkdown(root.name, root.docs, root.source), ...span };
    if (ref.name === 'foreach') return { contents: rootMarkdown('foreach', FOREACH_DOCS, SOURCES.velocityUserGuide), ...span };
    if (ref.name === 'velocityCount') return { contents: rootMarkdown('velocityCount', VELOCITY_COUNT_DOCS, SOURCES.velocityUserGuide), ...span };
    const where = defined(ref.name);
    return where ? { contents: `\`\`\`vtl\n$${ref.name}\n\`\`\`\n${where}`, ...span } : undefined;
  }
  const index = ref.parts.findIndex((p) => offset >= p.offset && offset < p.offset + (p.kind === 'method' ? p.nameLength : p.length));
  if (index < 0) return undefined;
  const part = ref.parts[index];
  if (part.kind === 'index') return undefined;
  const length = part.kind === 'method' ? part.nameLength : part.length;
  switch (ref.name) {
    case 'input':
      if (index === 0) return memberHover(INPUT_MEMBERS, part.name, part.offset, length);
      if (index === 1 && ref.parts[0].kind === 'method' && ref.parts[0].name === 'params' && ['path', 'querystring', 'header'].includes(part.name)) {
        return { contents: `\`\`\`vtl\n$input.params().${part.name}: Map<String, String>\n\`\`\`\nThe ${part.name === 'querystring' ? 'query string' : part.name} parameters of the request. Read one with \`.get('name')\`.\n\n[API Gateway documentation](${SOURCES.dataTransformations})`, offset: part.offset, length };
      }
      return undefined;
    case 'util':
      return index === 0 ? memberHover(UTIL_MEMBERS, part.name, part.offset, length) : undefined;
    case 'foreach':
      return index === 0 ? memberHover(FOREACH_MEMBERS, part.name, part.offset, length) : undefined;
    case 'stageVariables':
      if (index !== 0 || part.kind !== 'property') return undefined;
      return {
        contents: `\`\`\`vtl\n$stageVariables.${part.name}: String\n\`\`\`\nThe stage variable \`${part.name}\` of the stage serving the request.${
          ctx.stageVariableNames && !ctx.stageVariableNames.includes(part.name) ? '\n\n⚠️ No stage of this file defines it.' : ''
        }\n\n[API Gateway documentation](${SOURCES.stageVariables})`,
        offset: part.offset,
        length,
      };
    case 'context': {
      const path: string[] = [];
      for (let i = 0; i <= index; i++) {
        const p = ref.parts[i];
        if (p.kind !== 'property') return undefined;
        path.push(p.name);
      }
      const variable = contextVariable(path.join('.'));
      if (variable) return { contents: contextMarkdown(variable), offset: part.offset, length };
      // A key of an open group: an authorizer context key, a claim, an override header name.
      const parent = contextVariable(path.slice(0, -1).join('.'));
      if (parent?.open) {
        return { contents: `\`\`\`vtl\n$context.${path.join('.')}: String\n\`\`\`\nThe \`${part.name}\` entry of \`$context.${parent.path}\`.\n\n${parent.docs}\n\n[API Gateway documentation](${parent.source})`, offset: part.offset, length };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

export function hoverTemplate(text: string, offset: number, ctx: MappingContext = {}): TemplateHover | undefined {
  const template = parseTemplate(text);
  // `#end`: which block it closes.
  for (const d of template.directives) {
    if (d.end && offset >= d.end.offset && offset < d.end.offset + d.end.length) {
      const doc = directiveDoc('end');
      return doc ? { contents: directiveMarkdown(doc) + `\n\nHere it closes a \`#${d.macroCall ? '@' : ''}${d.name}\` block.`, offset: d.end.offset, length: d.end.length } : undefined;
    }
  }
  // Directives: the `#name` keyword (`#else`, a stray `#end` included).
  for (const d of template.directives) {
    if (offset >= d.offset && offset < d.offset + d.keywordLength) {
      if (d.macroCall) {
        const def = template.directives.find((m) => m.name === 'macro' && !m.macroCall && m.args[0]?.type === 'word' && m.args[0].name === d.name);
        return { contents: `\`\`\`vtl\n#${d.name}(...)\n\`\`\`\nA call of the macro \`${d.name}\`${def ? ' defined in this template' : ''}.`, offset: d.offset, length: d.keywordLength };
      }
      const doc = directiveDoc(d.name);
      return doc ? { contents: directiveMarkdown(doc), offset: d.offset, length: d.keywordLength } : undefined;
    }
  }
  // The innermost reference under the offset (a reference inside a method argument wins over the outer one).
  let best: ReferenceNode | undefined;
  for (const ref of template.references) {
    if (offset >= ref.offset && offset < ref.offset + ref.length && (!best || ref.length <= best.length)) best = ref;
  }
  if (!best) return undefined;
  const defined = (name: string): string | undefined => {
    const d = template.directives.find((x) => x.target?.name === name && (x.name === 'set' || x.name === 'foreach' || x.name === 'define'));
    if (!d) return undefined;
    return d.name === 'foreach' ? 'The loop variable of a `#foreach` in this template.' : `Assigned by a \`#${d.name}\` in this template.`;
  };
  return referenceHover(best, offset, ctx, defined);
}
