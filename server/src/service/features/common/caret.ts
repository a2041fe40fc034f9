/**
 * Where the caret is, for completion: typing a key (which object it goes into) or a value (of which key), and
 * the text range an item replaces.
 *
 * YAML is read by indentation from the parsed tree plus the caret's own line, because a half-typed line parses
 * badly (`ur` alone is a key without a value; `ur` above `httpMethod: POST` becomes the key "ur httpMethod"):
 * properties that start on the caret's line are ignored and the container is the block whose keys sit at the
 * caret's column. JSON is tolerant enough that jsonc-parser's `getLocation` tells the path directly.
 */
import { getLocation, Location } from 'jsonc-parser';
import { AstNode, findNodeAtOffset, getValue, isArray, isIntrinsic, isObject, ObjectNode, pathOf, PropertyNode } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import { columnOf, lineEnd, lineStart } from '../../parse/edits';
import type { SourceText } from '../../text/sourceText';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** The object a key goes into. It may not exist yet: `key:` with nothing under it, or a new `- ` list item. */
export interface Container {
  readonly object: ObjectNode | undefined;
  /** Keys/indices from the document root to the container. */
  readonly path: readonly (string | number)[];
  /** The nearest existing node at or above the container (to find its API, resource, integration). */
  readonly anchor: AstNode | undefined;
}

export interface KeyCaret {
  readonly kind: 'key';
  readonly format: 'yaml' | 'json';
  readonly container: Container;
  /** What an item replaces: the partial key (possibly empty). */
  readonly range: OffsetRange;
  readonly prefix: string;
  /** A `:` already follows the key under the caret: insert the key only. */
  readonly hasColon: boolean;
  /** Column of the container's keys (where the inserted key starts). */
  readonly column: number;
  /** Keys the container already has (the one being typed excluded). */
  readonly existingKeys: ReadonlySet<string>;
  /** JSON: a comma is needed after the inserted property / before it (at this offset). */
  readonly commaAfter?: boolean;
  readonly commaBefore?: number;
}

export interface ValueCaret {
  readonly kind: 'value';
  readonly format: 'yaml' | 'json';
  readonly container: Container;
  readonly key: string;
  readonly property: PropertyNode | undefined;
  /** The value's text without quotes (what enum items replace). */
  readonly range: OffsetRange;
  /** The whole scalar with its quotes (what structured values such as `!Sub ...` replace). */
  readonly fullRange: OffsetRange;
  readonly prefix: string;
  readonly quote: '"' | "'" | undefined;
  /** Column of the key. */
  readonly column: number;
  /** YAML: the colon is not followed by a space yet (`type:|`). */
  readonly needsSpace: boolean;
}

export type Caret = KeyCaret | ValueCaret;

export function caretAt(parsed: ParsedDocument, offset: number): Caret | undefined {
  return parsed.format === 'json' ? jsonCaret(parsed, offset) : yamlCaret(parsed, offset);
}

// ---------------------------------------------------------------------------------------------------------------
// YAML

