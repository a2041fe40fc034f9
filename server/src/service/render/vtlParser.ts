// A Velocity 1.7 parser for mapping templates, with an offset on every node so errors point into the template.
// (velocityjs's parser keeps only statement lines, nests unclosed blocks silently and lacks #stop/#{if}, so the
// renderer uses this one.) Whitespace follows Velocity 1.7: a directive's trailing `[ \t]*\n` is eaten, and so
// is the indentation before a #set that starts a line.

export interface Span {
  start: number;
  end: number;
}

export type Seg =
  | ({ k: 'prop'; name: string } & Span)
  | ({ k: 'call'; name: string; args: Expr[] } & Span)
  | ({ k: 'index'; index: Expr } & Span);

export interface Ref extends Span {
  k: 'ref';
  name: string;
  path: Seg[];
  quiet: boolean;
}

export type Expr =
  | Ref
  | ({ k: 'lit'; v: string | number | boolean | null; double?: boolean } & Span)
  | ({ k: 'str'; nodes: Node[] } & Span)
  | ({ k: 'list'; items: Expr[] } & Span)
  | ({ k: 'range'; from: Expr; to: Expr } & Span)
  | ({ k: 'map'; entries: [Expr, Expr][] } & Span)
  | ({ k: 'bin'; op: string; l: Expr; r: Expr } & Span)
  | ({ k: 'not'; e: Expr } & Span)
  | ({ k: 'neg'; e: Expr } & Span);

export type Node =
  | ({ k: 'text'; v: string } & Span)
  | ({ k: 'out'; ref: Ref; src: string; escapes: number } & Span)
  | ({ k: 'set'; target: Ref; value: Expr } & Span)
  | ({ k: 'if'; branches: { cond: Expr | null; body: Node[] }[] } & Span)
  | ({ k: 'foreach'; varName: string; iter: Expr; body: Node[] } & Span)
  | ({ k: 'break' } & Span)
  | ({ k: 'stop' } & Span)
  | ({ k: 'macro'; name: string; params: string[]; body: Node[] } & Span)
  | ({ k: 'define'; name: string; body: Node[] } & Span)
  | ({ k: 'call'; name: string; args: Expr[]; src: string } & Span);

export class VtlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly length = 1,
  ) {
    super(message);
  }
}

const ID_START = /[A-Za-z_]/;
const ID_PART = /[A-Za-z0-9_-]/;
const MAX_NESTING = 200;

type Terminator = 'end' | 'else' | 'elseif' | 'eof';

export function parseTemplate(src: string): Node[] {
  const p = new Parser(src, 0);
  const { nodes, term, termStart } = p.block(0);
  if (term !== 'eof') throw new VtlSyntaxError(`#${term} without a matching #if/#foreach/#macro/#define`, termStart, term.length + 1);
  return nodes;
}

class Parser {
  p: number;
  constructor(
    readonly s: string,
    start: number,
    readonly end = s.length,
  ) {
    this.p = start;
  }

  fail(msg: string, at = this.p, len = 1): never {
    throw new VtlSyntaxError(msg, Math.min(at, this.s.length), len);
  }

