// json-smart's parser in JSONParser.MODE_PERMISSIVE, which Jayway JsonPath's JsonSmartJsonProvider uses for
// $input.path/$input.json (and API Gateway for a MOCK integration's statusCode). Transcribed rule for rule from
// net.minidev.json.parser.JSONParserBase / JSONParserMemory / JSONParserString (netplex/json-smart-v2 at
// 5d8f14e6afcc2eede4df804674beb42d57a63c4f). MODE_PERMISSIVE sets every flag but ACCEPT_INCOMPLETE:
// - unquoted keys and values: a key runs to ':', a value to ',' '}' (in objects) or ',' ']' (in arrays), the
//   top level to the end; each trimmed of Java whitespace. `true`/`false`/`null`/`NaN` only when the whole token
//   is that word (`true story` is the string "true story");
// - single quotes quote strings like double quotes; `\x41` and `\u0041` escapes; an unknown escape drops both
//   characters; control characters are kept when the string has no backslash and dropped when it has one;
// - numbers: Integer, then Long, then BigInteger; Double, or BigDecimal past 18 characters; a number followed by
//   more text on the same token is a string (`123abc`); leading zeros are accepted; `-` alone is 0;
// - useless commas (`[1,,2,]`, `{"a":1,}`) are skipped; anything after the first complete value is ignored;
// - nesting deeper than 400 levels is an error (LIMIT_JSON_DEPTH).
// The parser is iterative (an explicit stack), so hostile nesting costs no native stack, and it calls `charge` once
// per value so a caller can meter it.
import { JDouble, JList, JMap, JValue } from './values';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
  }
}

export interface JsonParseOptions {
  /** Called once per value read (a budget hook); throw to stop. */
  charge?: (units: number) => void;
}

/** json-smart's end-of-input marker: a real U+001A in the text also ends it, as in json-smart. */
const EOI = '\x1a';
export const MAX_DEPTH = 400;

type Stop = 'key' | 'value' | 'array' | 'top';

function stops(c: string, stop: Stop): boolean {
  if (c === EOI) return true;
  switch (stop) {
    case 'key':
      return c === ':';
    case 'value':
      return c === ',' || c === '}';
    case 'array':
      return c === ',' || c === ']';
    default:
      return false;
  }
}

/** java.lang.Character.isWhitespace for one UTF-16 unit. */
function javaWhitespace(c: string): boolean {
  const n = c.charCodeAt(0);
  if (n === 0x20 || (n >= 0x09 && n <= 0x0d) || (n >= 0x1c && n <= 0x1f)) return true;
  if (n === 0xa0 || n === 0x2007 || n === 0x202f) return false;
  return n === 0x1680 || (n >= 0x2000 && n <= 0x200a) || n === 0x2028 || n === 0x2029 || n === 0x205f || n === 0x3000;
}

type Frame =
  | { kind: 'object'; map: JMap; key: string | undefined; acceptData: boolean; needData: boolean }
  | { kind: 'array'; list: JList; needData: boolean };

