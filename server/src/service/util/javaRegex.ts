// java.util.regex patterns run on JavaScript's engine. Templates come from any repository, and a JavaScript
// regex cannot be interrupted, so patterns that can backtrack catastrophically (a quantified group that itself
// contains a quantifier or an alternation, e.g. `(a+)+`, `(a|aa)*`) are refused before they run.

export class RegexError extends Error {
  constructor(
    message: string,
    readonly security = false,
  ) {
    super(message);
  }
}

const cache = new Map<string, RegExp>();

/** Translates a Java pattern; `anchored` wraps it for String.matches / selectionPattern (whole-input match). */
export function compileJavaRegex(src: string, extraFlags = '', anchored = false, global = false): RegExp {
  const key = `${anchored ? 'A' : ''}${global ? 'g' : ''}${extraFlags}\u0000${src}`;
  const hit = cache.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  let flags = extraFlags;
  let body = src;
  // Leading inline flags (?i) (?s) (?m) (?x)...
  const lead = /^\(\?([imsxu]+)\)/.exec(body);
  if (lead) {
    body = body.slice(lead[0].length);
    for (const f of lead[1]) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
    if (lead[1].includes('x')) body = body.replace(/\\#/g, '\u0000').replace(/#.*$/gm, '').replace(/\s+/g, '').replace(/\u0000/g, '\\#');
  }
  const translated = translate(body);
  checkBacktracking(translated);
  let re: RegExp;
  try {
    re = new RegExp(anchored ? `^(?:${translated})$` : translated, `${flags}${global ? 'g' : ''}`);
    // V8 compiles on first use, and only then says "Regular expression too large": compile it here.
    re.test('');
    re.lastIndex = 0;
  } catch (e) {
    const reason = (e as Error).message.replace(/^Invalid regular expression: /, '');
    throw new RegexError(`invalid regular expression '${src.length > 200 ? `${src.slice(0, 200)}…` : src}': ${reason.length > 200 ? reason.slice(reason.lastIndexOf(': ') + 2) : reason}`);
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

const POSIX: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F', XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r', javaLowerCase: 'a-z', javaUpperCase: 'A-Z', IsAlphabetic: 'a-zA-Z', IsDigit: '0-9',
};

function translate(src: string): string {
  let out = '';
  let inClass = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) throw new RegexError(`invalid regular expression '${src}': trailing backslash`);
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const lit = src.slice(i + 2, end < 0 ? src.length : end);
        out += lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? src.length : end + 1;
        continue;
      }
      if (n === 'A') { out += '^'; i++; continue; }
      if (n === 'Z' || n === 'z') { out += '$'; i++; continue; }
      if (n === 'h') { out += '[ \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]'; i++; continue; }
      if ((n === 'p' || n === 'P') && src[i + 2] === '{') {
        const end = src.indexOf('}', i + 3);
        const name = src.slice(i + 3, end).replace(/^Is/, (m) => (POSIX[src.slice(i + 3, end)] ? m : ''));
        const cls = POSIX[src.slice(i + 3, end)] ?? POSIX[name];
        if (cls && end > 0) {
          out += n === 'p' ? (inClass ? cls : `[${cls}]`) : inClass ? '' : `[^${cls}]`;
          i = end;
          continue;
        }
      }
      out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[') { inClass++; out += '\\['; continue; }
      if (c === ']') { inClass--; out += ']'; continue; }
      if (c === '&' && src[i + 1] === '&') throw new RegexError(`character class intersection (&&) in '${src}' is not supported`);
      if (c === '/') { out += '\\/'; continue; }
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = 1;
      out += c;
      if (src[i + 1] === '^') { out += '^'; i++; }
      if (src[i + 1] === ']') { out += '\\]'; i++; }
      continue;
    }
    if ((c === '+' || c === '*' || c === '?' || c === '}') && src[i + 1] === '+') {
      // possessive quantifier: JavaScript has none; the greedy form matches the same strings in practice
      out += c;
      i++;
      continue;
    }
    // Java has no literal `{`: outside a class it must start a bounded quantifier ({n}, {n,}, {n,m}).
    if (c === '{' && !/^\{\d+(,\d*)?\}/.test(src.slice(i))) {
      throw new RegexError(`invalid regular expression '${src}': illegal repetition near index ${i} (escape a literal { as \\{)`);
    }
    if (c === '(' && src[i + 1] === '?' && src[i + 2] === '>') {
      out += '(?:';
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

/** Refuses quantified groups that contain a quantifier or an alternation (exponential backtracking). */
function checkBacktracking(re: string): void {
  type Frame = { hasQuant: boolean; hasAlt: boolean };
  const stack: Frame[] = [{ hasQuant: false, hasAlt: false }];
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') { i++; if (!inClass) markAtomQuant(); continue; }
    if (inClass) { if (c === ']') { inClass = false; markAtomQuant(); } continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') {
      stack.push({ hasQuant: false, hasAlt: false });
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z][A-Za-z0-9]*>)/.exec(re.slice(i));
      if (m) i += m[0].length - 1;
      continue;
    }
    if (c === '|') { stack[stack.length - 1].hasAlt = true; continue; }
    if (c === ')') {
      const inner = stack.pop() ?? { hasQuant: false, hasAlt: false };
      const q = quantAt(re, i + 1);
      if (q.unbounded && (inner.hasQuant || inner.hasAlt)) {
        throw new RegexError(
          `regular expression refused: a repeated group containing ${inner.hasQuant ? 'a quantifier' : 'an alternation'} can backtrack exponentially (e.g. '(a+)+'), which would hang the renderer`,
          true,
        );
      }
      const top = stack[stack.length - 1];
      if (top) top.hasQuant = top.hasQuant || inner.hasQuant || q.any;
      continue;
    }
    markAtomQuant();
    function markAtomQuant() {
      const q = quantAt(re, i + 1);
      if (q.any) stack[stack.length - 1].hasQuant = true;
    }
  }
}