  /** Parses nodes until #end/#else/#elseif (returned as the terminator) or the end of input. */
  block(depth: number): { nodes: Node[]; term: Terminator; termStart: number; elseifCond?: Expr } {
    if (depth > MAX_NESTING) this.fail('blocks nested too deeply');
    const nodes: Node[] = [];
    let text = '';
    let textStart = this.p;
    const flush = () => {
      if (text) nodes.push({ k: 'text', v: text, start: textStart, end: this.p });
      text = '';
    };
    while (this.p < this.end) {
      const c = this.s[this.p];
      if (c === '\\') {
        let n = 0;
        while (this.s[this.p + n] === '\\') n++;
        const after = this.s[this.p + n];
        if (after === '$' || after === '#') {
          const save = this.p;
          this.p += n;
          if (after === '$') {
            const refStart = this.p;
            const ref = this.tryRef();
            if (ref) {
              flush();
              textStart = save;
              nodes.push({ k: 'out', ref, src: this.s.slice(refStart, this.p), escapes: n, start: save, end: this.p });
              textStart = this.p;
              continue;
            }
            text += '\\'.repeat(n);
            continue;
          }
          // escaped directive: \#if prints #if when the backslashes are odd
          if (n % 2 === 1 && ID_START.test(this.s[this.p + 1] ?? '')) {
            text += '\\'.repeat((n - 1) / 2) + '#';
            this.p++;
            while (ID_PART.test(this.s[this.p] ?? '')) text += this.s[this.p++];
            continue;
          }
          text += '\\'.repeat(n / 2 | 0);
          if (n % 2 === 1) text += '\\';
          continue;
        }
        text += '\\'.repeat(n);
        this.p += n;
        continue;
      }
      if (c === '$') {
        const start = this.p;
        const ref = this.tryRef();
        if (ref) {
          if (text) nodes.push({ k: 'text', v: text, start: textStart, end: start });
          text = '';
          nodes.push({ k: 'out', ref, src: this.s.slice(start, this.p), escapes: 0, start, end: this.p });
          textStart = this.p;
          continue;
        }
        text += '$';
        this.p++;
        continue;
      }
      if (c === '#') {
        const start = this.p;
        const nx = this.s[this.p + 1];
        if (nx === '#') {
          // line comment, newline included
          const nl = this.s.indexOf('\n', this.p);
          this.p = nl < 0 || nl >= this.end ? this.end : nl + 1;
          continue;
        }
        if (nx === '*') {
          const close = this.s.indexOf('*#', this.p + 2);
          if (close < 0 || close + 2 > this.end) this.fail('unterminated #* comment', start, 2);
          this.p = close + 2;
          continue;
        }
        if (nx === '[' && this.s[this.p + 2] === '[') {
          const close = this.s.indexOf(']]#', this.p + 3);
          if (close < 0 || close + 3 > this.end) this.fail('unterminated #[[ ]]# block', start, 3);
          text += this.s.slice(this.p + 3, close);
          this.p = close + 3;
          continue;
        }
        const d = this.directiveName();
        if (!d) {
          text += '#';
          this.p++;
          continue;
        }
        // text before a directive
        if (d.name === 'set') {
          // Velocity 1.7 eats the indentation before a #set that starts a line
          const m = /[ \t]+$/.exec(text);
          const lineStart = m ? start - m[0].length : -1;
          if (m && (lineStart === 0 || this.s[lineStart - 1] === '\n')) text = text.slice(0, text.length - m[0].length);
        }
        if (text) nodes.push({ k: 'text', v: text, start: textStart, end: start });
        text = '';
        const r = this.directive(d.name, d.braced, start, depth);
        if (r === null) continue;
        if (r === 'text') {
          text += this.s.slice(start, this.p);
          textStart = start;
          continue;
        }
        if (typeof r === 'object' && 'term' in r) return { nodes, ...r };
        if (r) nodes.push(r);
        textStart = this.p;
        continue;
      }
      text += c;
      this.p++;
    }
    if (text) nodes.push({ k: 'text', v: text, start: textStart, end: this.p });
    return { nodes, term: 'eof', termStart: this.p };
  }

  private directiveName(): { name: string; braced: boolean } | null {
    let q = this.p + 1;
    const braced = this.s[q] === '{';
    if (braced) q++;
    if (!ID_START.test(this.s[q] ?? '')) return null;
    let name = '';
    while (q < this.end && /[A-Za-z0-9_]/.test(this.s[q])) name += this.s[q++];
    if (braced) {
      if (this.s[q] !== '}') return null;
    }
    return { name, braced };
  }

  /** After a directive: eat `[ \t]*\n` (Velocity 1.7 gobbles the rest of a directive's line). */
  private gobble(): void {
    let q = this.p;
    while (this.s[q] === ' ' || this.s[q] === '\t') q++;
    if (this.s[q] === '\n') this.p = q + 1;
    else if (this.s[q] === '\r' && this.s[q + 1] === '\n') this.p = q + 2;
  }

