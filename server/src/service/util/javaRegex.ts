/**
 * Java regular expressions (API Gateway's selection patterns, `$str.matches(...)`) checked and run with
 * JavaScript's engine: the Java-only syntax that matters is rewritten; what cannot be rewritten is reported.
 * Java syntax: https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html
 */

const POSIX_CLASSES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: 'a-z',
  javaUpperCase: 'A-Z',
  javaWhitespace: '\\s',
  L: 'a-zA-Z\\u00C0-\\u024F',
  IsAlphabetic: 'a-zA-Z\\u00C0-\\u024F',
};

export interface JavaRegexResult {
  readonly regex?: RegExp;
  readonly error?: string;
}

/** Translate a Java pattern to an equivalent JavaScript RegExp (flags from `(?i)` etc. are honoured). */
export function compileJavaRegex(pattern: string): JavaRegexResult {
  let flags = '';
  let source = pattern;
  const leadingFlags = /^\(\?([imsux]+)\)/.exec(source);
  if (leadingFlags) {
    source = source.slice(leadingFlags[0].length);
    for (const f of leadingFlags[1]) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
  }
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return { error: 'The pattern ends with a lone backslash.' };
      if (next === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const literal = source.slice(i + 2, end < 0 ? source.length : end);
        out += literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        i = end < 0 ? source.length : end + 1;
        continue;
      }
      if (next === 'A') { out += '^'; i++; continue; }
      if (next === 'Z' || next === 'z') { out += '$'; i++; continue; }
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        if (close < 0) return { error: 'Unclosed \\p{...} character class.' };
        const name = source.slice(i + 3, close).replace(/^Is/, (m) => (POSIX_CLASSES['Is' + source.slice(i + 5, close)] ? m : ''));
        const range = POSIX_CLASSES[name] ?? POSIX_CLASSES[source.slice(i + 3, close)];
        if (!range) return { error: `Unknown character class \\p{${source.slice(i + 3, close)}}.` };
        out += next === 'p' ? `[${range}]` : `[^${range}]`;
        i = close;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    // Java has no literal `{`: outside a character class it must start a bounded quantifier `{n}`, `{n,}`, `{n,m}`.
    if (c === '{' && !inClass(source, i)) {
      const quantifier = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!quantifier) return { error: `Illegal repetition near index ${i}: escape a literal { as \\{` };
      if (quantifier[3] && Number(quantifier[3]) < Number(quantifier[1])) return { error: `Illegal repetition range near index ${i}` };
    }
    // Possessive quantifiers (`*+`, `++`, `?+`, `{n}+`) behave like greedy ones for matching purposes.
    if (c === '+' && i > 0 && /[*+?}]/.test(source[i - 1]) && source[i - 2] !== '\\') continue;
    if (c === '(' && source.startsWith('(?>', i)) { out += '(?:'; i += 2; continue; }
    out += c;
  }
  try {
    return { regex: new RegExp(out, flags) };
  } catch (error) {
    return { error: (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '') };
  }
}

/** Whether position `i` is inside a `[...]` character class (escapes honoured). */
function inClass(source: string, i: number): boolean {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === '[') depth++;
    else if (source[k] === ']' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Java's `String.matches` and API Gateway's selection patterns match the whole input. */
export function javaMatchesWhole(pattern: string, input: string): boolean | undefined {
  const { regex } = compileJavaRegex(pattern);
  if (!regex) return undefined;
  const anchored = new RegExp(`^(?:${regex.source})$`, regex.flags);
  return anchored.test(input);
}
