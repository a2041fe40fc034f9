/**
 * Large YAML files, parsed in pieces so that an edit re-parses only the piece it touches.
 *
 * A block map's entries start on lines at the map's indentation. In valid YAML nothing continues across such a
 * line (a block scalar, a multi-line plain or quoted scalar or a flow collection that reached back to it is an
 * error in the `yaml` package too), so each entry can be parsed on its own: `yaml` on the entry's lines, with
 * offsets moved to where they sit in the file. Entries of a large map value (`paths`, `Resources`, a SAM
 * `DefinitionBody`) are split the same way, recursively. The pieces are assembled into exactly the tree a
 * whole-file parse gives (the incremental tests check this on the corpus and on generated specs).
 *
 * An edit re-parses the entries whose lines changed; the entries before it are kept as they are, the entries
 * after it are kept and moved (`shift.ts`), so their nodes keep their identity.
 *
 * Anything this scheme cannot represent (several documents, directives, a root that is not a block map, an
 * alias to an anchor in another entry) makes the caller parse the whole text instead. A syntax error stays in its
 * entry: the rest of the file keeps its tree.
 */
import type { AstNode, ObjectNode, PropertyNode, SyntaxProblem, SyntaxTree } from './ast';
import { asLongFormIntrinsic } from './longForm';
import { shiftProblems, shiftProperty, shiftPropertyOnly } from './shift';
import { LineChange, nextLineStart } from '../text/textChange';
import type { SourceText } from '../text/sourceText';
import { deepFlowAt, MAX_NESTING_DEPTH, nestingProblem } from './limits';
import { hasTabOrCr, hasTabOrCrIn, parseEntryFast, parseKeyFast } from './yamlFast';
import { firstEndOutsideFlow } from './yamlFlowRepair';
import { parseYamlDocuments } from './yamlParser';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface SegmentOptions {
  /** Entries at least this long whose value is a block map are split into their own entries. */
  readonly splitMin: number;
  /** Read plain entries with yamlFast.ts (the `yaml` package reads the others); off only to compare the two. */
  readonly fastYaml?: boolean;
}

/** One entry of a block map: a `key: value` (sometimes several, when a line could not start an entry). */
export interface YamlEntry {
  /** Start of the entry's first line, and of the line after its last one. */
  start: number;
  end: number;
  /**
   * The range a map of just this entry has: from its key to the end of its value including the comments `yaml`
   * gives to the value (where a map holding it as last entry ends), and where that map itself ends with its own
   * trailing comments (where the map's parent, if the map is a last value, ends).
   */
  mapStart: number;
  mapEnd: number;
  nodeEnd: number;
  properties: PropertyNode[];
  problems: SyntaxProblem[];
  /** What comes after the entry; `yaml` gives trailing comments to different nodes depending on it. */
  follower: Follower;
  split?: YamlSplit;
  /** Several entries read as one: a flow collection in the first runs through the lines of the others. */
  merged?: boolean;
}

/**
 * The next content line after an entry: a sibling key, a line indented less, or none (end of the file). Written
 * `sibling:4`, `dedent:2`, `eof`: `yaml` ends nodes after the next line's indentation.
 */
type Follower = string;
const EOF: Follower = 'eof';

interface YamlSplit {
  /** Where the first child entry starts (the end of the `key:` line and of any comments after it). */
  childStart: number;
  indent: number;
  entries: YamlEntry[];
}

export interface YamlSegments {
  readonly entries: YamlEntry[];
  /** Whether the text has a tab or a carriage return (known from the previous version plus the changed lines). */
  readonly tabOrCr: boolean;
}

/** Thrown inside: this text needs a whole-file parse. */
class WholeFileNeeded extends Error {}

interface Context {
  readonly text: SourceText;
  readonly options: SegmentOptions;
  readonly change?: LineChange;
  /** Whether the text has tabs or carriage returns (yamlFast.ts then checks each entry for them). */
  readonly tabOrCr: boolean;
}

/**
 * The tree of `text`, reusing `previous` (the segments of the text before `change`) where lines did not change.
 * Undefined when the text needs a whole-file parse. `previous` is consumed: its entries move into the result.
 */