  private directive(
    name: string,
    braced: boolean,
    start: number,
    depth: number,
  ): Node | null | 'text' | { term: Terminator; termStart: number; elseifCond?: Expr } {
    this.p = start + 1 + (braced ? name.length + 2 : name.length);
    switch (name) {
      case 'end':
      case 'else': {
        this.gobble();
        return { term: name, termStart: start };
      }
      case 'elseif': {
        const cond = this.parenExpr(start, 'elseif');
        this.gobble();
        return { term: 'elseif', termStart: start, elseifCond: cond };
      }
      case 'break':
      case 'stop': {
        this.gobble();
        return { k: name, start, end: this.p };
      }
      case 'set': {
        this.openParen(start, 'set');
        this.ws();
        if (this.s[this.p] !== '$') this.fail('#set needs a reference on the left, e.g. #set($x = 1)');
        const target = this.tryRef(true);
        if (!target) this.fail('#set needs a reference on the left, e.g. #set($x = 1)');
        this.ws();
        if (this.s[this.p] !== '=') this.fail("expected '=' in #set");
        this.p++;
        const value = this.expr();
        this.closeParen('set');
        const end = this.p;
        this.gobble();
        return { k: 'set', target, value, start, end };
      }
      case 'if': {
        const branches: { cond: Expr | null; body: Node[] }[] = [];
        let cond: Expr | null = this.parenExpr(start, 'if');
        this.gobble();
        for (;;) {
          const r = this.block(depth + 1);
          branches.push({ cond, body: r.nodes });
          if (r.term === 'end') break;
          if (r.term === 'eof') this.fail('#if is missing its #end', start, 3);
          if (r.term === 'else') {
            const r2 = this.block(depth + 1);
            branches.push({ cond: null, body: r2.nodes });
            if (r2.term !== 'end') this.fail(r2.term === 'eof' ? '#if is missing its #end' : `#${r2.term} after #else`, r2.term === 'eof' ? start : r2.termStart, 3);
            break;
          }
          cond = r.elseifCond ?? null;
        }
        return { k: 'if', branches, start, end: this.p };
      }
      case 'foreach': {
        this.openParen(start, 'foreach');
        this.ws();
        if (this.s[this.p] !== '$') this.fail('#foreach needs a loop variable, e.g. #foreach($item in $list)');
        this.p++;
        if (this.s[this.p] === '{') this.p++;
        const varName = this.ident();
        if (this.s[this.p] === '}') this.p++;
        this.ws();
        if (!this.s.startsWith('in', this.p) || ID_PART.test(this.s[this.p + 2] ?? '')) this.fail("expected 'in' in #foreach");
        this.p += 2;
        const iter = this.expr();
        this.closeParen('foreach');
        this.gobble();
        const r = this.block(depth + 1);
        if (r.term !== 'end') this.fail(r.term === 'eof' ? '#foreach is missing its #end' : `#${r.term} inside #foreach without #if`, r.term === 'eof' ? start : r.termStart, 8);
        return { k: 'foreach', varName, iter, body: r.nodes, start, end: this.p };
      }
      case 'macro': {
        this.openParen(start, 'macro');
        this.ws();
        const mname = this.ident();
        const params: string[] = [];
        for (;;) {
          this.ws();
          if (this.s[this.p] === ',') {
            this.p++;
            continue;
          }
          if (this.s[this.p] === ')') break;
          if (this.s[this.p] !== '$') this.fail('expected a $parameter in #macro');
          this.p++;
          params.push(this.ident());
        }
        this.p++;
        this.gobble();
        const r = this.block(depth + 1);
        if (r.term !== 'end') this.fail('#macro is missing its #end', start, 6);
        return { k: 'macro', name: mname, params, body: r.nodes, start, end: this.p };
      }
      case 'define': {
        this.openParen(start, 'define');
        this.ws();
        if (this.s[this.p] !== '$') this.fail('#define needs a reference, e.g. #define($block)');
        this.p++;
        const dname = this.ident();
        this.closeParen('define');
        this.gobble();
        const r = this.block(depth + 1);
        if (r.term !== 'end') this.fail('#define is missing its #end', start, 7);
        return { k: 'define', name: dname, body: r.nodes, start, end: this.p };
      }
      default: {
        // #evaluate, #parse, #include or a macro call: #name( args ). Without parentheses it is plain text.
        const save = this.p;
        this.wsNoNewline();
        if (this.s[this.p] !== '(') {
          this.p = save;
          return 'text';
        }
        this.p++;
        const args: Expr[] = [];
        for (;;) {
          this.ws();
          if (this.s[this.p] === ')') break;
          if (this.s[this.p] === ',') {
            this.p++;
            continue;
          }
          if (this.p >= this.end) this.fail(`#${name}( is missing ')'`, start, name.length + 1);
          args.push(this.expr(true));
        }
        this.p++;
        const end = this.p;
        this.gobble();
        return { k: 'call', name, args, src: this.s.slice(start, end), start, end };
      }
    }
  }

