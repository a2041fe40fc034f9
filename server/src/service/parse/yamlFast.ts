/**
 * A fast reader for the plain YAML that large API definitions are made of: block maps and sequences, plain and
 * quoted scalars, literal and folded block scalars, one-line flow collections, CloudFormation tags. It reads one
 * entry of a block map (yamlSegments.ts) straight into the syntax tree, several times faster than the `yaml`
 * package, and gives up (undefined) at the first thing it does not fully know — comments, anchors and aliases,
 * explicit keys, multi-line quoted or flow scalars, numbers in unusual notations, tabs, carriage returns,
 * anything malformed — so that the `yaml` package reads that entry and reports its errors.
 *
 * It builds exactly the nodes the `yaml`-based converter (yamlParser.ts) builds, with the same offsets and
 * ranges: the incremental tests compare the two on every corpus file and on generated specs after random edits.
 */
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, ScalarStyle, StringNode } from './ast';
import { intrinsicNameForTag } from './intrinsics';
import { asLongFormIntrinsic } from './longForm';
import type { SourceText } from '../text/sourceText';
import { MAX_NESTING_DEPTH } from './limits';

/** Thrown inside the reader: let the `yaml` package read this entry. */
const GIVE_UP = new Error('not plain YAML');

export interface FastEntry {
  /** The entry as a map (not turned into a long-form intrinsic: it is a fragment of a larger map). */
  readonly root: ObjectNode;
  /** Where the map ends with trailing comments (`yaml`'s range[2]); with no comments, where it ends. */
  readonly nodeEnd: number;
}

/**
 * The entries in `text[start, end)`, a block map whose keys sit at column `indent`; undefined to give up.
 * `textHasTabOrCr: false` (known for the whole text) skips looking for tabs and carriage returns in the entry.
 */
