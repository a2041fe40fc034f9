/**
 * Completion inside a mapping template, in template offsets: `$` roots and variables, members of `$input`,
 * `$util`, `$context` (nested groups), `$stageVariables`, `$foreach`, directives after `#`, JSONPaths inside
 * `$input.path('` / `$input.json('`, and parameter names inside `$input.params('`.
 */
import {
  contextMembers,
  contextVariable,
  DIRECTIVES,
  FOREACH_DOCS,
  FOREACH_MEMBERS,
  INPUT_MEMBERS,
  ROOT_VARIABLES,
  UTIL_MEMBERS,
  VELOCITY_COUNT_DOCS,
  SOURCES,
  type ContextVariable,
  type VtlMember,
} from '../knowledge/vtl';
import { contextMarkdown, directiveMarkdown, memberMarkdown, rootMarkdown } from './markdown';
import { parseTemplate } from './parser';
import { definedVariables, enclosingBlocks, inertNodeAt } from './scope';
import type { TemplateCompletion, MappingContext } from './types';

/** Claims Amazon Cognito user pool tokens carry (ID and access tokens), offered under `authorizer.claims.`. */
const COMMON_CLAIMS: readonly [string, string][] = [
  ['sub', 'The unique identifier (UUID) of the authenticated user.'],
  ['email', "The user's email address (ID token)."],
  ['email_verified', 'Whether the email address is verified (ID token).'],
  ['username', 'The user name (access token; the ID token has `cognito:username`, read as `claims[\'cognito:username\']`).'],
  ['client_id', 'The app client the token was issued to (access token).'],
  ['scope', 'The OAuth scopes of the token (access token).'],
  ['token_use', '`id` or `access`.'],
  ['aud', 'The audience: the app client ID (ID token).'],
  ['iss', 'The issuer: the user pool URL.'],
  ['auth_time', 'When the user authenticated (epoch seconds).'],
  ['exp', 'When the token expires (epoch seconds).'],
  ['iat', 'When the token was issued (epoch seconds).'],
];

const PARAM_GROUPS: readonly ['path' | 'querystring' | 'header', string][] = [
  ['path', 'Path parameters of the method request.'],
  ['querystring', 'Query string parameters of the method request.'],
  ['header', 'Headers of the method request.'],
];

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_-]/.test(c);
}

function memberItem(member: VtlMember, replaceStart: number, replaceEnd: number, sortText: string): TemplateCompletion {
  const method = member.kind === 'method';
  return {
    label: member.name,
    kind: method ? 'method' : 'property',
    detail: member.signature.split('\n')[0],
    documentation: memberMarkdown(member),
    insertText: method ? (member.snippet ?? `${member.name}($1)`) : member.name,
    isSnippet: method,
    replaceStart,
    replaceEnd,
    sortText,
  };
}

function contextItem(variable: ContextVariable, replaceStart: number, replaceEnd: number): TemplateCompletion {
  const name = variable.path.slice(variable.path.lastIndexOf('.') + 1);
  return {
    label: name,
    kind: 'property',
    detail: variable.group ? `$context.${variable.path} (group)` : `$context.${variable.path}: ${variable.type ?? 'String'}`,
    documentation: contextMarkdown(variable),
    insertText: name,
    replaceStart,
    replaceEnd,
    sortText: (variable.group ? '1' : '0') + name,
  };
}

function valueItem(label: string, detail: string, documentation: string | undefined, replaceStart: number, replaceEnd: number, sortText: string): TemplateCompletion {
  return { label, kind: 'value', detail, documentation, insertText: label, replaceStart, replaceEnd, sortText };
}