  private openParen(start: number, what: string): void {
    this.ws();
    if (this.s[this.p] !== '(') this.fail(`expected '(' after #${what}`, start, what.length + 1);
    this.p++;
  }

  private closeParen(what: string): void {
    this.ws();
    if (this.s[this.p] !== ')') this.fail(`expected ')' to close #${what}(`);
    this.p++;
  }

  private parenExpr(start: number, what: string): Expr {
    this.openParen(start, what);
    const e = this.expr();
    this.closeParen(what);
    return e;
  }

  private ws(): void {
    while (this.p < this.end && /[ \t\r\n]/.test(this.s[this.p])) this.p++;
  }

  private wsNoNewline(): void {
    while (this.s[this.p] === ' ' || this.s[this.p] === '\t') this.p++;
  }

  private ident(): string {
    if (!ID_START.test(this.s[this.p] ?? '')) this.fail('expected an identifier');
    const start = this.p;
    while (this.p < this.end && ID_PART.test(this.s[this.p])) this.p++;
    return this.s.slice(start, this.p);
  }

  /** `$name`, `$!name`, `${name}`, `$!{name}` with .prop, .method(args) and [index]; null when not a reference. */
  tryRef(inDirective = false): Ref | null {
    const start = this.p;
    let q = this.p + 1;
    let quiet = false;
    if (this.s[q] === '!') {
      quiet = true;
      q++;
    }
    const braced = this.s[q] === '{';
    if (braced) q++;
    if (!ID_START.test(this.s[q] ?? '')) return null;
    this.p = q;
    const name = this.ident();
    const path: Seg[] = [];
    for (;;) {
      const c = this.s[this.p];
      if (c === '.' && ID_START.test(this.s[this.p + 1] ?? '')) {
        const segStart = this.p;
        this.p++;
        const id = this.ident();
        if (this.s[this.p] === '(') {
          const save = this.p;
          try {
            const args = this.args();
            path.push({ k: 'call', name: id, args, start: segStart, end: this.p });
          } catch (e) {
            if (inDirective || braced) throw e;
            this.p = save;
            path.push({ k: 'prop', name: id, start: segStart, end: this.p });
            break;
          }
        } else path.push({ k: 'prop', name: id, start: segStart, end: this.p });
        continue;
      }
      if (c === '[') {
        const save = this.p;
        try {
          this.p++;
          const index = this.expr();
          this.ws();
          if (this.s[this.p] !== ']') this.fail("expected ']'");
          this.p++;
          path.push({ k: 'index', index, start: save, end: this.p });
          continue;
        } catch (e) {
          if (inDirective) throw e;
          this.p = save;
          break;
        }
      }
      break;
    }
    if (braced) {
      if (this.s[this.p] !== '}') {
        if (inDirective) this.fail("expected '}'");
        this.p = start;
        return null;
      }
      this.p++;
    }
    return { k: 'ref', name, path, quiet, start, end: this.p };
  }