export function parseEntryFast(text: SourceText, start: number, end: number, indent: number, textHasTabOrCr = true): FastEntry | undefined {
  if (textHasTabOrCr && hasCharIn(text, start, end)) return undefined;
  try {
    const reader = new Reader(text, end);
    reader.pos = start;
    const root = reader.blockMap(indent, start + indent, true) as ObjectNode;
    // Only blank lines may follow.
    if (reader.nextContentLine() < end) return undefined;
    return { root, nodeEnd: root.offset + root.length };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** The key of a `key:` line starting at `at` and its colon; undefined when it is not a plain or quoted key. */
export function parseKeyFast(text: SourceText, at: number): { key: StringNode; colonOffset: number } | undefined {
  const newline = text.indexOf('\n', at);
  const eol = newline < 0 ? text.length : newline;
  if (hasCharIn(text, at, eol)) return undefined;
  try {
    const reader = new Reader(text, eol);
    const key = reader.keyAt(at, eol);
    return { key, colonOffset: reader.colonOffset };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Tabs and carriage returns change indentation and line rules: the `yaml` package handles them. */
function hasCharIn(text: SourceText, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 9 || c === 13) return true;
  }
  return false;
}

/** Whether the text has a tab or a carriage return anywhere (then every entry is checked for them). */
export function hasTabOrCr(text: SourceText): boolean {
  return text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0;
}

/** Whether `text[start, end)` has a tab or a carriage return. */
export function hasTabOrCrIn(text: SourceText, start: number, end: number): boolean {
  return hasCharIn(text, start, end);
}

const SPACE = 32;
const NEWLINE = 10;

class Reader {
  /** Start of the next line not read yet. */
  pos = 0;
  /** End of the last non-blank line read, after its line break: where collections end. */
  lastLineEnd = 0;

  constructor(
    private readonly text: SourceText,
    private readonly end: number,
  ) {}

  // -------------------------------------------------------------------------------------------------------------
  // Lines

  private eol(from: number): number {
    const newline = this.text.indexOf('\n', from);
    return newline < 0 || newline > this.end ? this.end : newline;
  }

  private afterLine(eol: number): number {
    return eol < this.end ? eol + 1 : this.end;
  }

  private indentAt(line: number): number {
    let p = line;
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p - line;
  }

  private isBlank(line: number): boolean {
    let p = line;
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p >= this.end || this.text.charCodeAt(p) === NEWLINE;
  }

  /** Start of the next non-blank line (this.end when none); a comment line makes us give up. */
  nextContentLine(): number {
    let line = this.pos;
    while (line < this.end && this.isBlank(line)) line = this.afterLine(this.eol(line));
    if (line < this.end && this.text.charCodeAt(line + this.indentAt(line)) === 35) throw GIVE_UP; // # comment
    return line;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Block collections

  /**
   * A block map whose keys are at column `indent`. Its first key may start mid-line (`- key: value`): `first` is
   * that key's offset. `raw`: leave a one-key map a map.
   */
  blockMap(indent: number, first: number, raw = false): AstNode {
    const object: ObjectNode = { type: 'object', offset: first, length: 0, properties: [] };
    let keyAt = first;
    for (;;) {
      const property = this.mapEntry(keyAt, indent);
      property.parent = object;
      object.properties.push(property);
      const line = this.nextContentLine();
      if (line >= this.end) break;
      const lineIndent = this.indentAt(line);
      if (lineIndent < indent) break;
      if (lineIndent > indent) throw GIVE_UP;
      if (this.isDash(line + lineIndent)) break; // a sequence at the parent's indentation ends the map there
      keyAt = line + lineIndent;
    }
    (object as { length: number }).length = this.lastLineEnd - object.offset;
    return raw ? object : asLongFormIntrinsic(object);
  }

  private isDash(at: number): boolean {
    const next = this.text.charCodeAt(at + 1);
    return this.text.charCodeAt(at) === 45 && (next === SPACE || next === NEWLINE || at + 1 >= this.end);
  }

  /** `key: value` whose key starts at `at` (the rest of the value may follow on more indented lines). */
  private mapEntry(at: number, indent: number): PropertyNode {
    const eol = this.eol(at);
    const key = this.key(at, eol);
    const colon = this.keyEnd;
    const property: PropertyNode = { type: 'property', offset: key.offset, length: 0, key, value: undefined, colonOffset: colon };
    key.parent = property;
    const v = this.skipSpaces(colon + 1, eol);
    let value: AstNode | undefined;
    if (v < eol) {
      value = this.inlineValue(v, eol, indent);
    } else {
      this.pos = this.afterLine(eol);
      this.lastLineEnd = this.pos;
      value = this.valueBelow(indent, undefined);
    }
    (property as { length: number }).length = (value ? value.offset + value.length : colon + 1) - key.offset;
    if (value) {
      property.value = value;
      value.parent = property;
    }
    return property;
  }

  /** After `key:` (or a tag) ending its line: a map or sequence below, or nothing. */
  private valueBelow(parentIndent: number, tag: string | undefined): AstNode | undefined {
    const line = this.nextContentLine();
    // A key without a value last in the entry: `yaml` ends it differently depending on what follows.
    if (line >= this.end) throw GIVE_UP;
    const lineIndent = this.indentAt(line);
    const at = line + lineIndent;
    if (lineIndent === parentIndent && this.isDash(at)) return this.blockSeq(lineIndent, at);
    if (lineIndent <= parentIndent) {
      if (tag) throw GIVE_UP;
      return undefined;
    }
    if (this.isDash(at)) return this.blockSeq(lineIndent, at);
    if (!this.looksLikeKey(at, this.eol(at))) throw GIVE_UP; // a scalar on the next line
    return this.blockMap(lineIndent, at);
  }

  private blockSeq(indent: number, first: number): ArrayNode {
    const array: ArrayNode = { type: 'array', offset: first, length: 0, items: [] };
    let dash = first;
    for (;;) {
      const eol = this.eol(dash);
      const at = dash + 2;
      if (at >= eol || this.text.charCodeAt(dash + 1) !== SPACE || this.text.charCodeAt(at) === SPACE) throw GIVE_UP; // `-` alone, `-  x`
      let item: AstNode;
      if (this.isDash(at)) throw GIVE_UP; // `- - x`
      if (this.looksLikeKey(at, eol)) item = this.blockMap(indent + 2, at);
      else item = this.inlineValue(at, eol, indent, true);
      item.parent = array;
      array.items.push(item);
      const line = this.nextContentLine();
      if (line >= this.end) break;
      const lineIndent = this.indentAt(line);
      if (lineIndent !== indent) {
        if (lineIndent < indent) break;
        throw GIVE_UP;
      }
      if (!this.isDash(line + lineIndent)) break;
      dash = line + lineIndent;
    }
    (array as { length: number }).length = this.lastLineEnd - array.offset;
    return array;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Keys

  /** Set by key(): the offset of the `:` after the key. */
  private keyEnd = 0;

  keyAt(at: number, eol: number): StringNode {
    return this.key(at, eol);
  }

  get colonOffset(): number {
    return this.keyEnd;
  }

  private key(at: number, eol: number): StringNode {
    const c = this.text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const node = this.quoted(at, eol, c === 34);
      const colon = this.skipSpaces(node.offset + node.length, eol);
      if (this.text.charCodeAt(colon) !== 58 || !this.endsIndicator(colon + 1, eol)) throw GIVE_UP;
      this.keyEnd = colon;
      return node;
    }
    if (!isPlainStart(c, this.text.charCodeAt(at + 1))) throw GIVE_UP;
    const colon = this.findKeyColon(at, eol);
    if (colon < 0) throw GIVE_UP;
    let keyEnd = colon;
    while (this.text.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
    const value = this.text.slice(at, keyEnd);
    if (value === '<<') throw GIVE_UP; // a merge key
    this.keyEnd = colon;
    return { type: 'string', offset: at, length: keyEnd - at, value, style: 'plain' };
  }

  /** The `:` that ends a plain key on this line (followed by a space or the line's end), or -1. */
  private findKeyColon(at: number, eol: number): number {
    const text = this.text;
    for (let p = at; p < eol; p++) {
      const c = text.charCodeAt(p);
      if (c === 58 && this.endsIndicator(p + 1, eol)) return p;
      if (c === 35 && text.charCodeAt(p - 1) === SPACE) throw GIVE_UP; // a comment
    }
    return -1;
  }

  private endsIndicator(p: number, eol: number): boolean {
    return p >= eol || this.text.charCodeAt(p) === SPACE;
  }

  /** Whether the line from `at` is `key:` or `key: value` (a plain or quoted key). */
  private looksLikeKey(at: number, eol: number): boolean {
    const c = this.text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const close = this.closingQuote(at, eol, c === 34);
      if (close < 0) return false;
      const colon = this.skipSpaces(close + 1, eol);
      return this.text.charCodeAt(colon) === 58 && this.endsIndicator(colon + 1, eol);
    }
    if (!isPlainStart(c, this.text.charCodeAt(at + 1))) return false;
    return this.findKeyColon(at, eol) >= 0;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Values on the line

  /**
   * A value starting at `at` on its line: a block scalar, a tag, a flow collection, a quoted or plain scalar.
   * `indent` is the indentation of the map (or sequence) that holds it.
   */
  private inlineValue(at: number, eol: number, indent: number, inSequence = false): AstNode {
    const c = this.text.charCodeAt(at);
    switch (c) {
      case 124: // |
      case 62: // >
        if (inSequence) throw GIVE_UP;
        return this.blockScalar(at, eol, indent);
      case 33: // !
        return this.tagged(at, eol, indent, inSequence);
      case 91: // [
      case 123: {
        // {
        const node = this.flow(at, eol);
        this.finishLine(node.offset + node.length, eol);
        return node;
      }
      case 34: // "
      case 39: {
        // '
        const node = this.quoted(at, eol, c === 34);
        this.finishLine(node.offset + node.length, eol);
        return node;
      }
      default:
        return this.plainScalar(at, eol, indent);
    }
  }

  /** Only spaces may follow on the line; the line is read. */
  private finishLine(from: number, eol: number): void {
    if (this.skipSpaces(from, eol) < eol) throw GIVE_UP;
    this.pos = this.afterLine(eol);
    this.lastLineEnd = this.pos;
  }

  private skipSpaces(p: number, limit: number): number {
    while (p < limit && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  private tagged(at: number, eol: number, indent: number, inSequence: boolean): AstNode {
    let p = at + 1;
    while (p < eol && isTagChar(this.text.charCodeAt(p))) p++;
    const tag = this.text.slice(at, p);
    if (tag.length < 2 || (p < eol && this.text.charCodeAt(p) !== SPACE)) throw GIVE_UP; // `!!str`, `!<...>`, `!x,`
    const v = this.skipSpaces(p, eol);
    let argument: AstNode;
    if (v < eol) {
      const c = this.text.charCodeAt(v);
      if (c === 33 || c === 38 || c === 42) throw GIVE_UP; // a second tag, an anchor, an alias
      argument = this.inlineValue(v, eol, indent, inSequence);
    } else {
      if (inSequence) throw GIVE_UP;
      this.pos = this.afterLine(eol);
      this.lastLineEnd = this.pos;
      const below = this.valueBelow(indent, tag);
      if (!below) throw GIVE_UP;
      argument = below;
    }
    return this.intrinsic(tag, at, argument);
  }

  private intrinsic(tag: string, at: number, argument: AstNode): AstNode {
    const end = argument.offset + argument.length;
    const node: AstNode = {
      type: 'intrinsic',
      offset: at,
      length: Math.max(end - at, tag.length),
      name: intrinsicNameForTag(tag) ?? tag,
      form: 'short',
      nameOffset: at,
      nameLength: tag.length,
      argument,
    };
    argument.parent = node;
    return node;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Scalars

  /** A plain scalar, continued on more indented lines (folded with spaces). */
  private plainScalar(at: number, eol: number, indent: number): AstNode {
    const c = this.text.charCodeAt(at);
    if (!isPlainStart(c, this.text.charCodeAt(at + 1))) throw GIVE_UP;
    let end = this.plainLineEnd(at, eol);
    let value = this.text.slice(at, end);
    this.pos = this.afterLine(eol);
    this.lastLineEnd = this.pos;
    // Continuation lines: more indented than the map, not blank, not a key.
    for (;;) {
      const line = this.pos;
      if (line >= this.end || this.isBlank(line)) break;
      const lineIndent = this.indentAt(line);
      if (lineIndent <= indent) break;
      const from = line + lineIndent;
      const lineEol = this.eol(from);
      if (this.text.charCodeAt(from) === 35) throw GIVE_UP;
      const lineEnd = this.plainLineEnd(from, lineEol);
      value += ' ' + this.text.slice(from, lineEnd);
      end = lineEnd;
      this.pos = this.afterLine(lineEol);
      this.lastLineEnd = this.pos;
    }
    // A continuation after a blank line would keep a line break: not handled here.
    if (this.pos < this.end && this.isBlank(this.pos)) {
      const next = this.nextContentLine();
      if (next < this.end && this.indentAt(next) > indent) throw GIVE_UP;
    }
    return scalarNode(value, at, end - at);
  }

  /** End of a plain scalar's text on one line (trailing spaces excluded); gives up on `: ` and ` #` in it. */
  private plainLineEnd(at: number, eol: number): number {
    const text = this.text;
    for (let p = at; p < eol; p++) {
      const c = text.charCodeAt(p);
      if (c === 58 && this.endsIndicator(p + 1, eol)) throw GIVE_UP; // a key where a scalar was expected
      if (c === 35 && text.charCodeAt(p - 1) === SPACE) throw GIVE_UP; // a comment
    }
    let end = eol;
    while (end > at && text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  private closingQuote(at: number, eol: number, double: boolean): number {
    const text = this.text;
    const quote = double ? 34 : 39;
    for (let p = at + 1; p < eol; p++) {
      const c = text.charCodeAt(p);
      if (double && c === 92) {
        p++;
        continue;
      }
      if (c === quote) {
        if (!double && text.charCodeAt(p + 1) === 39) {
          p++;
          continue;
        }
        return p;
      }
    }
    return -1;
  }

  /** A quoted scalar closed on its line. */
  private quoted(at: number, eol: number, double: boolean): StringNode {
    const close = this.closingQuote(at, eol, double);
    if (close < 0) throw GIVE_UP;
    const inner = this.text.slice(at + 1, close);
    let value: string;
    if (!double) value = inner.includes("''") ? inner.replace(/''/g, "'") : inner;
    else if (!inner.includes('\\')) value = inner;
    else value = decodeJsonEscapes(inner);
    return { type: 'string', offset: at, length: close + 1 - at, value, style: double ? 'double' : 'single' };
  }

  /** `|`, `|-`, `>`, `>-` and the lines indented more than the map that holds it. */
  private blockScalar(at: number, eol: number, indent: number): StringNode {
    const text = this.text;
    const folded = text.charCodeAt(at) === 62;
    let p = at + 1;
    let strip = false;
    if (text.charCodeAt(p) === 45) {
      strip = true;
      p++;
    }
    if (this.skipSpaces(p, eol) < eol) throw GIVE_UP; // `|+`, an indentation indicator, a comment
    let line = this.afterLine(eol);
    // The first content line sets the indentation; leading blank lines are not handled here.
    if (line >= this.end || this.isBlank(line)) throw GIVE_UP;
    const contentIndent = this.indentAt(line);
    if (contentIndent <= indent) throw GIVE_UP;
    const lines: string[] = [];
    let pendingBlank = 0;
    let lastContentEnd = line;
    while (line < this.end) {
      const lineEol = this.eol(line);
      const lineIndent = this.indentAt(line);
      if (line + lineIndent >= lineEol) {
        // A blank line; more spaces than the indentation would be content.
        if (lineEol - line > contentIndent) throw GIVE_UP;
        pendingBlank++;
        line = this.afterLine(lineEol);
        continue;
      }
      if (lineIndent < contentIndent) break;
      for (let k = 0; k < pendingBlank; k++) lines.push('');
      pendingBlank = 0;
      lines.push(text.slice(line + contentIndent, lineEol));
      line = this.afterLine(lineEol);
      lastContentEnd = line;
    }
    this.pos = lastContentEnd;
    this.lastLineEnd = lastContentEnd;
    let value = folded ? fold(lines) : lines.join('\n');
    // Clipping keeps the last line break, when there is one (not at the end of a text without one).
    if (!strip && text.charCodeAt(lastContentEnd - 1) === NEWLINE) value += '\n';
    return { type: 'string', offset: at, length: lastContentEnd - at, value, style: folded ? 'folded' : 'literal' };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Flow collections (on one line)

  /** Open flow collections: past the analysis limit the entry is left to parseLeaf, which reports it. */
  private flowDepth = 0;

  private flow(at: number, eol: number): AstNode {
    if (++this.flowDepth > MAX_NESTING_DEPTH) throw GIVE_UP;
    try {
      return this.flowCollection(at, eol);
    } finally {
      this.flowDepth--;
    }
  }

  private flowCollection(at: number, eol: number): AstNode {
    const open = this.text.charCodeAt(at);
    return open === 91 ? this.flowSeq(at, eol) : this.flowMap(at, eol);
  }

  private flowSeq(at: number, eol: number): ArrayNode {
    const array: ArrayNode = { type: 'array', offset: at, length: 0, items: [] };
    let p = this.skipSpaces(at + 1, eol);
    if (this.text.charCodeAt(p) === 93) {
      (array as { length: number }).length = p + 1 - at;
      return array;
    }
    for (;;) {
      const item = this.flowValue(p, eol);
      item.parent = array;
      array.items.push(item);
      p = this.skipSpaces(item.offset + item.length, eol);
      const c = this.text.charCodeAt(p);
      if (c === 93) break;
      if (c !== 44) throw GIVE_UP;
      p = this.skipSpaces(p + 1, eol);
      if (this.text.charCodeAt(p) === 93) throw GIVE_UP; // a trailing comma
    }
    (array as { length: number }).length = p + 1 - at;
    return array;
  }

  private flowMap(at: number, eol: number): AstNode {
    const object: ObjectNode = { type: 'object', offset: at, length: 0, properties: [] };
    let p = this.skipSpaces(at + 1, eol);
    if (this.text.charCodeAt(p) !== 125) {
      for (;;) {
        const c = this.text.charCodeAt(p);
        let key: StringNode;
        if (c === 34 || c === 39) key = this.quoted(p, eol, c === 34);
        else key = this.flowPlain(p, eol, true) as StringNode;
        if (key.type !== 'string') throw GIVE_UP;
        const colon = this.skipSpaces(key.offset + key.length, eol);
        if (this.text.charCodeAt(colon) !== 58 || this.text.charCodeAt(colon + 1) !== SPACE) throw GIVE_UP;
        const value = this.flowValue(this.skipSpaces(colon + 1, eol), eol);
        const property: PropertyNode = { type: 'property', offset: key.offset, length: value.offset + value.length - key.offset, key, value, colonOffset: colon, parent: object };
        key.parent = property;
        value.parent = property;
        object.properties.push(property);
        p = this.skipSpaces(value.offset + value.length, eol);
        const next = this.text.charCodeAt(p);
        if (next === 125) break;
        if (next !== 44) throw GIVE_UP;
        p = this.skipSpaces(p + 1, eol);
        if (this.text.charCodeAt(p) === 125) throw GIVE_UP;
      }
    }
    (object as { length: number }).length = p + 1 - at;
    return asLongFormIntrinsic(object);
  }

  private flowValue(at: number, eol: number): AstNode {
    const c = this.text.charCodeAt(at);
    if (c === 91 || c === 123) return this.flow(at, eol);
    if (c === 34 || c === 39) return this.quoted(at, eol, c === 34);
    if (c === 33) {
      let p = at + 1;
      while (p < eol && isTagChar(this.text.charCodeAt(p))) p++;
      const tag = this.text.slice(at, p);
      if (tag.length < 2 || this.text.charCodeAt(p) !== SPACE) throw GIVE_UP;
      return this.intrinsic(tag, at, this.flowValue(this.skipSpaces(p, eol), eol));
    }
    return this.flowPlain(at, eol, false);
  }

  /** A plain scalar in a flow collection: it ends at `,`, `]`, `}` (and a key at `: `). */
  private flowPlain(at: number, eol: number, isKey: boolean): AstNode {
    const text = this.text;
    if (!isPlainStart(text.charCodeAt(at), text.charCodeAt(at + 1))) throw GIVE_UP;
    let p = at;
    for (; p < eol; p++) {
      const c = text.charCodeAt(p);
      if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      if (c === 58) {
        if (isKey && text.charCodeAt(p + 1) === SPACE) break;
        throw GIVE_UP; // `a:b` in flow: rules differ between YAML versions
      }
      if (c === 35 && text.charCodeAt(p - 1) === SPACE) throw GIVE_UP;
    }
    let end = p;
    while (end > at && text.charCodeAt(end - 1) === SPACE) end--;
    if (end === at) throw GIVE_UP;
    const source = text.slice(at, end);
    return isKey ? { type: 'string', offset: at, length: end - at, value: source, style: 'plain' } : scalarNode(source, at, end - at);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Scalar values, as YAML 1.2's core schema reads them (anything unusual: give up)

const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
/** Every plain scalar the core schema reads as a number (int, hex, octal, float, infinity, not-a-number). */
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** The numbers read here: plain decimal integers and fractions that Number() reads the same way. */
const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,9})\.[0-9]{1,6}$/;

function scalarNode(source: string, offset: number, length: number): AstNode {
  if (NULLS.has(source)) return { type: 'null', offset, length };
  if (TRUES.has(source)) return { type: 'boolean', offset, length, value: true };
  if (FALSES.has(source)) return { type: 'boolean', offset, length, value: false };
  if (CORE_NUMBER.test(source)) {
    if (INTEGER.test(source) || DECIMAL.test(source)) return { type: 'number', offset, length, value: Number(source) };
    throw GIVE_UP; // 0x1F, 1e3, +5, 012, 1., .inf: the yaml package decides
  }
  return { type: 'string', offset, length, value: source, style: 'plain' as ScalarStyle };
}

/** Plain scalars may not start with an indicator (`-` and `?` and `:` only when a space follows). */
function isPlainStart(c: number, next: number): boolean {
  switch (c) {
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
    case SPACE:
    case NEWLINE:
      return false;
    case 45: // -
    case 63: // ?
    case 58: // :
      return !(next === SPACE || next === NEWLINE || Number.isNaN(next)) && c === 45;
    default:
      return !Number.isNaN(c);
  }
}

function isTagChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 58 || c === 95 || c === 45 || c === 46;
}

/** Double-quoted escapes that JSON shares with YAML; any other escape makes us give up. */
function decodeJsonEscapes(inner: string): string {
  for (let i = inner.indexOf('\\'); i >= 0; i = inner.indexOf('\\', i + 2)) {
    if (!'"\\/bfnrtu'.includes(inner[i + 1] ?? '')) throw GIVE_UP;
  }
  if (/\\u(?![0-9a-fA-F]{4})/.test(inner) || /[\u0000-\u001f]/.test(inner)) throw GIVE_UP;
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch {
    throw GIVE_UP;
  }
}

/** Folded block scalar lines: joined with spaces, a blank line keeps a line break. */
function fold(lines: string[]): string {
  let out = '';
  let blanks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (line.charCodeAt(0) === SPACE) throw GIVE_UP; // more indented lines keep their breaks: not handled here
    if (started) out += blanks ? '\n'.repeat(blanks) : ' ';
    out += line;
    blanks = 0;
    started = true;
  }
  return out;
}
