/**
 * YAML → AST, keeping exact offsets. Multi-document files give one root per document.
 * CloudFormation short-form tags become `IntrinsicNode`s; other unknown `!tags` too (a value we cannot know).
 */
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, Pair, parseAllDocuments, Scalar, YAMLMap } from 'yaml';
import type { Node as YamlNode, ParsedNode } from 'yaml';
import type { AstNode, ObjectNode, PropertyNode, ScalarStyle, StringNode, SyntaxProblem, SyntaxTree } from './ast';
import { intrinsicNameForTag } from './intrinsics';
import { asLongFormIntrinsic } from './longForm';
import { flattenFlowCollections, needsFlowRepair } from './yamlFlowRepair';
import { deepFlowAt, MAX_NESTING_DEPTH, nestingProblem } from './limits';

/** Alias expansion budget: a "billion laughs" document must not blow up the tree. */
const MAX_ALIAS_EXPANSION_NODES = 20_000;

const SCALAR_STYLE: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

/**
 * No custom tags: `yaml` keeps an unknown tag (`!Sub`, `!GetAtt`) on its node with only a warning, which is all the
 * converter needs (intrinsics are recognised by tag below), and tag lookups stay cheap. (Checked: the same nodes,
 * ranges, values and errors as with every CloudFormation tag declared, over the whole corpus.)
 */
const OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false, // duplicate keys are a lint question, not a reason to lose the tree
  keepSourceTokens: false,
} as const;

export function parseYaml(text: string, baseOffset = 0): SyntaxTree {
  const parsed = parseYamlDocuments(text, baseOffset, false);
  return { format: 'yaml', roots: parsed.roots, problems: parsed.problems };
}

/** One YAML text parsed with the `yaml` package and converted; `rawRoot` keeps a root map a map (no long-form intrinsic). */
export interface YamlDocuments {
  readonly roots: (AstNode | undefined)[];
  readonly problems: SyntaxProblem[];
  /** Whether an alias (`*name`) was met: it may name an anchor outside this text. */
  readonly sawAlias: boolean;
  /**
   * With `rawRoot`: where `yaml` ends the root map and the maps directly under it including the comments that
   * trail them (its `range[2]`); the map that holds such a map ends there (yamlSegments.ts needs it).
   */
  readonly mapEnds?: Map<ObjectNode, number>;
}

/**
 * `yaml` makes an Error per problem, and capturing each one's stack trace was over half the parse of a damaged
 * file (191,622 problems in 194 KB: 8.4 s → 3.6 s without). Nobody reads those stacks: only the messages.
 */
function parseAll(text: string): ReturnType<typeof parseAllDocuments> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseAllDocuments(text, OPTIONS);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function parseYamlDocuments(text: string, baseOffset: number, rawRoot: boolean): YamlDocuments {
  // `yaml` recurses once per level of a flow collection. Thousands of levels reach the end of the stack, and V8
  // compiling a regex there can abort the whole process ("RegExpCompiler Allocation failed", fuzz seed 53
  // document 6555): text nested past the analysis limit is not given to it (the caller reports the limit).
  const deep = deepFlowAt(text, MAX_NESTING_DEPTH);
  if (deep !== undefined) return { roots: [], problems: [nestingProblem(baseOffset + deep)], sawAlias: false, mapEnds: rawRoot ? new Map() : undefined };
  const problems: SyntaxProblem[] = [];
  const roots: (AstNode | undefined)[] = [];
  let parsed = parseAll(text);
  let docs = Array.isArray(parsed) ? parsed : [parsed];
  if (docs.some((doc) => needsFlowRepair(doc.errors))) {
    // Same length, same offsets: only line breaks inside flow collections became spaces.
    parsed = parseAll(flattenFlowCollections(text));
    docs = Array.isArray(parsed) ? parsed : [parsed];
  }
  let sawAlias = false;
  const mapEnds = rawRoot ? new Map<ObjectNode, number>() : undefined;
  for (const doc of docs) {
    for (const error of doc.errors) {
      const [start, end] = visibleRange(text, error.pos[0], error.pos[1]);
      problems.push({ offset: baseOffset + start, length: end - start, message: cleanMessage(error.message) });
    }
    const converter = new Converter(text, doc as Document, baseOffset, rawRoot && isMap(doc.contents), mapEnds);
    roots.push(doc.contents ? converter.convert(doc.contents as ParsedNode) : undefined);
    sawAlias ||= converter.sawAlias;
  }
  return { roots, problems, sawAlias, mapEnds };
}