export function parseYamlSegments(
  text: SourceText,
  options: SegmentOptions,
  previous?: { segments: YamlSegments; change: LineChange },
): { tree: SyntaxTree; segments: YamlSegments } | undefined {
  try {
    const change = previous?.change;
    if (hasLoneCarriageReturn(text, change ? change.lineStart : 0, change ? change.newLineEnd : text.length)) return undefined;
    // A text without tabs or CRs gets one only from its changed lines: no need to scan 15 MB per keystroke.
    const tabOrCr = previous && change && !previous.segments.tabOrCr ? hasTabOrCrIn(text, change.lineStart, change.newLineEnd) : hasTabOrCr(text);
    const context: Context = { text, options, change, tabOrCr };
    const entries = regionEntries(context, 0, text.length, 0, EOF, previous?.segments.entries);
    if (!entries.length) return undefined;
    // The lines before the first entry changed only if the edit starts before it.
    if (!change || change.lineStart < entries[0].start) checkHead(text, entries[0].start);
    const root = asLongFormIntrinsic(assemble(entries));
    return { tree: { format: 'yaml', roots: [root], problems: collectProblems(entries) }, segments: { entries, tabOrCr } };
  } catch (error) {
    if (error instanceof WholeFileNeeded) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Regions: the entries of one block map

function regionEntries(context: Context, start: number, end: number, indent: number, follower: Follower, old: YamlEntry[] | undefined): YamlEntry[] {
  const { text, change } = context;
  const boundaries: number[] = [];
  const reuse = old && change ? old : undefined;
  if (reuse && change) {
    // The changed lines are scanned for entry starts; so is all of a merged entry the edit touches (the entry
    // starts inside it were not kept, and the edit may have closed what merged them).
    let scanFrom = Math.max(start, change.lineStart);
    let scanTo = Math.min(end, change.newLineEnd);
    for (const entry of reuse) {
      if (entry.merged && entry.start < change.oldLineEnd && entry.end > change.lineStart) {
        scanFrom = Math.max(start, Math.min(scanFrom, entry.start));
        scanTo = Math.min(end, Math.max(scanTo, entry.end + change.delta));
      }
    }
    for (const entry of reuse) {
      if (entry.start >= scanFrom) break;
      if (entry.start >= start) boundaries.push(entry.start);
    }
    scanBoundaries(text, scanFrom, scanTo, indent, boundaries);
    for (const entry of reuse) {
      if (entry.start < change.oldLineEnd) continue;
      const moved = entry.start + change.delta;
      if (moved >= scanTo && moved < end) boundaries.push(moved);
    }
  } else {
    scanBoundaries(text, start, end, indent, boundaries);
  }

  const byStart = reuse ? new Map(reuse.map((entry) => [entry.start, entry])) : undefined;
  const entries: YamlEntry[] = [];
  const endAt = (j: number) => (j < boundaries.length ? boundaries[j] : end);
  const followerAt = (j: number): Follower => (j < boundaries.length ? `sibling:${indent}` : follower);
  for (let i = 0; i < boundaries.length; i++) {
    const s = boundaries[i];
    const e = endAt(i + 1);
    const next = followerAt(i + 1);
    let entry: YamlEntry | undefined;
    if (byStart && change) {
      if (e <= change.lineStart) {
        const before = byStart.get(s);
        if (before && before.end === e && before.follower === next) entry = before;
      } else if (s >= change.newLineEnd) {
        const after = byStart.get(s - change.delta);
        if (after && after.end === e - change.delta && after.follower === next) {
          shiftEntry(after, change.delta);
          entry = after;
        }
      }
    }
    if (!entry) {
      const old = byStart && change && s < change.newLineEnd ? byStart.get(s) : undefined;
      entry = parseEntry(context, s, e, indent, next, old);
      if (entry.problems.length && !entry.split && i + 1 < boundaries.length) {
        // A flow collection whose lines are not indented enough (CloudFormation accepts them) made us cut it:
        // its entry runs on to where it closes.
        const j = i + 1 + firstEndOutsideFlow(text, s, boundaries.length - i - 1, (k) => endAt(i + 1 + k));
        if (j > i + 1) {
          entry = parseEntry(context, s, endAt(j), indent, followerAt(j), undefined);
          entry.merged = true;
          i = j - 1;
        }
      }
    }
    entries.push(entry);
  }
  return entries;
}

/** Pushes the starts of the lines in [from, to) that begin an entry of a block map at `indent`. */
function scanBoundaries(text: SourceText, from: number, to: number, indent: number, out: number[]): void {
  for (let line = from; line < to; line = nextLineStart(text, line)) {
    if (indent === 0) {
      const c = text.charCodeAt(line);
      if ((c === 45 || c === 46) && isDocumentMarker(text, line)) {
        if (out.length === 0 && c === 45) continue; // `---` before the first entry: checkHead allows one
        throw new WholeFileNeeded(); // another document
      }
      if (c === 37) throw new WholeFileNeeded(); // a `%` directive
    }
    if (startsEntry(text, line, indent)) out.push(line);
  }
}

/** Whether the line at `line` has exactly `indent` spaces and then what can only be an implicit key. */
function startsEntry(text: SourceText, line: number, indent: number): boolean {
  const c = text.charCodeAt(line + indent);
  if (!isKeyStart(c, text.charCodeAt(line + indent + 1))) return false;
  for (let k = 0; k < indent; k++) if (text.charCodeAt(line + k) !== 32) return false;
  return true;
}

function isKeyStart(c: number, next: number): boolean {
  switch (c) {
    case 32: // space
    case 9: // tab
    case 10: // \n
    case 13: // \r
    case 35: // #
    case 63: // ? explicit key
    case 58: // : explicit value
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 38: // & anchor
    case 42: // * alias
    case 33: // ! tag
    case 124: // |
    case 62: // >
    case 37: // %
    case 64: // @
    case 96: // `
      return false;
    case 45: // `- item`, but `-x` is a plain scalar
      return !(next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next));
    default:
      return !Number.isNaN(c);
  }
}

function isDocumentMarker(text: SourceText, line: number): boolean {
  const marker = text.slice(line, line + 3);
  if (marker !== '---' && marker !== '...') return false;
  const after = text.charCodeAt(line + 3);
  return Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13;
}

/** Before the first entry: blank lines, comments and one leading `---`; anything else needs the whole file. */
function checkHead(text: SourceText, headEnd: number): void {
  let sawMarker = false;
  let sawContent = false;
  for (let line = 0; line < headEnd; line = nextLineStart(text, line)) {
    const lineEnd = nextLineStart(text, line);
    const content = text.slice(line, lineEnd).replace(/^\uFEFF/, '').trim();
    if (content === '' || content.startsWith('#')) continue;
    if (!sawMarker && !sawContent && /^---(\s+#.*)?$/.test(content)) {
      sawMarker = true;
      continue;
    }
    sawContent = true;
    throw new WholeFileNeeded();
  }
}

function hasLoneCarriageReturn(text: SourceText, from: number, to: number): boolean {
  let i = text.indexOf('\r', from);
  while (i >= 0 && i < to) {
    if (text.charCodeAt(i + 1) !== 10) return true;
    i = text.indexOf('\r', i + 1);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Entries

function parseEntry(context: Context, start: number, end: number, indent: number, follower: Follower, old: YamlEntry | undefined): YamlEntry {
  if (end - start >= context.options.splitMin) {
    const split = parseSplit(context, start, end, indent, follower, old);
    if (split) return split;
  }
  if (context.options.fastYaml !== false) {
    const fast = parseEntryFast(context.text, start, end, indent, context.tabOrCr);
    if (fast) {
      const { root } = fast;
      return { start, end, mapStart: root.offset, mapEnd: root.offset + root.length, nodeEnd: fast.nodeEnd, properties: root.properties, problems: [], follower };
    }
  }
  return parseLeaf(context.text, start, end, indent, follower);
}

const SENTINEL_KEY = '__apigw_next_entry__';

/**
 * Parses the entry's lines on their own, followed by a stand-in for what follows them in the file (a sibling key,
 * or a less indented key), so `yaml` ends its nodes where it does in the whole file.
 */
function parseLeaf(text: SourceText, start: number, end: number, indent: number, follower: Follower): YamlEntry {
  const body = text.slice(start, end);
  // Nested past the analysis limit: not parsed (see parseYamlDocuments); the other entries keep their errors.
  const deep = deepFlowAt(body, MAX_NESTING_DEPTH);
  if (deep !== undefined) return { start, end, mapStart: start, mapEnd: start, nodeEnd: start, properties: [], problems: [nestingProblem(start + deep)], follower };
  // A broken entry can swallow the stand-ins (an unclosed quote) or break out of its place (a line indented
  // less): then it is read as if the file ended there, or as a file of its own, and its errors stay in it. An
  // entry without errors that will not stand alone depends on what follows it: that needs the whole file.
  let map = parseEntryMap(body, start, end, indent, follower);
  if (!map) {
    map = (follower !== EOF ? parseEntryMap(body, start, end, indent, EOF) : undefined) ?? parseEntryMap(body, start, end, 0, EOF);
    if (!map?.problems.length) throw new WholeFileNeeded();
  }
  const { root } = map;
  return { start, end, mapStart: root.offset, mapEnd: root.offset + root.length, nodeEnd: map.nodeEnd, properties: root.properties, problems: map.problems, follower };
}

/**
 * `body` as the entries of a map at `indent`: nested under a stand-in key when indented, and followed by a
 * stand-in for the next content line (a sibling key, or a key indented less).
 */
function parseEntryMap(
  body: string,
  start: number,
  end: number,
  indent: number,
  follower: Follower,
): { root: ObjectNode; nodeEnd: number; problems: SyntaxProblem[] } | undefined {
  const [kind, at] = follower.split(':');
  const nextIndent = Number(at ?? 0);
  const sibling = kind === 'sibling' && body.endsWith('\n');
  const dedent = kind === 'dedent' && body.endsWith('\n');
  // The wrapper sits where the next line does when that is less indented (it ends the entry's nodes there).
  const prefix = indent > 0 ? `${' '.repeat(dedent ? nextIndent : 0)}${SENTINEL_KEY}:\n` : '';
  const suffix = sibling || dedent ? `${' '.repeat(nextIndent)}${SENTINEL_KEY}: 0\n` : '';
  const parsed = parseYamlDocuments(prefix + body + suffix, start - prefix.length, true);
  const top = parsed.roots[0];
  if (parsed.roots.length !== 1 || top?.type !== 'object') return undefined;
  // An alias resolved inside the entry means what it means in the whole file; one that was not may not.
  if (parsed.sawAlias && parsed.problems.length) throw new WholeFileNeeded();
  let root: ObjectNode = top;
  if (prefix) {
    const [wrapper, after] = top.properties;
    const expected = dedent ? 2 : 1;
    if (top.properties.length !== expected || wrapper.key.value !== SENTINEL_KEY || wrapper.value?.type !== 'object') return undefined;
    if (after && (after.key.value !== SENTINEL_KEY || after.key.offset < end)) return undefined;
    root = wrapper.value;
  }
  const nodeEnd = parsed.mapEnds?.get(root) ?? root.offset + root.length;
  if (sibling) {
    const sentinel = root.properties[root.properties.length - 1];
    if (!sentinel || sentinel.key.value !== SENTINEL_KEY || sentinel.key.offset < end) return undefined;
    root = { ...root, properties: root.properties.slice(0, -1) };
  }
  if (!root.properties.length || root.properties[0].key.offset < start) return undefined;
  for (const property of root.properties) property.parent = root;
  const problems = parsed.problems.filter((p) => p.offset >= start && p.offset < end);
  // A problem reported on a stand-in line belongs to the entry's last line.
  if (problems.length !== parsed.problems.length) {
    for (const p of parsed.problems) if (p.offset >= end || p.offset < start) problems.push({ ...p, offset: Math.max(start, end - 1), length: 1 });
  }
  return { root, nodeEnd, problems };
}

/** `key:` alone on its line (comments and blank lines may follow), then a block map indented more. */
function parseSplit(context: Context, start: number, end: number, indent: number, follower: Follower, old: YamlEntry | undefined): YamlEntry | undefined {
  const { text, change } = context;
  const keyLineEnd = nextLineStart(text, start);
  let childStart = keyLineEnd;
  while (childStart < end && isBlankOrComment(text, childStart)) childStart = nextLineStart(text, childStart);
  if (childStart >= end) return undefined;
  const childIndent = indentOf(text, childStart);
  if (childIndent <= indent || !startsEntry(text, childStart, childIndent)) return undefined;

  const headProperty = parseHead(context, start, childStart);
  if (!headProperty || headProperty.value !== undefined || headProperty.colonOffset < 0) return undefined;
  // Nothing but a comment after the colon: no tag, anchor or value that the children would lose.
  if (!/^[ \t]*(?:#.*)?\r?\n?$/.test(text.slice(headProperty.colonOffset + 1, keyLineEnd))) return undefined;

  const oldSplit = old?.split;
  const reuseChildren =
    !!oldSplit &&
    !!change &&
    oldSplit.childStart === childStart &&
    oldSplit.indent === childIndent &&
    change.lineStart >= childStart &&
    old!.end === end - change.delta &&
    old!.follower === follower;
  // After the last child comes what comes after this entry: the end of the file, or a line indented less.
  const childFollower: Follower = follower === EOF ? EOF : `dedent:${follower.split(':')[1]}`;
  const children = regionEntries(context, childStart, end, childIndent, childFollower, reuseChildren ? oldSplit!.entries : undefined);
  return assembleSplit(start, end, headProperty, childStart, childIndent, children, follower);
}

/** The `key:` of a split entry (its lines before the first child), as a property without a value. */
function parseHead(context: Context, start: number, childStart: number): PropertyNode | undefined {
  const { text } = context;
  if (context.options.fastYaml !== false) {
    const fast = parseKeyFast(text, start);
    if (fast) return { type: 'property', offset: fast.key.offset, length: fast.colonOffset + 1 - fast.key.offset, key: fast.key, value: undefined, colonOffset: fast.colonOffset };
  }
  const head = parseYamlDocuments(text.slice(start, childStart), start, true);
  const root = head.roots[0];
  if (head.roots.length !== 1 || root?.type !== 'object' || root.properties.length !== 1 || head.problems.length || head.sawAlias) return undefined;
  return root.properties[0];
}

function assembleSplit(start: number, end: number, head: PropertyNode, childStart: number, indent: number, children: YamlEntry[], follower: Follower): YamlEntry {
  const key = head.key;
  const value = asLongFormIntrinsic(assemble(children));
  const nodeEnd = children[children.length - 1].nodeEnd;
  const property: PropertyNode = {
    type: 'property',
    offset: key.offset,
    length: value.offset + value.length - key.offset,
    key,
    value,
    colonOffset: head.colonOffset,
  };
  key.parent = property;
  value.parent = property;
  return {
    start,
    end,
    mapStart: key.offset,
    mapEnd: nodeEnd,
    nodeEnd,
    properties: [property],
    problems: collectProblems(children),
    follower,
    split: { childStart, indent, entries: children },
  };
}

/** The map the entries form, as a whole-file parse builds it: from the first key to the end of the last value. */
function assemble(entries: YamlEntry[]): ObjectNode {
  const properties: PropertyNode[] = [];
  for (const entry of entries) for (const property of entry.properties) properties.push(property);
  const first = entries[0];
  const last = entries[entries.length - 1];
  const object: ObjectNode = { type: 'object', offset: first.mapStart, length: last.mapEnd - first.mapStart, properties };
  for (const property of properties) property.parent = object;
  return object;
}

function collectProblems(entries: YamlEntry[]): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (const entry of entries) for (const problem of entry.problems) problems.push(problem);
  return problems;
}

/** Moves an unchanged entry that now sits `delta` characters later (or earlier). */
function shiftEntry(entry: YamlEntry, delta: number): void {
  if (delta === 0) return;
  entry.start += delta;
  entry.end += delta;
  entry.mapStart += delta;
  entry.mapEnd += delta;
  entry.nodeEnd += delta;
  const split = entry.split;
  if (!split) {
    entry.problems = shiftProblems(entry.problems, delta);
    for (const property of entry.properties) shiftProperty(property, delta);
    return;
  }
  split.childStart += delta;
  const property = entry.properties[0];
  shiftPropertyOnly(property, delta);
  (property.key as Mutable<AstNode>).offset += delta;
  const value = property.value as Mutable<AstNode>;
  value.offset += delta;
  if (value.type === 'intrinsic') (value as Mutable<typeof value>).nameOffset += delta;
  for (const child of split.entries) shiftEntry(child, delta);
  entry.problems = collectProblems(split.entries);
}

function isBlankOrComment(text: SourceText, line: number): boolean {
  let p = line;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  const c = text.charCodeAt(p);
  return Number.isNaN(c) || c === 10 || c === 13 || c === 35;
}

function indentOf(text: SourceText, line: number): number {
  let p = line;
  while (text.charCodeAt(p) === 32) p++;
  return p - line;
}
