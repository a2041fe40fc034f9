/**
 * The JSON text Terraform's `jsonencode({...})` produces from an expression, and the map from the contents of
 * its strings back into the file: a mapping template written as `jsonencode({ Data = "$util.base64Encode(…)" })`
 * is that text for API Gateway.
 *
 * Fidelity (Terraform docs, functions/jsonencode: minified output; `<`, `>`, `&`, U+2028 and U+2029 written as
 * `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`; zclconf/go-cty cty/json/marshal.go: object attributes in
 * sorted order, numbers as `big.Float.Text('f', -1)`, strings through Go's json.Marshal).
 * What Terraform only knows at plan time (`var.x`, `aws_sqs_queue.q.name`, calls, conditionals, for
 * expressions) is a hole: `null` in the text for a whole value, zero-width inside a string.
 */
import type { HclExpression, HclObjectItem } from './ast';
import { decodeTemplate, type DecodedSegment } from './decode';

export interface JsonHole {
  readonly templateOffset: number;
  /** 4 (`null`) for a value Terraform computes; 0 for an interpolation inside a string. */
  readonly templateLength: number;
  readonly expression: HclExpression;
}

export interface EncodedJson {
  readonly text: string;
  /** Where the characters of the JSON strings come from (the segments of decode.ts, in text order). */
  readonly segments: DecodedSegment[];
  readonly holes: JsonHole[];
}

export function renderJsonencode(source: string, expression: HclExpression): EncodedJson {
  const out = new Writer();
  value(source, expression, out);
  return { text: out.text, segments: out.segments, holes: out.holes };
}

class Writer {
  text = '';
  readonly segments: DecodedSegment[] = [];
  readonly holes: JsonHole[] = [];

  raw(s: string): void {
    this.text += s;
  }

  hole(expression: HclExpression, inString: boolean): void {
    this.holes.push({ templateOffset: this.text.length, templateLength: inString ? 0 : 4, expression });
    if (!inString) this.text += 'null';
  }

  /**
   * Appends `s` escaped for JSON; `src(i)` is the file range of s[i] and whether s[i] is that file text as it
   * stands (undefined: no file text).
   */
  escaped(s: string, src: (i: number) => [number, number, boolean] | undefined): void {
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      let unit = s[i];
      let width = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
        unit = s.slice(i, i + 2);
        width = 2;
      }
      const enc = width === 2 ? unit : escapeChar(code);
      const range = src(i);
      const endRange = width === 2 ? src(i + 1) : range;
      if (range && endRange) this.map(enc.length, range[0], endRange[1] - range[0], enc === unit && range[2] && endRange[2] && endRange[1] - range[0] === width);
      this.text += enc;
      i += width - 1;
    }
  }

  private map(templateLength: number, fileOffset: number, fileLength: number, verbatim: boolean): void {
    const last = this.segments[this.segments.length - 1];
    if (verbatim && last?.verbatim && last.templateOffset + last.templateLength === this.text.length && last.fileOffset + last.fileLength === fileOffset) {
      this.segments[this.segments.length - 1] = { ...last, templateLength: last.templateLength + templateLength, fileLength: last.fileLength + fileLength };
    } else this.segments.push({ templateOffset: this.text.length, templateLength, fileOffset, fileLength, verbatim });
  }
}

function escapeChar(code: number): string {
  switch (code) {
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x3c: return '\\u003c';
    case 0x3e: return '\\u003e';
    case 0x26: return '\\u0026';
    case 0x2028: return '\\u2028';
    case 0x2029: return '\\u2029';
  }
  if (code < 0x20) return `\\u${code.toString(16).padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return '\ufffd'; // a lone surrogate is not UTF-8: Go writes U+FFFD
  return String.fromCharCode(code);
}

function value(source: string, e: HclExpression, out: Writer): void {
  switch (e.type) {
    case 'literal':
      out.raw(e.value === null ? 'null' : typeof e.value === 'number' ? formatNumber(e.value) : String(e.value));
      return;
    case 'template':
      string(source, e, out);
      return;
    case 'tuple':
      out.raw('[');
      e.items.forEach((item, k) => {
        if (k) out.raw(',');
        value(source, item, out);
      });
      out.raw(']');
      return;
    case 'object':
      object(source, e.items, out);
      return;
    case 'parens':
      value(source, e.expression, out);
      return;
    case 'unary':
      if (e.operator === '-' && e.operand.type === 'literal' && typeof e.operand.value === 'number') {
        out.raw(formatNumber(-e.operand.value));
        return;
      }
      out.hole(e, false);
      return;
    default:
      out.hole(e, false);
  }
}

function string(source: string, e: HclExpression & { type: 'template' }, out: Writer): void {
  const d = decodeTemplate(source, e);
  out.raw('"');
  let at = 0;
  const emit = (from: number, to: number) => {
    const piece = d.text.slice(from, to);
    out.escaped(piece, (i) => charSource(d.segments, from + i));
  };
  for (const h of d.holes) {
    emit(at, h.templateOffset);
    out.hole(h.part.type === 'interpolation' ? h.part.expression : e, true);
    at = h.templateOffset;
  }
  emit(at, d.text.length);
  out.raw('"');
}

/** The file range of one character of a decoded template, and whether it is verbatim. */
function charSource(segments: DecodedSegment[], templateOffset: number): [number, number, boolean] | undefined {
  for (const s of segments) {
    if (templateOffset >= s.templateOffset && templateOffset < s.templateOffset + s.templateLength) {
      if (s.verbatim) return [s.fileOffset + templateOffset - s.templateOffset, s.fileOffset + templateOffset - s.templateOffset + 1, true];
      return [s.fileOffset, s.fileOffset + s.fileLength, false];
    }
  }
  return undefined;
}

function keyOf(source: string, item: HclObjectItem): string | undefined {
  if (item.key.type === 'variable') return item.key.name;
  if (item.key.type === 'template' && item.key.parts.every((p) => p.type === 'text')) return decodeTemplate(source, item.key).text;
  return undefined;
}

/** Go's sort.Strings: byte order of UTF-8, which is code point order. */
function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

function object(source: string, items: HclObjectItem[], out: Writer): void {
  const keyed = items.map((item) => ({ item, key: keyOf(source, item) }));
  // Static keys in cty's sorted order; keys Terraform computes (`(var.k) = …`) after them, as written.
  const known = keyed.filter((k) => k.key !== undefined).sort((a, b) => compareCodePoints(a.key!, b.key!));
  const computed = keyed.filter((k) => k.key === undefined);
  out.raw('{');
  [...known, ...computed].forEach(({ item, key }, k) => {
    if (k) out.raw(',');
    if (key !== undefined) {
      if (item.key.type === 'template') string(source, item.key, out);
      else {
        out.raw('"');
        const start = item.key.offset;
        out.escaped(key, (i) => [start + i, start + i + 1, true]);
        out.raw('"');
      }
    } else {
      out.raw('"');
      out.hole(item.key, true);
      out.raw('"');
    }
    out.raw(':');
    value(source, item.value, out);
  });
  out.raw('}');
}

/** big.Float.Text('f', -1): the shortest decimal that round-trips, never with an exponent. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, first, rest = '', exp] = m;
  const digits = first + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