/** Errors at the end of the file ("expected ]") point at the last character, where a squiggle can be seen. */
function visibleRange(text: string, start: number, end: number): [number, number] {
  const contentEnd = text.trimEnd().length;
  let s = Math.min(start, text.length);
  if (s >= contentEnd) s = Math.max(0, contentEnd - 1);
  return [s, Math.max(s + 1, Math.min(end, contentEnd))];
}

function cleanMessage(message: string): string {
  // `prettyErrors: false` still leaves "at line N, column M" in some messages; the range already says where.
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

class Converter {
  private expandedAliasNodes = 0;
  private readonly converting = new Set<YamlNode>();
  sawAlias = false;

  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly base: number,
    /** Leave the root map a map even when it has one intrinsic-named key (a fragment of a larger map). */
    private rawRoot = false,
    private readonly mapEnds?: Map<ObjectNode, number>,
  ) {}

  /** Maps converted so far, to record the ends of the root map and the maps right under it. */
  private depth = 0;

  convert(node: YamlNode | null | undefined): AstNode | undefined {
    if (!node) return undefined;
    if (this.converting.size > 0 && ++this.expandedAliasNodes > MAX_ALIAS_EXPANSION_NODES) return undefined;
    if (isAlias(node)) return this.convertAlias(node);
    const range = node.range ?? [0, 0, 0];
    const tag = node.tag;
    const intrinsicName = tag ? intrinsicNameForTag(tag) : undefined;
    if (tag && (intrinsicName || (tag.startsWith('!') && !tag.startsWith('!!') && !tag.startsWith('tag:')))) {
      return this.convertTagged(node, tag, intrinsicName ?? tag, range);
    }
    return this.convertPlain(node, range);
  }

  private convertPlain(node: YamlNode, range: [number, number, number]): AstNode | undefined {
    const offset = this.base + range[0];
    const length = range[1] - range[0];
    if (isScalar(node)) return this.convertScalar(node, offset, length);
    if (isMap(node)) return this.convertMap(node, offset, length);
    if (isSeq(node)) {
      const array = { type: 'array' as const, offset, length, items: [] as AstNode[] };
      for (const item of node.items) {
        const child = this.convert(item as YamlNode);
        if (child) {
          child.parent = array;
          array.items.push(child);
        }
      }
      return array;
    }
    return undefined;
  }

  private convertScalar(node: Scalar, offset: number, length: number): AstNode | undefined {
    const value = node.value;
    if (value === null || value === undefined) {
      // `key:` with nothing after it is "no value", which completion treats differently from an explicit `~`.
      return length === 0 ? undefined : { type: 'null', offset, length };
    }
    if (typeof value === 'number') return { type: 'number', offset, length, value };
    if (typeof value === 'bigint') return { type: 'number', offset, length, value: Number(value) };
    if (typeof value === 'boolean') return { type: 'boolean', offset, length, value };
    const style = SCALAR_STYLE[node.type ?? 'PLAIN'] ?? 'plain';
    return { type: 'string', offset, length, value: String(value), style };
  }

  private convertMap(node: YAMLMap, offset: number, length: number): AstNode {
    const raw = this.rawRoot;
    this.rawRoot = false;
    const object: ObjectNode = { type: 'object', offset, length, properties: [] };
    if (this.mapEnds && this.depth < 2 && node.range) this.mapEnds.set(object, this.base + node.range[2]);
    this.depth++;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (isScalar(pair.key) && pair.key.value === '<<' && this.mergeInto(object, pair)) continue;
      const property = this.convertPair(pair);
      if (property) {
        property.parent = object;
        object.properties.push(property);
      }
    }
    this.depth--;
    return raw ? object : asLongFormIntrinsic(object);
  }

  private convertPair(pair: Pair): PropertyNode | undefined {
    const keyNode = pair.key as YamlNode | null;
    if (!keyNode || !keyNode.range) return undefined;
    const keyStart = keyNode.range[0];
    const keyEnd = keyNode.range[1];
    const keyText = isScalar(keyNode) ? keyScalarText(keyNode, this.text.slice(keyStart, keyEnd)) : this.text.slice(keyStart, keyEnd);
    const keyStyle = isScalar(keyNode) ? SCALAR_STYLE[keyNode.type ?? 'PLAIN'] ?? 'plain' : 'plain';
    const key: StringNode = { type: 'string', offset: this.base + keyStart, length: keyEnd - keyStart, value: keyText, style: keyStyle };
    const value = this.convert(pair.value as YamlNode | null);
    const colon = this.text.indexOf(':', keyEnd);
    const colonOffset = colon >= 0 && (!value || colon < value.offset - this.base) ? this.base + colon : -1;
    const end = value ? value.offset + value.length : colonOffset >= 0 ? colonOffset + 1 : key.offset + key.length;
    const property: PropertyNode = { type: 'property', offset: key.offset, length: end - key.offset, key, value, colonOffset };
    key.parent = property;
    if (value) value.parent = property;
    return property;
  }

  /** `<<: *base` (or a list of aliases) copies the base's keys the map does not set itself. */
  private mergeInto(object: ObjectNode, pair: Pair): boolean {
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    if (!sources.every((s) => isAlias(s))) return false;
    for (const source of sources) {
      const merged = this.convert(source as Alias);
      if (merged?.type !== 'object') continue;
      for (const property of merged.properties) {
        if (object.properties.some((p) => p.key.value === property.key.value)) continue;
        property.parent = object;
        object.properties.push(property);
      }
    }
    return true;
  }

  /** An alias becomes a copy of its anchor's subtree (offsets stay at the anchor), within a budget. */
  private convertAlias(alias: Alias): AstNode | undefined {
    this.sawAlias = true;
    let target: YamlNode | undefined;
    try {
      target = alias.resolve(this.doc) as YamlNode | undefined;
    } catch {
      target = undefined;
    }
    const range = alias.range ?? [0, 0, 0];
    const placeholder: AstNode = { type: 'null', offset: this.base + range[0], length: range[1] - range[0] };
    if (!target || this.converting.has(target)) return placeholder;
    this.converting.add(target);
    try {
      return this.convert(target) ?? placeholder;
    } finally {
      this.converting.delete(target);
    }
  }

  private convertTagged(node: YamlNode, tag: string, name: string, range: [number, number, number]): AstNode {
    const valueStart = range[0];
    // `yaml` ranges start at the value; the tag sits just before it (`!Sub "..."`, `!GetAtt\n  - X`).
    const tagAt = this.text.lastIndexOf(tag, valueStart);
    const nameOffset = tagAt >= 0 && valueStart - tagAt < 256 ? tagAt : valueStart;
    const argument = this.convertPlain(node, range);
    const end = this.base + range[1];
    const intrinsic = {
      type: 'intrinsic' as const,
      offset: this.base + nameOffset,
      length: Math.max(end - (this.base + nameOffset), tag.length),
      name,
      form: 'short' as const,
      nameOffset: this.base + nameOffset,
      nameLength: tag.length,
      argument,
    };
    if (argument) argument.parent = intrinsic;
    return intrinsic;
  }
}

/** Keys are read as API Gateway and CloudFormation read them: `200:` is the string "200". */
function keyScalarText(key: Scalar, source: string): string {
  if (typeof key.value === 'string') return key.value;
  if (key.value === null || key.value === undefined) return source;
  return key.type === 'PLAIN' ? source : String(key.value);
}