  private args(): Expr[] {
    this.p++; // (
    const args: Expr[] = [];
    this.ws();
    if (this.s[this.p] === ')') {
      this.p++;
      return args;
    }
    for (;;) {
      args.push(this.expr());
      this.ws();
      if (this.s[this.p] === ',') {
        this.p++;
        continue;
      }
      if (this.s[this.p] === ')') {
        this.p++;
        return args;
      }
      this.fail("expected ',' or ')' in the argument list");
    }
  }

  // ---- expressions: || && (== !=) (< > <= >=) (+ -) (* / %) unary primary
  expr(noSpaceSplit = false): Expr {
    void noSpaceSplit;
    return this.or();
  }

  private word(...words: string[]): string | null {
    this.ws();
    for (const w of words) {
      if (/^[a-z]/.test(w)) {
        if (this.s.startsWith(w, this.p) && !ID_PART.test(this.s[this.p + w.length] ?? '')) {
          this.p += w.length;
          return w;
        }
      } else if (this.s.startsWith(w, this.p)) {
        this.p += w.length;
        return w;
      }
    }
    return null;
  }

  private or(): Expr {
    let l = this.and();
    for (;;) {
      const op = this.word('||', 'or');
      if (!op) return l;
      const r = this.and();
      l = { k: 'bin', op: '||', l, r, start: l.start, end: r.end };
    }
  }

  private and(): Expr {
    let l = this.eq();
    for (;;) {
      const op = this.word('&&', 'and');
      if (!op) return l;
      const r = this.eq();
      l = { k: 'bin', op: '&&', l, r, start: l.start, end: r.end };
    }
  }

  private eq(): Expr {
    let l = this.rel();
    for (;;) {
      const op = this.word('==', '!=', 'eq', 'ne');
      if (!op) return l;
      const r = this.rel();
      l = { k: 'bin', op: op === 'eq' ? '==' : op === 'ne' ? '!=' : op, l, r, start: l.start, end: r.end };
    }
  }

  private rel(): Expr {
    let l = this.add();
    for (;;) {
      const op = this.word('<=', '>=', '<', '>', 'le', 'ge', 'lt', 'gt');
      if (!op) return l;
      const map: Record<string, string> = { le: '<=', ge: '>=', lt: '<', gt: '>' };
      const r = this.add();
      l = { k: 'bin', op: map[op] ?? op, l, r, start: l.start, end: r.end };
    }
  }

  private add(): Expr {
    let l = this.mul();
    for (;;) {
      this.ws();
      const c = this.s[this.p];
      if (c !== '+' && c !== '-') return l;
      this.p++;
      const r = this.mul();
      l = { k: 'bin', op: c, l, r, start: l.start, end: r.end };
    }
  }

  private mul(): Expr {
    let l = this.unary();
    for (;;) {
      this.ws();
      const c = this.s[this.p];
      if (c !== '*' && c !== '/' && c !== '%') return l;
      this.p++;
      const r = this.unary();
      l = { k: 'bin', op: c, l, r, start: l.start, end: r.end };
    }
  }

  private unary(): Expr {
    this.ws();
    const start = this.p;
    if (this.s[this.p] === '!' && this.s[this.p + 1] !== '=') {
      this.p++;
      const e = this.unary();
      return { k: 'not', e, start, end: e.end };
    }
    if (this.word('not')) {
      const e = this.unary();
      return { k: 'not', e, start, end: e.end };
    }
    if (this.s[this.p] === '-' && !/\d/.test(this.s[this.p + 1] ?? '')) {
      this.p++;
      const e = this.unary();
      return { k: 'neg', e, start, end: e.end };
    }
    return this.primary();
  }

