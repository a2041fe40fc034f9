// A strict JSON reader producing template values the way Jayway JsonPath + json-smart does for API Gateway:
// objects become ordered maps, arrays JSON arrays, integers Integer/Long/BigInteger, decimals Double
// (BigDecimal past 18 characters, as json-smart's high-precision mode does).
import { JDouble, JList, JMap, JValue } from './values';

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_DEPTH = 512;

export function parseJson(text: string): JValue {
  let p = 0;
  const fail = (msg: string): never => {
    throw new JsonSyntaxError(`${msg} at position ${p}`, p);
  };
  const ws = () => {
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) p++;
      else break;
    }
  };
  const value = (depth: number): JValue => {
    if (depth > MAX_DEPTH) fail('JSON nested too deeply');
    ws();
    const ch = text[p];
    if (ch === '{') {
      p++;
      const map = new JMap();
      ws();
      if (text[p] === '}') {
        p++;
        return map;
      }
      for (;;) {
        ws();
        if (text[p] !== '"') fail('expected a string key');
        const key = string();
        ws();
        if (text[p] !== ':') fail("expected ':'");
        p++;
        map.set(key, value(depth + 1));
        ws();
        if (text[p] === ',') {
          p++;
          continue;
        }
        if (text[p] === '}') {
          p++;
          return map;
        }
        fail("expected ',' or '}'");
      }
    }
    if (ch === '[') {
      p++;
      const items: JValue[] = [];
      ws();
      if (text[p] === ']') {
        p++;
        return new JList(items, true);
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[p] === ',') {
          p++;
          continue;
        }
        if (text[p] === ']') {
          p++;
          return new JList(items, true);
        }
        fail("expected ',' or ']'");
      }
    }
    if (ch === '"') return string();
    if (text.startsWith('true', p)) {
      p += 4;
      return true;
    }
    if (text.startsWith('false', p)) {
      p += 5;
      return false;
    }
    if (text.startsWith('null', p)) {
      p += 4;
      return null;
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(p, p + 400));
    if (!m || m[0] === '' || m[0] === '-') return fail('unexpected character');
    p += m[0].length;
    return number(m[0], !m[2] && !m[3]);
  };
  const string = (): string => {
    p++; // opening quote
    let out = '';
    for (;;) {
      if (p >= text.length) fail('unterminated string');
      const c = text[p++];
      if (c === '"') return out;
      if (c === '\\') {
        const e = text[p++];
        if (e === 'u') {
          const hex = text.slice(p, p + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          p += 4;
        } else if (e in ESCAPES) out += ESCAPES[e];
        else fail('bad escape');
      } else if (c.charCodeAt(0) < 0x20) fail('control character in string');
      else out += c;
    }
  };
  const result = value(0);
  ws();
  if (p < text.length) fail('unexpected text after the JSON value');
  return result;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function number(text: string, integral: boolean): JValue {
  if (integral) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
    return BigInt(text);
  }
  if (text.length > 18) return new JDouble(Number(text), text);
  return new JDouble(Number(text));
}
