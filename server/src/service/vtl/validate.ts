/**
 * Diagnostics for one mapping template, in template offsets (the lead maps them to the file with the source map).
 * Codes, default severities and descriptions are listed in `checks.ts`.
 */
import { APPSYNC_ONLY_UTIL, CONTEXT_VARIABLES, contextVariable, INPUT_MEMBERS, ROOT_VARIABLES, UTIL_MEMBERS, type VtlMember } from '../knowledge/vtl';
import type { Expression, ReferenceNode, VtlTemplate } from './ast';
import { defaultSeverity, type VtlCode } from './checks';
import { parseTemplate } from './parser';
import { closest, definedVariables, textReferences, walkNodes } from './scope';
import type { MappingContext, TemplateDiagnostic, TemplateSubstitution } from './types';
import { utf8ByteLength } from '../util/bytes';

/** API Gateway's mapping template size quota. */
export const MAX_TEMPLATE_BYTES = 300 * 1024;

const VTL_ROOTS = new Set(ROOT_VARIABLES.map((r) => r.name));

type Report = (code: VtlCode, offset: number, length: number, message: string, extra?: Partial<TemplateDiagnostic>) => void;

function refText(text: string, ref: ReferenceNode, upTo?: number): string {
  return text.slice(ref.offset, upTo ?? ref.offset + ref.length);
}