  private primary(): Expr {
    this.ws();
    const start = this.p;
    const c = this.s[this.p];
    if (c === undefined || this.p >= this.end) this.fail('unexpected end of template in an expression');
    if (c === '(') {
      this.p++;
      const e = this.or();
      this.ws();
      if (this.s[this.p] !== ')') this.fail("expected ')'");
      this.p++;
      return e;
    }
    if (c === '$') {
      const r = this.tryRef(true);
      if (!r) this.fail('expected a reference after $');
      return r;
    }
    if (c === '"' || c === "'") return this.string();
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.p, this.p + 64));
    if (num) {
      this.p += num[0].length;
      const isDouble = !!(num[1] || num[2]);
      return { k: 'lit', v: Number(num[0]), double: isDouble, start, end: this.p };
    }
    for (const [w, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.s.startsWith(w, this.p) && !ID_PART.test(this.s[this.p + w.length] ?? '')) {
        this.p += w.length;
        return { k: 'lit', v, start, end: this.p };
      }
    }
    if (c === '[') {
      this.p++;
      this.ws();
      if (this.s[this.p] === ']') {
        this.p++;
        return { k: 'list', items: [], start, end: this.p };
      }
      const first = this.or();
      this.ws();
      if (this.s.startsWith('..', this.p)) {
        this.p += 2;
        const to = this.or();
        this.ws();
        if (this.s[this.p] !== ']') this.fail("expected ']' to close the range");
        this.p++;
        return { k: 'range', from: first, to, start, end: this.p };
      }
      const items = [first];
      for (;;) {
        this.ws();
        if (this.s[this.p] === ',') {
          this.p++;
          items.push(this.or());
          continue;
        }
        if (this.s[this.p] === ']') {
          this.p++;
          return { k: 'list', items, start, end: this.p };
        }
        this.fail("expected ',' or ']' in the list");
      }
    }
    if (c === '{') {
      this.p++;
      const entries: [Expr, Expr][] = [];
      this.ws();
      if (this.s[this.p] === '}') {
        this.p++;
        return { k: 'map', entries, start, end: this.p };
      }
      for (;;) {
        const key = this.or();
        this.ws();
        if (this.s[this.p] !== ':') this.fail("expected ':' in the map");
        this.p++;
        const value = this.or();
        entries.push([key, value]);
        this.ws();
        if (this.s[this.p] === ',') {
          this.p++;
          continue;
        }
        if (this.s[this.p] === '}') {
          this.p++;
          return { k: 'map', entries, start, end: this.p };
        }
        this.fail("expected ',' or '}' in the map");
      }
    }
    this.fail(`unexpected '${c}' in an expression`);
  }

  /** "interpolated $x" or 'literal'. Velocity 1.7 keeps backslashes as written; "" and '' stand for one quote. */
  private string(): Expr {
    const start = this.p;
    const q = this.s[this.p++];
    let raw = '';
    let rawStart = this.p;
    for (;;) {
      if (this.p >= this.end) this.fail('unterminated string literal', start);
      const c = this.s[this.p];
      if (c === '\\' && q === '"' && this.p + 1 < this.end) {
        raw += c + this.s[this.p + 1];
        this.p += 2;
        continue;
      }
      if (c === q) {
        if (this.s[this.p + 1] === q) {
          raw += q;
          this.p += 2;
          continue;
        }
        break;
      }
      raw += c;
      this.p++;
    }
    this.p++;
    if (q === "'" || (!raw.includes('$') && !raw.includes('#'))) return { k: 'lit', v: raw, start, end: this.p };
    // parse the content as a template; offsets inside map back to the string only when no "" was collapsed
    const inner = new Parser(raw, 0);
    let nodes: Node[];
    try {
      const r = inner.block(1);
      if (r.term !== 'eof') throw new VtlSyntaxError(`#${r.term} inside a string`, r.termStart);
      nodes = r.nodes;
    } catch (e) {
      if (e instanceof VtlSyntaxError) throw new VtlSyntaxError(e.message, rawStart + e.offset, e.length);
      throw e;
    }
    shift(nodes, rawStart);
    rawStart = 0;
    return { k: 'str', nodes, start, end: this.p };
  }
}

/** Moves node offsets of a parsed string literal into template coordinates. */
function shift(nodes: Node[], by: number): void {
  const seen = new Set<object>();
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    const o = x as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      o.start = (o.start as number) + by;
      o.end = (o.end as number) + by;
    }
    for (const v of Object.values(o)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') visit(v);
    }
  };
  nodes.forEach(visit);
}
