/** Markdown for completion documentation and hovers, from the knowledge data. */
import type { ContextVariable, DirectiveDoc, VtlMember } from '../knowledge/vtl';

function link(source: string): string {
  if (!/^https?:/.test(source)) return `Source: ${source}`;
  const label = source.includes('velocity.apache.org')
    ? 'Velocity 1.7 reference'
    : source.includes('github.com/awsdocs')
      ? 'API Gateway reference (archived)'
      : 'API Gateway documentation';
  return `[${label}](${source})`;
}

function quirks(list: readonly string[] | undefined): string {
  return list?.length ? `\n\n**Quirks**\n${list.map((q) => `- ${q}`).join('\n')}` : '';
}

export function memberMarkdown(member: VtlMember): string {
  return `\`\`\`vtl\n${member.signature}\n\`\`\`\n${member.docs}${quirks(member.quirks)}\n\n${link(member.source)}`;
}

export function contextMarkdown(variable: ContextVariable): string {
  const where =
    variable.availability === 'access-log'
      ? '\n\n⚠️ Access logs only: empty in a mapping template.'
      : variable.availability === 'gateway-response'
        ? '\n\n⚠️ Gateway response templates and access logs only: empty in an integration mapping template.'
        : '';
  const stage = variable.stage ? `\n\nFor ${variable.stage} templates.` : '';
  const api = variable.api === 'websocket' ? '\n\nWebSocket APIs only.' : '';
  const type = variable.group ? (variable.open ? 'any key' : 'group') : (variable.type ?? 'String');
  return `\`\`\`vtl\n$context.${variable.path}: ${type}\n\`\`\`\n${variable.docs}${where}${stage}${api}\n\n${link(variable.source)}`;
}

export function directiveMarkdown(directive: DirectiveDoc): string {
  return `\`\`\`vtl\n${directive.syntax}\n\`\`\`\n${directive.docs}${quirks(directive.quirks)}\n\n${link(directive.source)}`;
}

export function rootMarkdown(name: string, docs: string, source: string): string {
  return `\`\`\`vtl\n$${name}\n\`\`\`\n${docs}\n\n${link(source)}`;
}