function memberList(members: readonly VtlMember[]): string {
  return members.map((m) => (m.kind === 'method' ? `${m.name}(...)` : m.name)).join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function stringArgument(arg: Expression | undefined): string | undefined {
  return arg?.type === 'string' && !arg.parts?.some((p) => p.type !== 'text') ? arg.value : undefined;
}

/** Checks a `$input`/`$util` member access: the member exists and gets its number of arguments. */
function checkMember(
  text: string,
  ref: ReferenceNode,
  members: readonly VtlMember[],
  code: 'vtl-unknown-input-method' | 'vtl-unknown-util-method',
  report: Report,
): VtlMember | undefined {
  const part = ref.parts[0];
  if (!part || part.kind === 'index') return undefined;
  const root = `$${ref.name}`;
  const member = members.find((m) => m.name === part.name);
  const nameLength = part.kind === 'method' ? part.nameLength : part.length;
  if (!member) {
    const suggestion = closest(part.name, members.map((m) => m.name));
    const appsync = ref.name === 'util' && APPSYNC_ONLY_UTIL.has(part.name);
    const message = appsync
      ? `\`$util.${part.name}\` is an AWS AppSync function; API Gateway's $util only has ${memberList(members)}.`
      : `\`${root}.${part.name}\` is not part of ${root}: it has ${memberList(members)}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`;
    report(code, part.offset, nameLength, message, suggestion ? { fix: { title: `Change to ${root}.${suggestion}`, edits: [{ offset: part.offset, length: nameLength, newText: suggestion }] } } : {});
    return undefined;
  }
  if (member.kind === 'method' && part.kind === 'property') {
    report(code, part.offset, part.length, `\`${root}.${part.name}\` is a method: call it, as in \`${member.signature.split('\n')[0].replace(/:\s*[^:]*$/, '')}\`.`);
    return undefined;
  }
  if (member.kind === 'property' && part.kind === 'method') {
    report(code, part.offset, part.nameLength, `\`${root}.${part.name}\` is a property, not a method: write \`${root}.${part.name}\` without parentheses.`);
    return undefined;
  }
  if (part.kind === 'method' && member.argumentCounts && !member.argumentCounts.includes(part.args.length) && part.closeParen !== undefined) {
    const expected = member.argumentCounts.map((n) => String(n)).join(' or ');
    report(
      'vtl-argument-count',
      part.offset,
      part.length,
      `\`${root}.${part.name}\` takes ${expected} argument${expected === '1' ? '' : 's'}, not ${part.args.length}: ${member.signature.split('\n').join(' or ')}.`,
    );
  }
  return member;
}

/** `$context.a.b.c`: each property must exist in its group (unless the group is open), and have a value here. */
function checkContext(ref: ReferenceNode, ctx: MappingContext, report: Report): void {
  let path = '';
  let openParent = false;
  let stageReported = false;
  for (const part of ref.parts) {
    if (part.kind !== 'property') return; // .get('x'), ['x'], methods on a value: not checked
    const candidate = path ? `${path}.${part.name}` : part.name;
    const entry = contextVariable(candidate);
    if (!entry) {
      if (openParent) return; // any key of an authorizer context, a claim, an override header name
      const siblings = candidatesUnder(path);
      const suggestion = closest(part.name, siblings);
      const what = path ? `a member of \`$context.${path}\`` : 'a $context variable API Gateway defines';
      // WebSocket APIs document fewer variables than their events carry: there, an unknown name is only a note.
      const websocket = ctx.apiKind === 'websocket';
      report(
        'vtl-unknown-context-variable',
        part.offset,
        part.length,
        `\`$context.${candidate}\` is not ${websocket ? 'a documented WebSocket API variable' : what}: it will be empty.${suggestion ? ` Did you mean \`$context.${path ? path + '.' : ''}${suggestion}\`?` : ''}`,
        {
          ...(websocket ? { severity: 'information' as const } : {}),
          ...(suggestion ? { fix: { title: `Change to ${suggestion}`, edits: [{ offset: part.offset, length: part.length, newText: suggestion }] } } : {}),
        },
      );
      return;
    }
    if (entry.api === 'websocket' && ctx.apiKind === 'rest') {
      report('vtl-unknown-context-variable', part.offset, part.length, `\`$context.${candidate}\` only exists in WebSocket APIs: in a REST API it is empty.`);
      return;
    }
    if (entry.availability === 'gateway-response' && ctx.templateKind === 'gateway-response') {
      // What gateway responses are for.
    } else if (entry.availability !== 'template') {
      const where = entry.availability === 'access-log' ? 'access logs' : 'gateway response templates and access logs';
      const authorizerKey = openParent && path === 'authorizer';
      report(
        'vtl-access-log-only-variable',
        part.offset,
        part.length,
        authorizerKey
          ? `\`$context.${candidate}\` is an access-log variable; in a mapping template it only has a value if your Lambda authorizer returns a context key named \`${part.name}\`.`
          : `\`$context.${candidate}\` only has a value in ${where}; in a mapping template it is empty.`,
        authorizerKey ? { severity: 'hint' } : {},
      );
      return;
    }
    if (entry.stage && ctx.stage && entry.stage !== ctx.stage && !stageReported) {
      stageReported = true;
      report(
        'vtl-override-stage',
        part.offset,
        part.length,
        entry.stage === 'request'
          ? `\`$context.${candidate}\` overrides the integration request: it has no effect in a response template (use \`$context.responseOverride\` there).`
          : `\`$context.${candidate}\` overrides the method response: it has no effect in a request template (set it in an integration response template).`,
      );
    }
    if (!entry.group) return; // a leaf: what follows is a method or property of its value
    path = candidate;
    openParent = entry.open === true;
  }
}

/** The direct member names of a `$context` group (`''` for the top level), any availability. */
function candidatesUnder(path: string): string[] {
  const prefix = path ? path + '.' : '';
  return CONTEXT_VARIABLES.filter((c) => c.path.startsWith(prefix) && !c.path.slice(prefix.length).includes('.')).map((c) => c.path.slice(prefix.length));
}

/** `$stageVariables.x`, `$stageVariables['x']`, `$stageVariables.get('x')` against the file's stages. */
function checkStageVariable(ref: ReferenceNode, names: string[], report: Report): void {
  const part = ref.parts[0];
  if (!part) return;
  let name: string | undefined;
  let offset = part.offset;
  let length = part.length;
  if (part.kind === 'property') name = part.name;
  else if (part.kind === 'index') {
    name = stringArgument(part.index);
    if (part.index) {
      offset = part.index.offset;
      length = part.index.length;
    }
  } else if (part.kind === 'method' && part.name === 'get') {
    name = stringArgument(part.args[0]);
    if (part.args[0]) {
      offset = part.args[0].offset;
      length = part.args[0].length;
    }
  }
  if (name === undefined || names.includes(name)) return;
  const suggestion = closest(name, names);
  const defined = names.length ? `Stages define ${names.map((n) => `\`${n}\``).join(', ')}.` : 'No stage of this file defines stage variables.';
  report('vtl-unknown-stage-variable', offset, length, `No stage defines the stage variable \`${name}\`: it will be empty. ${defined}${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`);
}

