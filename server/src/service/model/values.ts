/**
 * What we can know about a value before deploy. A plain string is known; `!Sub`, `!Join` and friends are
 * strings with holes: their literal parts are still checked, the holes match anything.
 */
import { AstNode, isArray, isIntrinsic, isObject, isString, scalarText } from '../parse/ast';

export type Hole =
  | { kind: 'ref'; name: string } // `${Name}` / `!Ref Name`
  | { kind: 'getatt'; resource: string; attribute: string } // `${Res.Attr}` / `!GetAtt Res.Attr`
  | { kind: 'stageVariable'; name: string } // `${stageVariables.x}` (API Gateway fills it at run time)
  | { kind: 'unknown' };

export type Segment = { text: string } | { hole: Hole };

export interface PartialString {
  readonly segments: Segment[];
}

export const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
] as const;

/** A literal string (plain scalars such as `200` count as their text); undefined for anything computed. */
export function knownString(node: AstNode | undefined): string | undefined {
  const partial = evaluateString(node);
  if (!partial || partial.segments.some((s) => 'hole' in s)) return undefined;
  return partial.segments.map((s) => ('text' in s ? s.text : '')).join('');
}

/**
 * The string a node evaluates to, as literal text and holes. Undefined when it is not a string at all
 * (a map, a list, a condition function).
 */
export function evaluateString(node: AstNode | undefined, depth = 0): PartialString | undefined {
  if (!node || depth > 8) return undefined;
  const text = scalarText(node);
  if (text !== undefined) return { segments: splitStageVariables(text) };
  if (!isIntrinsic(node)) return undefined;
  switch (node.name) {
    case 'Ref': {
      const name = scalarText(node.argument);
      return { segments: [{ hole: name ? { kind: 'ref', name } : { kind: 'unknown' } }] };
    }
    case 'Fn::GetAtt': {
      const target = getAttTarget(node.argument);
      return { segments: [{ hole: target ? { kind: 'getatt', ...target } : { kind: 'unknown' } }] };
    }
    case 'Fn::Sub':
      return evaluateSub(node.argument, depth);
    case 'Fn::Join':
      return evaluateJoin(node.argument, depth);
    case 'Fn::If':
    case 'Fn::Select':
    case 'Fn::FindInMap':
    case 'Fn::ImportValue':
    case 'Fn::Base64':
    case 'Fn::GetAZs':
    case 'Fn::Cidr':
    case 'Fn::Split':
    case 'Fn::Transform':
    case 'Fn::ToJsonString':
      return { segments: [{ hole: { kind: 'unknown' } }] };
    default:
      return undefined;
  }
}

/** `Res.Attr`, `[Res, Attr]` or `Res.Attr.Nested` → the resource and the attribute. */
export function getAttTarget(argument: AstNode | undefined): { resource: string; attribute: string } | undefined {
  const text = scalarText(argument);
  if (text !== undefined) {
    const dot = text.indexOf('.');
    return dot > 0 ? { resource: text.slice(0, dot), attribute: text.slice(dot + 1) } : undefined;
  }
  if (isArray(argument) && argument.items.length >= 2) {
    const resource = scalarText(argument.items[0]);
    const attribute = scalarText(argument.items[1]);
    return resource && attribute ? { resource, attribute } : undefined;
  }
  return undefined;
}

/** The Sub template string and its variables map, for both `!Sub "s"` and `!Sub ["s", {vars}]`. */
export function subParts(argument: AstNode | undefined): { template: AstNode | undefined; variables: AstNode | undefined } {
  if (isArray(argument)) return { template: argument.items[0], variables: argument.items[1] };
  return { template: argument, variables: undefined };
}

/** The `${...}` references of a Sub template string, in order (`${!x}` escapes are not references). */
export function subReferences(template: string): { name: string; index: number; length: number }[] {
  const out: { name: string; index: number; length: number }[] = [];
  const pattern = /\$\{([^{}]*)\}/g;
  for (let m = pattern.exec(template); m; m = pattern.exec(template)) {
    if (m[1].startsWith('!')) continue;
    out.push({ name: m[1].trim(), index: m.index, length: m[0].length });
  }
  return out;
}