/** `$input.path('$.|`, `$input.params('|`, `$stageVariables.get('|`, `$input.params().header.get('|`. */
function completeStringArgument(text: string, offset: number, before: string, ctx: MappingContext): TemplateCompletion[] | undefined {
  const m = /\$!?\{?(input\.(path|json|params)|stageVariables\.get|input\.params\(\)\.(header|querystring|path)\.get)\(\s*(['"])([^'"\n]*)$/.exec(before);
  if (!m) return undefined;
  const quote = m[4];
  const typed = m[5];
  const start = offset - typed.length;
  let end = offset;
  while (end < text.length && text[end] !== quote && text[end] !== '\n' && text[end] !== ')') end++;
  if (text[end] !== quote) end = offset;
  const items: TemplateCompletion[] = [];
  if (m[2] === 'path' || m[2] === 'json') {
    items.push(valueItem('$', 'the whole body', 'The JSONPath of the whole payload.', start, end, '0'));
    for (const field of ctx.bodyPaths ?? []) {
      items.push(valueItem(field.path, field.type ? `${field.type} (request body)` : 'request body field', field.description, start, end, '1' + field.path));
    }
  } else if (m[2] === 'params') {
    const names = ctx.parameterNames;
    for (const [location] of PARAM_GROUPS) {
      for (const name of names?.[location] ?? []) {
        items.push(valueItem(name, `${location === 'querystring' ? 'query string' : location} parameter`, `Declared ${location === 'querystring' ? 'query string' : location} parameter of the method request. \`$input.params('${name}')\` searches path, query string, then headers.`, start, end, `${location}:${name}`));
      }
    }
  } else if (m[1] === 'stageVariables.get') {
    for (const name of ctx.stageVariableNames ?? []) items.push(valueItem(name, 'stage variable', undefined, start, end, name));
  } else if (m[3]) {
    const location = m[3] as 'path' | 'querystring' | 'header';
    for (const name of ctx.parameterNames?.[location] ?? []) items.push(valueItem(name, `${location} parameter`, undefined, start, end, name));
  }
  return items;
}

export function completeTemplate(text: string, offset: number, ctx: MappingContext = {}): TemplateCompletion[] {
  offset = Math.max(0, Math.min(offset, text.length));
  const template = parseTemplate(text);
  if (inertNodeAt(template, offset)) return [];
  const before = text.slice(Math.max(0, offset - 1000), offset);
  let wordEnd = offset;
  while (isIdentChar(text[wordEnd])) wordEnd++;

  const inString = completeStringArgument(text, offset, before, ctx);
  if (inString) return inString;

  // After `#`: directives and the template's macros.
  const directive = /(?:^|[^\\#$])#(\{?)([a-zA-Z]*)$/.exec(before);
  if (directive) {
    const braced = directive[1] === '{';
    const start = offset - directive[2].length;
    const items: TemplateCompletion[] = DIRECTIVES.map((d) => ({
      label: d.name,
      kind: 'keyword' as const,
      detail: d.syntax.split('\n')[0],
      documentation: directiveMarkdown(d),
      insertText: braced ? `${d.name}}` : d.snippet,
      isSnippet: !braced,
      replaceStart: start,
      replaceEnd: wordEnd,
      sortText: (d.block ? '0' : '1') + d.name,
    }));
    for (const macro of template.macros) {
      items.push({ label: macro, kind: 'snippet', detail: `#${macro}(...) macro`, insertText: braced ? `${macro}}` : `${macro}($1)`, isSnippet: !braced, replaceStart: start, replaceEnd: wordEnd, sortText: '2' + macro });
    }
    return items;
  }

  // After `$root.member.`: the members of what the chain names.
  const chain = /\$!?\{?([a-zA-Z_][\w-]*(?:\.[a-zA-Z_][\w-]*(?:\(\))?)*)\.([a-zA-Z_][\w-]*)?$/.exec(before);
  if (chain && before[chain.index - 1] !== '\\') {
    const parts = chain[1].split('.');
    const root = parts[0];
    const rest = parts.slice(1);
    const start = offset - (chain[2]?.length ?? 0);
    const loops = enclosingBlocks(template, offset).filter((d) => d.name === 'foreach');
    if (root === 'input' && rest.length === 0) return INPUT_MEMBERS.map((m) => memberItem(m, start, wordEnd, '0' + m.name));
    if (root === 'input' && rest.length === 1 && rest[0] === 'params()') {
      return PARAM_GROUPS.map(([name, docs]) => ({ label: name, kind: 'property' as const, detail: 'Map<String, String>', documentation: `${docs} Read one with \`.get('name')\`.`, insertText: name, replaceStart: start, replaceEnd: wordEnd }));
    }
    if (root === 'util' && rest.length === 0) return UTIL_MEMBERS.map((m) => memberItem(m, start, wordEnd, '0' + m.name));
    if (root === 'context' && rest.every((p) => !p.endsWith('()'))) {
      const path = rest.join('.');
      if (path && !contextVariable(path)?.group) return [];
      const items = contextMembers(path)
        .filter((v) => v.availability === 'template' || (v.availability === 'gateway-response' && ctx.templateKind === 'gateway-response'))
        .filter((v) => !(v.stage && ctx.stage && v.stage !== ctx.stage))
        .filter((v) => !(v.api === 'websocket' && ctx.apiKind === 'rest'))
        .map((v) => contextItem(v, start, wordEnd));
      if (path === 'authorizer.claims') {
        for (const [claim, docs] of COMMON_CLAIMS) items.push({ ...valueItem(claim, 'Cognito claim', docs, start, wordEnd, '2' + claim), kind: 'property' });
      }
      return items;
    }
    if (root === 'stageVariables' && rest.length === 0) {
      return (ctx.stageVariableNames ?? []).map((name) => ({
        label: name,
        kind: 'variable' as const,
        detail: 'stage variable',
        documentation: `The stage variable \`${name}\` of the stage serving the request.`,
        insertText: name,
        replaceStart: start,
        replaceEnd: wordEnd,
        sortText: name,
      }));
    }
    if (root === 'foreach' && rest.length === 0 && loops.length) return FOREACH_MEMBERS.map((m) => memberItem(m, start, wordEnd, '0' + m.name));
    return [];
  }

  // After `$`: roots, the template's own variables, loop helpers.
  const ref = /\$!?\{?([a-zA-Z_][\w-]*)?$/.exec(before);
  if (ref && before[ref.index - 1] !== '\\') {
    const start = offset - (ref[1]?.length ?? 0);
    const items: TemplateCompletion[] = ROOT_VARIABLES.map((r) => ({
      label: r.name,
      kind: 'variable' as const,
      detail: `$${r.name}`,
      documentation: rootMarkdown(r.name, r.docs, r.source),
      insertText: r.name,
      replaceStart: start,
      replaceEnd: wordEnd,
      sortText: '0' + r.name,
    }));
    const own = definedVariables(template);
    const typedHere = ref[1] ?? '';
    for (const name of own) {
      if (name === typedHere && !template.directives.some((d) => d.target?.name === name && d.target.nameOffset !== start)) continue; // only the word being typed
      items.push({ label: name, kind: 'variable', detail: 'template variable', documentation: `Set in this template (\`#set\`, \`#foreach\`, \`#define\` or a macro argument).`, insertText: name, replaceStart: start, replaceEnd: wordEnd, sortText: '1' + name });
    }
    if (enclosingBlocks(template, offset).some((d) => d.name === 'foreach')) {
      items.push({ label: 'foreach', kind: 'variable', detail: '$foreach', documentation: rootMarkdown('foreach', FOREACH_DOCS, SOURCES.velocityUserGuide), insertText: 'foreach', replaceStart: start, replaceEnd: wordEnd, sortText: '2foreach' });
      items.push({ label: 'velocityCount', kind: 'variable', detail: '$velocityCount', documentation: rootMarkdown('velocityCount', VELOCITY_COUNT_DOCS, SOURCES.velocityUserGuide), insertText: 'velocityCount', replaceStart: start, replaceEnd: wordEnd, sortText: '3velocityCount' });
    }
    return items;
  }
  return [];
}