/** Which CloudFormation `${...}` are real references, and which are VTL that CloudFormation would swallow. */
function checkSubstitutions(text: string, ctx: MappingContext, report: Report): TemplateSubstitution[] {
  const real: TemplateSubstitution[] = [];
  const subs = ctx.substitutions ?? [];
  if (!subs.length) return real;
  const cfnNames = ctx.cfnNames ? new Set(ctx.cfnNames) : undefined;
  const localVariables = definedVariables(parseTemplate(text));
  for (const sub of subs) {
    const name = sub.name;
    const first = name.split('.')[0];
    const isCfn = name.startsWith('AWS::') || cfnNames?.has(name) || cfnNames?.has(first);
    const invalid = !/^[A-Za-z0-9_.:]+$/.test(name);
    const vtlLike = !isCfn && (invalid || VTL_ROOTS.has(first) || localVariables.has(first));
    if (!vtlLike) {
      real.push(sub);
      continue;
    }
    const inner = text.slice(sub.offset + 2, sub.offset + sub.length - 1);
    report(
      'vtl-cfn-substitution',
      sub.offset,
      sub.length,
      `Fn::Sub will try to substitute \`\${${inner}}\`, which is VTL, not a parameter, resource or pseudo parameter: the deployment fails${invalid ? '' : ' or the value is replaced'}. Write \`\${!${inner}}\` so that API Gateway receives \`\${${inner}}\`.`,
      { fix: { title: `Escape as \${!${inner}}`, edits: [{ offset: sub.offset + 2, length: 0, newText: '!' }] } },
    );
  }
  return real;
}

/** The text with real CloudFormation substitutions replaced by a harmless run of digits of the same length. */
function maskSubstitutions(text: string, subs: TemplateSubstitution[]): string {
  if (!subs.length) return text;
  let out = '';
  let last = 0;
  for (const s of [...subs].sort((a, b) => a.offset - b.offset)) {
    out += text.slice(last, s.offset) + '0'.repeat(s.length);
    last = s.offset + s.length;
  }
  return out + text.slice(last);
}

/** Whether the template produces JSON: its first output character is `{` or `[`. */
function looksLikeJson(template: VtlTemplate): boolean {
  let first: string | undefined;
  walkNodes(template.nodes, (node) => {
    if (first !== undefined) return;
    if (node.type === 'text') {
      const m = /\S/.exec(template.text.slice(node.offset, node.offset + node.length));
      if (m) first = m[0];
    } else if (node.type === 'reference') first = '$';
  });
  return first === '{' || first === '[';
}

/** `"$input.json('$.x')"`: the JSON text of the value inside quotes, certainly invalid unless the value is a number. */
function checkQuotedJson(template: VtlTemplate, ctx: MappingContext, report: Report): void {
  if (!looksLikeJson(template)) return;
  const text = template.text;
  for (const ref of textReferences(template)) {
    const part = ref.parts[0];
    if (ref.name !== 'input' || part?.kind !== 'method' || part.name !== 'json' || ref.parts.length !== 1 || part.closeParen === undefined) continue;
    if (text[ref.offset - 1] !== '"' || text[ref.offset + ref.length] !== '"') continue;
    const path = stringArgument(part.args[0]);
    const field = path !== undefined ? ctx.bodyPaths?.find((b) => b.path === path) : undefined;
    if (field?.type && /^(number|integer|boolean)$/.test(field.type)) continue;
    report(
      'vtl-invalid-json',
      ref.offset - 1,
      ref.length + 2,
      `\`$input.json(...)\` already returns JSON (a string comes back with its quotes), so the quotes around it make invalid JSON. Remove them: ${refText(text, ref)}.`,
      { fix: { title: 'Remove the quotes', edits: [{ offset: ref.offset - 1, length: 1, newText: '' }, { offset: ref.offset + ref.length, length: 1, newText: '' }] } },
    );
  }
}