const VALUE_LINE = /^( *)(- +)?("[^"]*"|'[^']*'|[^\s#'"\-[{][^#]*?|-[^\s#][^#]*?)\s*:(?=\s|$)( *)(.*)$/;
const KEY_LINE = /^( *)(- +)?([^\s#:[\]{},]*)$/;

function yamlCaret(parsed: ParsedDocument, offset: number): Caret | undefined {
  const text = parsed.source;
  const start = lineStart(text, offset);
  const end = lineEnd(text, offset);
  const before = text.slice(start, offset);
  const after = text.slice(offset, end);
  if (/(^|\s)#/.test(before)) return undefined; // in a comment

  const valueMatch = VALUE_LINE.exec(before);
  if (valueMatch) {
    const [, indent, dash = '', rawKey, spaces, typed] = valueMatch;
    if (typed.startsWith('|') || typed.startsWith('>') || typed.startsWith('&') || typed.startsWith('*')) return undefined;
    const column = indent.length + dash.length;
    const container = yamlContainer(parsed, start, indent.length, dash.length > 0, column);
    if (!container) return undefined;
    const key = unquote(rawKey);
    const valueStart = offset - typed.length;
    const property = container.object?.properties.find((p) => p.key.offset >= start && p.key.offset < end && p.key.value === key);
    const scalar = yamlScalarExtent(text, valueStart, end);
    // Past the value, or before its opening quote (a completion edit must contain the caret).
    if (!scalar || offset > scalar.full.end || offset < scalar.inner.start) return undefined;
    return {
      kind: 'value',
      format: 'yaml',
      container,
      key,
      property,
      range: { start: scalar.inner.start, end: Math.max(scalar.inner.end, offset) },
      fullRange: scalar.full,
      prefix: text.slice(scalar.inner.start, offset),
      quote: scalar.quote,
      column,
      needsSpace: spaces.length === 0 && typed.length === 0,
    };
  }

  const keyMatch = KEY_LINE.exec(before);
  if (!keyMatch) return undefined;
  const [, indent, dash = '', typed] = keyMatch;
  const rest = /^([^\s:#]*)(\s*:(?=\s|$))?/.exec(after)!;
  // Caret inside flow or after text that is not a key: nothing to offer.
  if (!rest[2] && after.trim() !== '' && !rest[1]) return undefined;
  const column = indent.length + dash.length;
  const container = yamlContainer(parsed, start, indent.length, dash.length > 0, column);
  if (!container) return undefined;
  return {
    kind: 'key',
    format: 'yaml',
    container,
    range: { start: offset - typed.length, end: offset + rest[1].length },
    prefix: typed,
    hasColon: !!rest[2],
    column,
    existingKeys: existingKeys(container.object, start, end),
  };
}

function unquote(key: string): string {
  if ((key.startsWith('"') && key.endsWith('"')) || (key.startsWith("'") && key.endsWith("'"))) return key.slice(1, -1);
  return key;
}

/** The scalar starting at `from` on this line: its content (inside quotes) and its full extent. */
function yamlScalarExtent(text: SourceText, from: number, lineEndOffset: number): { inner: OffsetRange; full: OffsetRange; quote: '"' | "'" | undefined } | undefined {
  const c = text.charAt(from);
  if (c === '"' || c === "'") {
    let i = from + 1;
    while (i < lineEndOffset) {
      if (c === '"' && text.charAt(i) === '\\') {
        i += 2;
        continue;
      }
      if (text.charAt(i) === c) {
        if (c === "'" && text.charAt(i + 1) === "'") {
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    // An escape at the end of the line (`"…\` continues the string on the next line) must not carry the range there.
    i = Math.min(i, lineEndOffset);
    const closed = i < lineEndOffset;
    return { inner: { start: from + 1, end: i }, full: { start: from, end: closed ? i + 1 : i }, quote: c };
  }
  if (c === '[' || c === '{') return undefined;
  let end = lineEndOffset;
  const comment = text.slice(from, lineEndOffset).search(/\s#/);
  if (comment >= 0) end = from + comment;
  while (end > from && /\s/.test(text.charAt(end - 1))) end--;
  return { inner: { start: from, end }, full: { start: from, end }, quote: undefined };
}

/** Keys of the object, leaving out the one on the caret's line (the YAML parser may have merged it with the next). */
function existingKeys(object: ObjectNode | undefined, lineStartOffset: number, lineEndOffset: number): Set<string> {
  const keys = new Set<string>();
  for (const p of object?.properties ?? []) {
    if (p.key.offset >= lineStartOffset && p.key.offset <= lineEndOffset) {
      // "ur httpMethod": the half-typed word swallowed the next line's key; keep that key.
      const merged = /\s(\S+)$/.exec(p.key.value);
      if (merged) keys.add(merged[1]);
      continue;
    }
    keys.add(p.key.value);
  }
  return keys;
}

/**
 * The block object whose keys sit at `column` on the line starting at `lineStartOffset`, found by walking down
 * from the document root through the last property that starts before the line.
 */
function yamlContainer(parsed: ParsedDocument, lineStartOffset: number, indent: number, dash: boolean, column: number): Container | undefined {
  const text = parsed.source;
  const root = rootBefore(parsed, lineStartOffset);
  if (!root) {
    // An empty document: the caret line starts the root object.
    return indent === 0 && !dash ? { object: undefined, path: [], anchor: undefined } : undefined;
  }
  if (!isObject(root) || text.charAt(root.offset) === '{') return undefined;
  let object: ObjectNode = root;
  const walkColumn = dash ? indent : column;
  for (let depth = 0; depth < 64; depth++) {
    const keyColumn = object.properties.length ? columnOf(text, object.properties[0].key.offset) : walkColumn;
    const last = lastPropertyBefore(object, lineStartOffset);
    if (walkColumn === keyColumn) {
      // `key:` followed by `- item` at the same column (compact sequences).
      if (dash && last && (last.value === undefined || isArray(last.value))) return arrayItemContainer(parsed, last, lineStartOffset, column);
      return dash ? undefined : { object, path: pathOf(object), anchor: object };
    }
    if (walkColumn < keyColumn || !last) return undefined;
    const value = last.value;
    if (value === undefined || value.type === 'null') {
      if (dash) return arrayItemContainer(parsed, last, lineStartOffset, column);
      return { object: undefined, path: [...pathOf(object), last.key.value], anchor: object };
    }
    if (isArray(value)) {
      if (text.charAt(value.offset) === '[') return undefined;
      if (dash) return arrayItemContainer(parsed, last, lineStartOffset, column);
      const item = lastItemBefore(value.items, lineStartOffset);
      if (!isObject(item) || text.charAt(item.offset) === '{') return undefined;
      const itemColumn = columnOf(text, item.properties[0]?.key.offset ?? item.offset);
      if (walkColumn === itemColumn) return { object: item, path: pathOf(item), anchor: item };
      if (walkColumn < itemColumn) return undefined;
      object = item;
      continue;
    }
    if (isObject(value) && text.charAt(value.offset) !== '{') {
      object = value;
      continue;
    }
    return undefined; // inside a scalar, a flow collection or an intrinsic
  }
  return undefined;
}

/** A `- ` line under `property`: the item on that line if it is already an object, else a new one. */
function arrayItemContainer(parsed: ParsedDocument, property: PropertyNode, lineStartOffset: number, column: number): Container | undefined {
  const array = property.value;
  const owner = property.parent;
  const basePath = [...(owner ? pathOf(owner) : []), property.key.value];
  if (!isArray(array)) return { object: undefined, path: [...basePath, 0], anchor: owner };
  const lineEndOffset = lineEnd(parsed.source, lineStartOffset);
  const index = array.items.findIndex((item) => item.offset >= lineStartOffset && item.offset <= lineEndOffset);
  if (index >= 0) {
    const item = array.items[index];
    if (isObject(item) && columnOf(parsed.source, item.offset) === column) return { object: item, path: pathOf(item), anchor: item };
    return { object: undefined, path: [...basePath, index], anchor: array };
  }
  return { object: undefined, path: [...basePath, array.items.length], anchor: array };
}

function rootBefore(parsed: ParsedDocument, offset: number): AstNode | undefined {
  let found: AstNode | undefined;
  for (const root of parsed.tree.roots) {
    if (root && root.offset <= offset) found = root;
  }
  return found;
}

function lastPropertyBefore(object: ObjectNode, offset: number): PropertyNode | undefined {
  const properties = object.properties;
  let low = 0;
  let high = properties.length - 1;
  let found: PropertyNode | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (properties[mid].key.offset < offset) {
      found = properties[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function lastItemBefore(items: AstNode[], offset: number): AstNode | undefined {
  let found: AstNode | undefined;
  for (const item of items) if (item.offset < offset) found = item;
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

/** Past this offset `getLocation` reads from an enclosing object instead of the start of the file. */
export const JSON_WINDOW_FROM = 64 * 1024;
/** Characters after the caret getLocation is given (then to the end of that line). */
const LOOKAHEAD = 4096;

/**
 * jsonc-parser's `getLocation` scans the text from its start to the caret: ~250 ms at the end of a 15 MB spec.
 * Far into a file it scans from an enclosing object of the parsed tree instead (two levels above the caret's
 * node, reached by keys only), and the path is that object's path plus the one found inside it.
 */
export function jsonLocation(parsed: Pick<ParsedDocument, 'source' | 'tree'>, offset: number, windowFrom = JSON_WINDOW_FROM): Location {
  const text = parsed.source;
  const window = offset > windowFrom ? jsonWindow(parsed.tree.roots[0], offset) : undefined;
  // getLocation reads up to the first token after the caret: the rest of the text is not needed (a prefix keeps
  // pieces from being joined). Tokens of valid JSON do not span lines; a damaged string that does is refused by
  // jsonCaret whatever this prefix makes of it.
  if (!window) return getLocation(text.slice(0, lineEnd(text, Math.min(text.length, offset + LOOKAHEAD))), offset);
  const end = Math.max(window.offset + window.length, Math.min(text.length, offset + 1));
  const inner = getLocation(text.slice(window.offset, end), offset - window.offset);
  const path = [...pathOf(window), ...inner.path];
  const previous = inner.previousNode;
  return {
    path,
    previousNode: previous && { ...previous, offset: previous.offset + window.offset },
    isAtPropertyKey: inner.isAtPropertyKey,
    matches: (pattern) => matchesPath(path, pattern),
  };
}

/** jsonc-parser's Location.matches: `*` matches one segment, `**` any number. */
function matchesPath(path: readonly (string | number)[], pattern: readonly (string | number)[]): boolean {
  let k = 0;
  for (let i = 0; k < pattern.length && i < path.length; i++) {
    if (pattern[k] === path[i] || pattern[k] === '*') k++;
    else if (pattern[k] !== '**') return false;
  }
  return k === pattern.length;
}

function jsonWindow(root: AstNode | undefined, offset: number): ObjectNode | undefined {
  const node = findNodeAtOffset(root, offset);
  let levels = 0;
  for (let current: AstNode | PropertyNode | undefined = node; current; current = current.parent) {
    if (current.type !== 'object' || current === root) continue;
    if (++levels < 3) continue;
    if (offset > current.offset && offset < current.offset + current.length && reachedByKeys(current)) return current;
  }
  return undefined;
}

/** Whether the path to `node` is object keys only (no arrays, no intrinsics), as jsonc writes paths. */
function reachedByKeys(node: AstNode): boolean {
  for (let current: AstNode | PropertyNode | undefined = node; current?.parent; current = current.parent) {
    const parent: AstNode | PropertyNode = current.parent;
    if (parent.type === 'property' ? parent.value !== current : parent.type !== 'object') return false;
  }
  return true;
}

function jsonCaret(parsed: ParsedDocument, offset: number): Caret | undefined {
  const text = parsed.source;
  const location = jsonLocation(parsed, offset);
  const path = location.path;
  const root = parsed.tree.roots[0];
  const previous = location.previousNode;
  if (location.isAtPropertyKey) {
    const containerPath = path.slice(0, -1);
    const object = resolvePath(root, containerPath);
    if (object !== undefined && !isObject(object)) return undefined;
    let range: OffsetRange = { start: offset, end: offset };
    let prefix = '';
    let hasColon = false;
    if (previous && (previous.type === 'property' || previous.type === 'string') && offset > previous.offset && offset <= previous.offset + previous.length) {
      range = { start: previous.offset, end: previous.offset + previous.length };
      // A damaged string can run over a line break (an escaped newline): an edit must stay on the caret's line.
      if (spansLines(text, range.start, range.end)) return undefined;
      prefix = text.slice(previous.offset + 1, offset);
      hasColon = nextNonSpace(text, range.end) === ':';
    }
    const keys = new Set<string>();
    for (const p of (object as ObjectNode | undefined)?.properties ?? []) if (p.key.offset !== range.start) keys.add(p.key.value);
    const next = nextNonSpace(text, range.end);
    const prevIndex = lastNonSpace(text, range.start - 1);
    const prevChar = prevIndex >= 0 ? text.charAt(prevIndex) : '';
    return {
      kind: 'key',
      format: 'json',
      container: { object: object as ObjectNode | undefined, path: containerPath, anchor: object ?? root },
      range,
      prefix,
      hasColon,
      column: jsonKeyColumn(text, object as ObjectNode | undefined, range.start),
      existingKeys: keys,
      commaAfter: !hasColon && next !== undefined && next !== '}' && next !== ',',
      commaBefore: !hasColon && prevChar !== '{' && prevChar !== ',' && prevChar !== '' ? prevIndex + 1 : undefined,
    };
  }
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const containerPath = path.slice(0, -1);
  const object = resolvePath(root, containerPath);
  if (!isObject(object)) return undefined;
  const property = object.properties.find((p) => p.key.value === key && p.colonOffset >= 0 && p.colonOffset < offset);
  const valueEnd = property?.value ? property.value.offset + property.value.length : -1;
  if (valueEnd >= 0 && offset > valueEnd && /^\s+$/.test(text.slice(valueEnd, offset))) {
    // After a complete value with no comma yet: jsonc still calls this the value; it is a new key's place.
    const next = nextNonSpace(text, offset);
    return {
      kind: 'key',
      format: 'json',
      container: { object, path: containerPath, anchor: object },
      range: { start: offset, end: offset },
      prefix: '',
      hasColon: false,
      column: jsonKeyColumn(text, object, offset),
      existingKeys: new Set(object.properties.map((p) => p.key.value)),
      commaAfter: next !== undefined && next !== '}' && next !== ',',
      commaBefore: valueEnd,
    };
  }
  let range: OffsetRange = { start: offset, end: offset };
  let full = range;
  let quote: '"' | undefined;
  if (previous && offset >= previous.offset && offset <= previous.offset + previous.length && previous.type !== 'object' && previous.type !== 'array') {
    full = { start: previous.offset, end: previous.offset + previous.length };
    if (spansLines(text, full.start, full.end)) return undefined;
    if (previous.type === 'string') {
      quote = '"';
      const closed = previous.length >= 2 && text.charAt(full.end - 1) === '"';
      range = { start: full.start + 1, end: closed ? full.end - 1 : full.end };
    } else range = full;
  }
  // Before the opening quote or after the closing one: a completion edit must contain the caret.
  if (offset < range.start || offset > range.end) return undefined;
  return {
    kind: 'value',
    format: 'json',
    container: { object, path: containerPath, anchor: object },
    key,
    property,
    range,
    fullRange: full,
    prefix: text.slice(range.start, offset),
    quote,
    column: property ? columnOf(text, property.key.offset) : columnOf(text, offset),
    needsSpace: false,
  };
}

function spansLines(text: SourceText, start: number, end: number): boolean {
  return /[\r\n]/.test(text.slice(start, end));
}

/** The first character at or after `from` that is not white space (undefined at the end of the text). */
function nextNonSpace(text: SourceText, from: number): string | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (!/\s/.test(c)) return c;
  }
  return undefined;
}

function lastNonSpace(text: SourceText, from: number): number {
  let i = from;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i;
}

function jsonKeyColumn(text: SourceText, object: ObjectNode | undefined, at: number): number {
  const first = object?.properties[0];
  if (first) return columnOf(text, first.key.offset);
  return columnOf(text, at);
}

/** Follows a jsonc-parser path through our tree (long-form intrinsics are transparent). */
export function resolvePath(root: AstNode | undefined, path: readonly (string | number)[]): AstNode | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (isIntrinsic(node) && segment === node.name) {
      node = node.argument;
      continue;
    }
    if (typeof segment === 'number') node = isArray(node) ? node.items[segment] : undefined;
    else node = getValue(node, segment);
  }
  return node;
}