function evaluateSub(argument: AstNode | undefined, depth: number): PartialString | undefined {
  const { template, variables } = subParts(argument);
  if (!isString(template)) return { segments: [{ hole: { kind: 'unknown' } }] };
  const segments: Segment[] = [];
  const text = template.value;
  let last = 0;
  const pattern = /\$\{([^{}]*)\}/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    pushText(segments, text.slice(last, m.index));
    last = m.index + m[0].length;
    const inner = m[1];
    if (inner.startsWith('!')) {
      pushText(segments, '${' + inner.slice(1) + '}');
      continue;
    }
    const name = inner.trim();
    const variable = isObject(variables) ? variables.properties.find((p) => p.key.value === name) : undefined;
    if (variable) {
      const value = evaluateString(variable.value, depth + 1);
      if (value) segments.push(...value.segments);
      else segments.push({ hole: { kind: 'unknown' } });
      continue;
    }
    const dot = name.indexOf('.');
    if (name.startsWith('stageVariables.')) segments.push({ hole: { kind: 'stageVariable', name: name.slice(15) } });
    else if (dot > 0 && !name.startsWith('AWS::')) {
      segments.push({ hole: { kind: 'getatt', resource: name.slice(0, dot), attribute: name.slice(dot + 1) } });
    } else segments.push({ hole: { kind: 'ref', name } });
  }
  pushText(segments, text.slice(last));
  // After CloudFormation's substitution, only API Gateway's own ${stageVariables.x} remain placeholders.
  return { segments: mergeText(segments.flatMap((s) => ('text' in s ? splitStageVariables(s.text, true) : [s]))) };
}

function evaluateJoin(argument: AstNode | undefined, depth: number): PartialString | undefined {
  if (!isArray(argument) || argument.items.length < 2) return { segments: [{ hole: { kind: 'unknown' } }] };
  const delimiter = scalarText(argument.items[0]) ?? '';
  const list = argument.items[1];
  if (!isArray(list)) return { segments: [{ hole: { kind: 'unknown' } }] };
  const segments: Segment[] = [];
  list.items.forEach((item, index) => {
    if (index > 0) pushText(segments, delimiter);
    const value = evaluateString(item, depth + 1);
    if (value) segments.push(...value.segments);
    else segments.push({ hole: { kind: 'unknown' } });
  });
  return { segments: mergeText(segments) };
}

/**
 * `${...}` inside a plain string is a placeholder someone fills before API Gateway reads the value: API
 * Gateway's own `${stageVariables.x}`, or a deployment tool's (`${AWS::Region}` in an included file, Terraform's
 * `${lambda_arn}`). All are holes: the value is unknown here.
 */
function splitStageVariables(text: string, onlyStageVariables = false): Segment[] {
  if (!text.includes('${')) return [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  const pattern = /\$\{([^{}]*)\}/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    pushText(segments, text.slice(last, m.index));
    const stageVariable = /^stageVariables\.([A-Za-z0-9_]+)$/.exec(m[1]);
    if (!stageVariable && onlyStageVariables) {
      pushText(segments, m[0]);
      last = m.index + m[0].length;
      continue;
    }
    segments.push({ hole: stageVariable ? { kind: 'stageVariable', name: stageVariable[1] } : { kind: 'unknown' } });
    last = m.index + m[0].length;
  }
  pushText(segments, text.slice(last));
  return segments;
}

function pushText(segments: Segment[], text: string): void {
  if (text) segments.push({ text });
}

function mergeText(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const previous = out[out.length - 1];
    if ('text' in segment && previous && 'text' in previous) out[out.length - 1] = { text: previous.text + segment.text };
    else out.push(segment);
  }
  return out;
}

/** How a hole is written in a template (`${Fn.Arn}`, `${stageVariables.x}`); `unknown` for anything else. */
export function holeSource(hole: Hole, unknown = '${?}'): string {
  switch (hole.kind) {
    case 'ref':
      return `\${${hole.name}}`;
    case 'getatt':
      return `\${${hole.resource}.${hole.attribute}}`;
    case 'stageVariable':
      return `\${stageVariables.${hole.name}}`;
    default:
      return unknown;
  }
}