/** `$a-b` where `$a` is a variable and `a-b` is not: Velocity 1.7 reads one name with the hyphen. */
function checkHyphen(ref: ReferenceNode, defined: Set<string>, report: Report): void {
  if (!ref.name.includes('-') || defined.has(ref.name)) return;
  const prefix = ref.name.slice(0, ref.name.indexOf('-'));
  if (!VTL_ROOTS.has(prefix) && !defined.has(prefix)) return;
  const rest = ref.name.slice(prefix.length);
  report(
    'vtl-hyphenated-reference',
    ref.nameOffset,
    ref.name.length,
    `Velocity 1.7 reads \`$${ref.name}\` as one variable named \`${ref.name}\` (identifiers may contain \`-\`), which is undefined. Write \`\${${prefix}}${rest}\`${/^-\d/.test(rest) ? ` or, for arithmetic, \`$${prefix} - ${rest.slice(1)}\`` : ''}.`,
  );
}

export function validateTemplate(text: string, ctx: MappingContext = {}): TemplateDiagnostic[] {
  const diagnostics: TemplateDiagnostic[] = [];
  const report: Report = (code, offset, length, message, extra = {}) => {
    diagnostics.push({ code, message, severity: extra.severity ?? defaultSeverity(code), offset, length, ...(extra.fix ? { fix: extra.fix } : {}) });
  };

  const bytes = utf8ByteLength(text);
  if (bytes > MAX_TEMPLATE_BYTES) {
    const firstLine = text.indexOf('\n');
    report(
      'vtl-template-too-large',
      0,
      firstLine < 0 ? Math.min(text.length, 80) : firstLine,
      `This mapping template is ${Math.ceil(bytes / 1024)} KB; API Gateway accepts at most 300 KB. Move logic out of the template (a Lambda integration) or split the API.`,
    );
  }

  const real = checkSubstitutions(text, ctx, report);
  const template = parseTemplate(maskSubstitutions(text, real));

  const gatewayResponse = ctx.templateKind === 'gateway-response';
  // Gateway response templates get simple substitution, not VTL: Velocity syntax does not apply to them.
  if (!gatewayResponse) {
    for (const e of template.errors) {
      report('vtl-syntax', e.offset, e.length, e.message, { severity: e.severity });
    }
  }

  const defined = definedVariables(template);
  for (const ref of template.references) {
    switch (ref.name) {
      case 'input': {
        const member = checkMember(text, ref, INPUT_MEMBERS, 'vtl-unknown-input-method', report);
        const next = ref.parts[1];
        if (member?.name === 'body' && next && next.kind === 'property') {
          report(
            'vtl-input-body-property',
            next.offset,
            next.length,
            `\`$input.body\` is the raw payload string, so \`$input.body.${next.name}\` is null. Use \`$input.path('$.${next.name}')\` (or \`$util.parseJson($input.body).${next.name}\`).`,
            { fix: { title: `Use $input.path('$.${next.name}')`, edits: [{ offset: ref.parts[0].offset, length: next.offset + next.length - ref.parts[0].offset, newText: `path('$.${next.name}')` }] } },
          );
        }
        break;
      }
      case 'util':
        checkMember(text, ref, UTIL_MEMBERS, 'vtl-unknown-util-method', report);
        break;
      case 'context':
        checkContext(ref, ctx, report);
        break;
      case 'stageVariables':
        if (ctx.stageVariableNames) checkStageVariable(ref, ctx.stageVariableNames, report);
        break;
      default:
        checkHyphen(ref, defined, report);
    }
  }

  if (!gatewayResponse) checkQuotedJson(template, ctx, report);
  return diagnostics.sort((a, b) => a.offset - b.offset);
}
