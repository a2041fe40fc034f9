/**
 * Strict JSON → AST, several times faster than the jsonc-parser visitor, for valid JSON only: it gives up
 * (undefined) at the first thing that is not plain RFC 8259 JSON, and the caller uses jsonParser.ts, which
 * recovers from errors and reports them. On valid JSON both build the same tree (the incremental tests check it).
 * It can also read one `"key": value` in the middle of a text, which is what the incremental re-parse needs.
 */
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode, SyntaxTree } from './ast';
import { asLongFormIntrinsic } from './longForm';
import type { SourceText } from '../text/sourceText';

/** Thrown inside the reader: not plain JSON. */
export class NotPlainJson extends Error {}

const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

export function parseJsonFast(text: string): SyntaxTree | undefined {
  try {
    const reader = new JsonReader(text, 0);
    reader.skipSpace();
    if (reader.pos >= text.length) return undefined; // empty: the full parser's answer
    const root = reader.value();
    reader.skipSpace();
    if (reader.pos !== text.length) return undefined;
    return { format: 'json', roots: [root], problems: [] };
  } catch (error) {
    if (error instanceof NotPlainJson) return undefined;
    throw error;
  }
}

/**
 * Reads JSON at `pos`. A string is read with sticky regexes; a PieceText (an edit re-read by jsonIncremental.ts
 * from the server's document) character by character, so the whole text is never built.
 */
export class JsonReader {
  constructor(
    readonly text: SourceText,
    public pos: number,
  ) {}

  skipSpace(): void {
    const text = this.text;
    let p = this.pos;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  /** The next character code (NaN at the end). */
  peek(): number {
    return this.text.charCodeAt(this.pos);
  }

  value(): AstNode {
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 123: // {
        return this.object();
      case 91: // [
        return this.array();
      case 34: // "
        return this.string();
      case 116: // t
        return this.keyword('true', { type: 'boolean', offset: this.pos, length: 4, value: true });
      case 102: // f
        return this.keyword('false', { type: 'boolean', offset: this.pos, length: 5, value: false });
      case 110: // n
        return this.keyword('null', { type: 'null', offset: this.pos, length: 4 });
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.number();
        throw new NotPlainJson();
    }
  }

  object(): AstNode {
    const start = this.pos;
    const object: ObjectNode = { type: 'object', offset: start, length: 0, properties: [] };
    this.pos++;
    this.skipSpace();
    if (this.peek() === 125) {
      this.pos++;
    } else {
      for (;;) {
        object.properties.push(this.property(object));
        this.skipSpace();
        const c = this.peek();
        this.pos++;
        if (c === 125) break;
        if (c !== 44) throw new NotPlainJson();
        this.skipSpace();
      }
    }
    (object as { length: number }).length = this.pos - start;
    return asLongFormIntrinsic(object);
  }

  /** `"key": value` at the current position (after any space). */
  property(parent: ObjectNode): PropertyNode {
    if (this.peek() !== 34) throw new NotPlainJson();
    const key = this.string();
    this.skipSpace();
    if (this.peek() !== 58) throw new NotPlainJson();
    const colonOffset = this.pos;
    this.pos++;
    this.skipSpace();
    const value = this.value();
    const property: PropertyNode = { type: 'property', offset: key.offset, length: value.offset + value.length - key.offset, key, value, colonOffset, parent };
    key.parent = property;
    value.parent = property;
    return property;
  }

  private array(): ArrayNode {
    const start = this.pos;
    const array: ArrayNode = { type: 'array', offset: start, length: 0, items: [] };
    this.pos++;
    this.skipSpace();
    if (this.peek() === 93) {
      this.pos++;
    } else {
      for (;;) {
        const item = this.value();
        item.parent = array;
        array.items.push(item);
        this.skipSpace();
        const c = this.peek();
        this.pos++;
        if (c === 93) break;
        if (c !== 44) throw new NotPlainJson();
        this.skipSpace();
      }
    }
    (array as { length: number }).length = this.pos - start;
    return array;
  }

  private string(): StringNode {
    const text = this.text;
    const start = this.pos;
    let p = start + 1;
    let escaped = false;
    for (;;) {
      if (typeof text === 'string') {
        STRING_RUN.lastIndex = p;
        STRING_RUN.test(text);
        p = STRING_RUN.lastIndex;
      } else {
        p = stringRunEnd(text, p);
      }
      const c = text.charCodeAt(p);
      if (c === 34) break;
      if (c !== 92) throw new NotPlainJson(); // a control character, or the end of the text
      escaped = true;
      p += 2;
    }
    p++;
    this.pos = p;
    let value: string;
    if (!escaped) {
      value = text.slice(start + 1, p - 1);
    } else {
      try {
        value = JSON.parse(text.slice(start, p)) as string;
      } catch {
        throw new NotPlainJson();
      }
    }
    return { type: 'string', offset: start, length: p - start, value, style: 'json' };
  }

  private number(): AstNode {
    const start = this.pos;
    this.pos = numberEnd(this.text, start);
    this.expectDelimiter();
    return { type: 'number', offset: start, length: this.pos - start, value: Number(this.text.slice(start, this.pos)) };
  }

  private keyword(word: string, node: AstNode): AstNode {
    if (this.text.slice(this.pos, this.pos + word.length) !== word) throw new NotPlainJson();
    this.pos += word.length;
    this.expectDelimiter();
    return node;
  }

  /** A value ends at space, `,`, `]`, `}` or the end of the text (`truex`, `01` are not JSON). */
  private expectDelimiter(): void {
    const c = this.text.charCodeAt(this.pos);
    if (!(Number.isNaN(c) || c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 93 || c === 125)) throw new NotPlainJson();
  }
}

/** Where a run of string characters that need no attention (no quote, backslash or control character) ends. */
function stringRunEnd(text: SourceText, p: number): number {
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === 34 || c === 92 || c < 32 || Number.isNaN(c)) return p;
    p++;
  }
}

/** The end of the JSON number at `start` (NUMBER's grammar); throws when there is none. */
function numberEnd(text: SourceText, start: number): number {
  if (typeof text === 'string') {
    NUMBER.lastIndex = start;
    if (!NUMBER.test(text)) throw new NotPlainJson();
    return NUMBER.lastIndex;
  }
  let end = start;
  for (let c = text.charCodeAt(end); (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 69 || c === 101; c = text.charCodeAt(++end));
  const candidate = text.slice(start, end);
  NUMBER.lastIndex = 0;
  if (!NUMBER.test(candidate)) throw new NotPlainJson();
  return start + NUMBER.lastIndex;
}
