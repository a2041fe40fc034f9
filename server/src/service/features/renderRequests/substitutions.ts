/**
 * CloudFormation's `Fn::Sub` runs before API Gateway ever sees a mapping template: every `${Name}` is replaced
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html), and
 * `${!Literal}` becomes the literal `${Literal}` (the decoder already did that). Render and Simulate both run the
 * substituted text, so a template reads the same in the preview as in the deployed API:
 * - a key of the long form's variable map (`Fn::Sub: [template, {Name: value}]`): its value, itself evaluated;
 * - a pseudo parameter: from the sample request's `context` (`accountId`; the region of `domainName`), else a
 *   default the preview names;
 * - a template parameter: its `Default`, else a placeholder;
 * - a resource (`${Queue}`, `${Queue.Arn}`) or a name the template does not define: a placeholder `<Queue.Arn>`
 *   (`'<Queue.Arn>'` where VTL reads an expression, `#set($n = ${Count})`, so the template stays valid there).
 * Each replacement is listed with its source, and errors in the substituted text map back to the template.
 */
import type { AstNode } from '../../parse/ast';
import { isIntrinsic, isObject, scalarText } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { EmbeddedTemplate } from '../../sourceMap';
import type { MappingTemplateLocation } from '../../model/mappingTemplates';
import { evaluateString, holeSource, subParts } from '../../model/values';
import type { RenderError, SampleRequest } from '../../render';
import { parseTemplate } from '../../vtl';
import type { TemplateSubstitution } from '../../vtl';

export interface SubstitutedValue {
  /** As written between `${` and `}`. */
  readonly name: string;
  readonly value: string;
  /** Where the value comes from. */
  readonly source: string;
}

export interface Substituted {
  readonly text: string;
  readonly values: SubstitutedValue[];
  /** An error in the substituted text, in the decoded template's coordinates. */
  toDecoded(e: RenderError): RenderError;
}

const DEFAULT_REGION = 'us-east-1';
const DEFAULT_ACCOUNT = '123456789012';
const DEFAULT_STACK = 'my-stack';

/** The long form's variable map of the `Fn::Sub` a template sits in. */
export function subVariables(location: Pick<MappingTemplateLocation, 'sub' | 'valueNode'>): AstNode | undefined {
  if (!location.sub || !isIntrinsic(location.valueNode) || location.valueNode.name !== 'Fn::Sub') return undefined;
  return subParts(location.valueNode.argument).variables;
}

/** The pseudo parameters as this sample request implies them. */
function pseudo(request: SampleRequest): Record<string, SubstitutedValue> {
  const ctx = request.context ?? {};
  const domain = typeof ctx.domainName === 'string' ? ctx.domainName : undefined;
  const fromDomain = domain ? /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(domain)?.[1] : undefined;
  const region = fromDomain ?? DEFAULT_REGION;
  const regionSource = fromDomain ? `the region of the sample request's context.domainName` : `default (give the sample request a context.domainName such as abc123.execute-api.eu-west-1.amazonaws.com to change it)`;
  const account = typeof ctx.accountId === 'string' ? ctx.accountId : DEFAULT_ACCOUNT;
  const accountSource = typeof ctx.accountId === 'string' ? "the sample request's context.accountId" : 'default (set context.accountId in the sample request to change it)';
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  const suffix = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  const v = (name: string, value: string, source: string): [string, SubstitutedValue] => [name, { name, value, source }];
  return Object.fromEntries([
    v('AWS::Region', region, regionSource),
    v('AWS::AccountId', account, accountSource),
    v('AWS::Partition', partition, `the partition of region ${region}`),
    v('AWS::URLSuffix', suffix, `the URL suffix of partition ${partition}`),
    v('AWS::StackName', DEFAULT_STACK, 'a placeholder stack name'),
    v('AWS::StackId', `arn:${partition}:cloudformation:${region}:${account}:stack/${DEFAULT_STACK}/00000000-0000-0000-0000-000000000000`, 'a placeholder stack id'),
  ]);
}