export function parseJson(text: string, options: JsonParseOptions = {}): JValue {
  const len = text.length;
  const charge = options.charge ?? (() => {});
  let pos = -1;
  let c = '';
  const read = () => {
    pos++;
    c = pos >= len ? EOI : text[pos];
  };
  const fail = (msg: string, at = pos): JsonSyntaxError => new JsonSyntaxError(msg, Math.max(0, at));
  const skipSpace = () => {
    while (c <= ' ' && c !== EOI) read();
  };
  const skipDigits = () => {
    while (c >= '0' && c <= '9') read();
  };
  const trimmed = (start: number, stop: number): string => {
    while (start < stop - 1 && javaWhitespace(text[start])) start++;
    while (stop - 1 > start && javaWhitespace(text[stop - 1])) stop--;
    return text.slice(start, Math.min(stop, len));
  };
  /** readNQString: from the current character to the next stop character, trimmed. */
  const unquoted = (stop: Stop): string => {
    const start = pos;
    while (!stops(c, stop)) read();
    return trimmed(start, pos);
  };
  const readString = (): string => {
    const sep = c;
    const close = text.indexOf(sep, pos + 1);
    if (close < 0) throw fail('unexpected end of input in a string', len);
    const fast = text.slice(pos + 1, close);
    if (!fast.includes('\\')) {
      pos = close;
      read();
      return fast;
    }
    // the slow path re-reads from the opening quote, one character at a time
    let out = '';
    for (;;) {
      read();
      if (c === EOI) throw fail('unexpected end of input in a string', pos - 1);
      if (c === sep) {
        read();
        return out;
      }
      if (c === '\\') {
        read();
        switch (c as string) {
          case 't': out += '\t'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 'f': out += '\f'; break;
          case 'b': out += '\b'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case "'": out += "'"; break;
          case '"': out += '"'; break;
          case 'u': out += hex(4); break;
          case 'x': out += hex(2); break;
          default: break; // json-smart drops an unknown escape, backslash and all
        }
        continue;
      }
      const n = c.charCodeAt(0);
      if (n < 0x20 || n === 0x7f) continue; // IGNORE_CONTROL_CHAR (U+001A already ended the input)
      out += c;
    }
  };
  const hex = (digits: number): string => {
    let value = 0;
    for (let i = 0; i < digits; i++) {
      read();
      const d = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c >= 'A' && c <= 'F' ? c.charCodeAt(0) - 55 : c >= 'a' && c <= 'f' ? c.charCodeAt(0) - 87 : -1;
      if (c === EOI) throw fail('unexpected end of input in an escape');
      if (d < 0) throw fail(`'${c}' in a unicode escape`);
      value = value * 16 + d;
    }
    return String.fromCharCode(value);
  };
  /** readNumber: digits, a fraction, an exponent; more text on the token makes it a string. */
  const readNumber = (stop: Stop): JValue => {
    const start = pos;
    const asStringIfMore = (): string | undefined => {
      skipSpace();
      if (c !== EOI && c.charCodeAt(0) < 126 && !stops(c, stop)) {
        while (!stops(c, stop)) read();
        return trimmed(start, pos);
      }
      return undefined;
    };
    read();
    skipDigits();
    if (c !== '.' && c !== 'E' && c !== 'e') {
      const s = asStringIfMore();
      return s !== undefined ? s : integer(trimmed(start, pos));
    }
    if (c === '.') {
      read();
      skipDigits();
    }
    if (c !== 'E' && c !== 'e') {
      const s = asStringIfMore();
      return s !== undefined ? s : decimal(trimmed(start, pos));
    }
    read();
    if ((c as string) === '+' || (c as string) === '-' || (c >= '0' && c <= '9')) {
      read();
      skipDigits();
      const s = asStringIfMore();
      return s !== undefined ? s : decimal(trimmed(start, pos));
    }
    while (!stops(c, stop)) read();
    return trimmed(start, pos);
  };
  const integer = (s: string): JValue => {
    // JSONParserBase.parseNumber with USE_INTEGER_STORAGE: Integer, else Long, else BigInteger
    const digits = s.startsWith('-') ? s.slice(1) : s;
    if (digits === '') return 0;
    const big = BigInt(s);
    if (big >= -2147483648n && big <= 2147483647n) return Number(big);
    if (big >= -9223372036854775808n && big <= 9223372036854775807n) return Number.isSafeInteger(Number(big)) ? Number(big) : big;
    return big;
  };
  const decimal = (s: string): JValue => {
    // extractFloat with USE_HI_PRECISION_FLOAT and BIG_DIGIT_UNRESTRICTED: Double, or BigDecimal past 18 characters
    if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) throw fail(`'${s}' is not a number`);
    return s.length > 18 ? new JDouble(Number(s), bigDecimalString(s)) : new JDouble(Number(s));
  };
  /** A word that may be a literal: readNQString then compare the whole token. */
  const word = (stop: Stop): JValue => {
    const w = unquoted(stop);
    if (w === 'null') return null;
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'NaN') return new JDouble(NaN);
    return w;
  };

  const stack: Frame[] = [];
  let result: JValue = null;
  let done = false;
  /** Puts a finished value into its container (or makes it the result). */
  const deliver = (v: JValue) => {
    charge(1);
    const top = stack[stack.length - 1];
    if (!top) {
      result = v;
      done = true;
      return;
    }
    if (top.kind === 'array') {
      top.list.items.push(v);
      top.needData = false;
      return;
    }
    top.map.set(top.key as string, v);
    top.key = undefined;
    // after a value: spaces, then '}' closes, ',' asks for another entry
    skipSpace();
    if (c === '}') {
      read();
      stack.pop();
      deliver(top.map);
      return;
    }
    if (c === EOI) throw fail('unexpected end of input in an object', pos - 1);
    if (c !== ',') throw fail(`unexpected '${c}' after an object value`, pos - 1);
    top.acceptData = top.needData = true;
  };
  const open = (kind: 'object' | 'array') => {
    if (stack.length + 1 > MAX_DEPTH) throw fail('JSON nested deeper than 400 levels');
    if (kind === 'object') stack.push({ kind, map: new JMap(), key: undefined, acceptData: true, needData: false });
    else {
      stack.push({ kind, list: new JList([], true), needData: false });
      read();
    }
  };
  /** readMain / readFirst: one value starting at the current character. */
  const value = (stop: Stop): void => {
    for (;;) {
      switch (c as string) {
        case ' ':
        case '\r':
        case '\n':
        case '\t':
          read();
          continue;
        case ':':
        case '}':
        case ']':
          throw fail(`unexpected '${c}'`);
        case '{':
          open('object');
          return;
        case '[':
          open('array');
          return;
        case '"':
        case "'":
          deliver(readString());
          return;
        case 'n':
        case 't':
        case 'f':
        case 'N':
          deliver(word(stop));
          return;
        case EOI:
          if (stop === 'top') {
            deliver(unquoted(stop));
            return;
          }
          throw fail('unexpected end of input', pos - 1);
        default:
          if ((c >= '0' && c <= '9') || c === '-') deliver(readNumber(stop));
          else deliver(unquoted(stop));
          return;
      }
    }
  };

  read();
  value('top');
  while (!done) {
    const top = stack[stack.length - 1];
    if (top.kind === 'array') {
      switch (c as string) {
        case ' ':
        case '\r':
        case '\n':
        case '\t':
          read();
          continue;
        case ']':
          read();
          stack.pop();
          deliver(top.list);
          continue;
        case ':':
        case '}':
          throw fail(`unexpected '${c}' in an array`);
        case ',':
          read();
          top.needData = true;
          continue;
        case EOI:
          throw fail('unexpected end of input in an array', pos - 1);
        default:
          value('array');
          continue;
      }
    }
    // an object: read the next key (or '}' / ',')
    read();
    switch (c as string) {
      case ' ':
      case '\r':
      case '\t':
      case '\n':
        continue;
      case ':':
      case ']':
      case '[':
      case '{':
        throw fail(`unexpected '${c}' in an object`);
      case '}':
        read();
        stack.pop();
        deliver(top.map);
        continue;
      case ',':
        top.acceptData = top.needData = true;
        continue;
      default: {
        const key = c === '"' || c === "'" ? readString() : unquoted('key');
        if (!top.acceptData) throw fail(`unexpected key '${key}'`);
        skipSpace();
        if (c !== ':') throw fail(c === EOI ? 'unexpected end of input after a key' : `expected ':' after key '${key}'`, pos - 1);
        read();
        if ((c as string) === EOI) throw fail('unexpected end of input after a key', pos - 1);
        top.key = key;
        value('value');
      }
    }
  }
  return result;
}

/** java.math.BigDecimal's toString() of a decimal literal: plain unless the exponent is large. */
function bigDecimalString(s: string): string {
  const m = /^(-?)(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m) return s;
  const [, sign, intPart, frac, expText] = m;
  if (expText === undefined) return s;
  // unscaled value and scale, as BigDecimal(String) keeps them
  let unscaled = (intPart + frac).replace(/^0+(?=\d)/, '');
  const scale = frac.length - Number(expText);
  if (unscaled === '') unscaled = '0';
  const adjusted = -scale + (unscaled.length - 1);
  if (scale >= 0 && adjusted >= -6) {
    if (scale === 0) return sign + unscaled;
    const padded = unscaled.padStart(scale + 1, '0');
    return `${sign}${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  }
  const mantissa = unscaled.length > 1 ? `${unscaled[0]}.${unscaled.slice(1)}` : unscaled;
  return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

/** A number as json-smart stores it: Integer/Long/BigInteger, or Double (BigDecimal past 18 characters). */
export function number(text: string, integral: boolean): JValue {
  if (integral) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
    return BigInt(text);
  }
  if (text.length > 18) return new JDouble(Number(text), text);
  return new JDouble(Number(text));
}