function quantAt(re: string, i: number): { any: boolean; unbounded: boolean } {
  const c = re[i];
  if (c === '*' || c === '+') return { any: true, unbounded: true };
  if (c === '?') return { any: true, unbounded: false };
  if (c === '{') {
    const m = /^\{(\d*)(,(\d*))?\}/.exec(re.slice(i));
    if (m) {
      const max = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : Number(m[1]);
      return { any: true, unbounded: max > 10 };
    }
  }
  return { any: false, unbounded: false };
}

/**
 * The syntax error Java would raise for this pattern, or undefined when it compiles. Patterns the renderer
 * refuses only for safety (catastrophic backtracking) are valid Java, so they are not errors here.
 */
export function javaRegexError(pattern: string): string | undefined {
  try {
    compileJavaRegex(pattern);
    return undefined;
  } catch (error) {
    if (error instanceof RegexError && error.security) return undefined;
    return (error as Error).message.replace(/^invalid regular expression '.*?': /s, '');
  }
}

/** Java's Matcher.appendReplacement syntax ($1, ${name}, \$, \\) turned into a replacer function. */
export function javaReplacer(repl: string): (match: string, groups: (string | undefined)[], named: Record<string, string | undefined> | undefined) => string {
  type Part = string | { g: number } | { name: string };
  const parts: Part[] = [];
  let lit = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '\\') {
      i++;
      if (i >= repl.length) throw new RegexError('character to be escaped is missing in the replacement');
      lit += repl[i];
    } else if (c === '$') {
      if (lit) {
        parts.push(lit);
        lit = '';
      }
      if (repl[i + 1] === '{') {
        const end = repl.indexOf('}', i + 2);
        if (end < 0) throw new RegexError("named capturing group is missing trailing '}'");
        parts.push({ name: repl.slice(i + 2, end) });
        i = end;
      } else {
        const m = /^\d+/.exec(repl.slice(i + 1));
        if (!m) throw new RegexError(`Illegal group reference in replacement '${repl}'`);
        parts.push({ g: Number(m[0]) });
        i += m[0].length;
      }
    } else lit += c;
  }
  if (lit) parts.push(lit);
  return (match, groups, named) =>
    parts
      .map((p) => {
        if (typeof p === 'string') return p;
        if ('g' in p) {
          if (p.g === 0) return match;
          if (p.g > groups.length) throw new RegexError(`No group ${p.g}`);
          return groups[p.g - 1] ?? '';
        }
        if (!named || !(p.name in named)) throw new RegexError(`No group with name {${p.name}}`);
        return named[p.name] ?? '';
      })
      .join('');
}

export function javaReplaceAll(s: string, regex: string, repl: string, firstOnly = false): string {
  const re = compileJavaRegex(regex, '', false, true);
  const fn = javaReplacer(repl);
  let count = 0;
  return s.replace(re, (...args: unknown[]) => {
    if (firstOnly && count++ > 0) return args[0] as string;
    const hasNamed = typeof args[args.length - 1] === 'object';
    const named = hasNamed ? (args[args.length - 1] as Record<string, string | undefined>) : undefined;
    const groups = args.slice(1, hasNamed ? -3 : -2) as (string | undefined)[];
    return fn(args[0] as string, groups, named);
  });
}

/** String.split(regex, limit) with Java's rules: no captured groups in the result, trailing empties removed. */
export function javaSplit(s: string, regex: string, limit = 0): string[] {
  if (s === '') return [''];
  const re = compileJavaRegex(regex, '', false, true);
  const out: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (limit > 0 && out.length === limit - 1) break;
    const end = m.index + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex++;
      if (m.index === 0 || m.index >= s.length) continue;
    }
    if (m.index === 0 && m[0].length > 0 && last === 0) {
      out.push('');
      last = end;
      continue;
    }
    out.push(s.slice(last, m.index));
    last = end;
  }
  out.push(s.slice(last));
  if (limit === 0) while (out.length > 1 && out[out.length - 1] === '') out.pop();
  if (limit === 0 && out.length === 1 && out[0] === '' && s !== '') return [];
  return out;
}