/** What CloudFormation would put in place of `${name}`. */
function resolve(name: string, variables: AstNode | undefined, parsed: Pick<ParsedDocument, 'model'> | undefined, pseudos: Record<string, SubstitutedValue>, depth: number): SubstitutedValue {
  const variable = isObject(variables) ? variables.properties.find((p) => p.key.value === name) : undefined;
  if (variable) {
    const known = scalarText(variable.value);
    if (known !== undefined) return { name, value: known, source: 'the Fn::Sub variable map' };
    const partial = depth < 4 ? evaluateString(variable.value) : undefined;
    if (partial) {
      const value = partial.segments
        .map((s) => {
          if ('text' in s) return s.text;
          if (s.hole.kind === 'ref') return resolve(s.hole.name, undefined, parsed, pseudos, depth + 1).value;
          if (s.hole.kind === 'getatt') return resolve(`${s.hole.resource}.${s.hole.attribute}`, undefined, parsed, pseudos, depth + 1).value;
          return `<${holeSource(s.hole, '?')}>`;
        })
        .join('');
      return { name, value, source: 'the Fn::Sub variable map (computed at deploy time; placeholders where CloudFormation decides)' };
    }
    return { name, value: `<${name}>`, source: 'the Fn::Sub variable map (computed at deploy time: a placeholder)' };
  }
  if (pseudos[name]) return pseudos[name];
  const template = parsed?.model.cfnTemplate;
  const parameter = template?.parameters.get(name);
  if (parameter) {
    const def = isObject(parameter.node) ? parameter.node.properties.find((p) => p.key.value === 'Default') : undefined;
    const value = def ? scalarText(def.value) : undefined;
    if (value !== undefined) return { name, value, source: `the Default of parameter ${name}` };
    return { name, value: `<${name}>`, source: `parameter ${name} has no Default: a placeholder` };
  }
  const dot = name.indexOf('.');
  const resource = template?.resources.get(dot > 0 ? name.slice(0, dot) : name);
  if (resource) return { name, value: `<${name}>`, source: `${dot > 0 ? 'an attribute of ' : 'the Ref of '}${resource.type ?? 'resource'} ${resource.logicalId}: a placeholder (CloudFormation decides it at deploy time)` };
  return { name, value: `<${name}>`, source: 'not a parameter, resource or pseudo parameter of this template: a placeholder' };
}

/**
 * Whether each substitution sits where VTL reads an expression: the innermost node around it, on the text with
 * each substitution masked by digits as the diagnostics read it, is a number. (Iterative: no recursion.)
 */
function inExpression(text: string, subs: readonly TemplateSubstitution[]): boolean[] {
  let masked = '';
  let last = 0;
  for (const s of subs) {
    masked += text.slice(last, s.offset) + '0'.repeat(s.length);
    last = s.offset + s.length;
  }
  masked += text.slice(last);
  const innermost: ({ type: string; length: number } | undefined)[] = subs.map(() => undefined);
  const seen = new Set<object>();
  const stack: unknown[] = [parseTemplate(masked).nodes];
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const item of x) stack.push(item);
      continue;
    }
    const node = x as { type?: unknown; offset?: unknown; length?: unknown };
    if (typeof node.type === 'string' && typeof node.offset === 'number' && typeof node.length === 'number') {
      const { offset, length, type } = node as { type: string; offset: number; length: number };
      subs.forEach((s, i) => {
        const inside = offset <= s.offset && s.offset + s.length <= offset + length;
        if (inside && (innermost[i] === undefined || length <= innermost[i]!.length)) innermost[i] = { type, length };
      });
    }
    for (const v of Object.values(x)) if (v && typeof v === 'object') stack.push(v);
  }
  return innermost.map((n) => n?.type === 'number');
}

/** The template as API Gateway receives it after CloudFormation's substitution. */
export function substituteTemplate(decoded: EmbeddedTemplate, parsed: Pick<ParsedDocument, 'model'> | undefined, request: SampleRequest, variables?: AstNode): Substituted {
  const subs = [...decoded.substitutions].sort((a, b) => a.offset - b.offset);
  if (!subs.length) return { text: decoded.text, values: [], toDecoded: (e) => e };
  const pseudos = pseudo(request);
  const expression = inExpression(decoded.text, subs);
  const values: SubstitutedValue[] = [];
  const spans: { from: number; to: number; at: number; length: number }[] = [];
  let text = '';
  let last = 0;
  subs.forEach((sub, i) => {
    const value = resolve(sub.name, variables, parsed, pseudos, 0);
    if (!values.some((v) => v.name === value.name)) values.push(value);
    const placeholder = value.value.startsWith('<') && value.value === `<${sub.name}>`;
    const inserted = placeholder && expression[i] ? `'${value.value}'` : value.value;
    text += decoded.text.slice(last, sub.offset);
    spans.push({ from: text.length, to: text.length + inserted.length, at: sub.offset, length: sub.length });
    text += inserted;
    last = sub.offset + sub.length;
  });
  text += decoded.text.slice(last);
  /** A substituted offset in decoded coordinates: inside a value, the whole `${...}`. */
  const back = (offset: number, end: boolean): number => {
    let shift = 0;
    for (const s of spans) {
      if (offset < s.from) break;
      if (offset < s.to || (end && offset === s.to)) return end ? s.at + s.length : s.at;
      shift = s.at + s.length - s.to;
    }
    return offset + shift;
  };
  return {
    text,
    values,
    toDecoded(e) {
      if (e.offset === undefined) return e;
      const start = back(e.offset, false);
      const end = Math.max(start, back(e.offset + (e.length ?? 0), true));
      const before = decoded.text.slice(0, start);
      return { ...e, offset: start, length: end - start, line: before.split('\n').length, column: start - (before.lastIndexOf('\n') + 1) + 1 };
    },
  };
}
