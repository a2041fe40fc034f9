/**
 * The project's one Velocity 1.7 parser. Tolerant, for the editor: it never throws, keeps going after errors (like
 * vscode-css-languageservice's parser: record the error, resynchronise, continue) and reports syntax errors with
 * exact template ranges. Complete, for the renderer: the tree holds everything `../render/interpreter.ts` runs,
 * including what Velocity prints for each text (`TextNode.output`).
 *
 * What it accepts and rejects follows Velocity 1.7 as observed by running it (the version API Gateway uses; the
 * verdicts are recorded in test/unit/vtl/velocity17Verdicts.ts). An `error` is a template Velocity 1.7 rejects:
 * - `$` or `#` not followed by a reference or directive is literal text (`$1`, `$.name`, `#/`, `#foo`, `${ x}`);
 *   so is `#set` without `(`;
 * - identifiers may contain `-` (`$a-1` is the variable `a-1`); `-` directly before a digit is a negative number,
 *   so `2-1` is two numbers; there is no unary minus and no `null` literal;
 * - strings: `"..."` is interpolated (after `""` becomes `"`), `'...'` is not; a quote is escaped by doubling it,
 *   a backslash escapes nothing; strings may span lines;
 * - a bare word is a method argument (`$a.b(foo)` passes null) but nothing else;
 * - errors: an unclosed block, a stray `#end`/`#else`/`#elseif`, unbalanced parentheses in a directive or a
 *   method call, `#set` without `=`, an unterminated string or `#[[`, `${a` without `}`, `null` or another bare
 *   word in an expression, `$a.b( )` (white space between empty parentheses), a trailing comma, `$a[]`, an
 *   operator in a method argument, a template whose last character is `#` or `$`;
 * - `#*` without `*#` comments out the rest (a warning; an error where Velocity 1.7 fails on it).
 */
import type {
  DirectiveNode,
  EscapedNode,
  Expression,
  IndexPart,
  MethodPart,
  ReferenceNode,
  ReferencePart,
  Span,
  StringLiteral,
  TextNode,
  VtlNode,
  VtlSyntaxError,
  VtlTemplate,
} from './ast';

const DIRECTIVES = new Set(['set', 'if', 'elseif', 'else', 'end', 'foreach', 'break', 'stop', 'define', 'macro', 'evaluate', 'parse', 'include']);
const BLOCK_DIRECTIVES = new Set(['if', 'foreach', 'define', 'macro']);

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
}

/** Velocity 1.7 identifier characters: letters, digits, `_` and `-`. */
function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && (isIdentStart(c) || (c >= '0' && c <= '9') || c === '-');
}

/** Directive and macro names: letters, digits and `_` (no `-`). */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isIdentStart(c) || (c >= '0' && c <= '9'));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isWhite(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

interface Frame {
  directive: DirectiveNode;
  body: VtlNode[];
  sawElse: boolean;
}

interface Shared {
  errors: VtlSyntaxError[];
  references: ReferenceNode[];
  directives: DirectiveNode[];
  macros: Set<string>;
}

/** What ends where a text node starts: Velocity eats a directive's line break and a `##` comment's. */
type Before = 'start' | 'directive' | 'line-comment' | 'node';
/** What follows a text node: before a live reference or directive a run of backslashes prints half. */
type After = 'reference' | 'directive' | 'set' | undefined;

class Parser {
  private pos: number;
  /** Inside the parentheses of a method call (nesting depth), where a bare word is an argument. */
  private methodArguments = 0;

  constructor(
    private readonly text: string,
    start: number,
    /** Parsing stops here: the end of the text, or of an interpolated string's content. */
    private readonly limit: number,
    private readonly shared: Shared,
    /** True for the whole template (not an interpolated string): block errors and end-of-text quirks apply. */
    private readonly topLevel: boolean,
  ) {
    this.pos = start;
  }

  private error(offset: number, length: number, reason: string, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.shared.errors.push({ offset, length: Math.max(0, length), reason, message, severity });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Content: text, references, directives, comments

  parseContent(): VtlNode[] {
    const text = this.text;
    const root: VtlNode[] = [];
    const stack: Frame[] = [];
    const current = () => (stack.length ? stack[stack.length - 1].body : root);
    let textStart = -1;
    let before: Before = 'start';
    let textBefore: Before = 'start';
    const flush = (end: number, after?: After) => {
      if (textStart >= 0 && end > textStart) {
        const node: TextNode = { type: 'text', offset: textStart, length: end - textStart };
        const output = this.textOutput(textStart, end, textBefore, after);
        if (output !== undefined) node.output = output;
        current().push(node);
      }
      textStart = -1;
    };
    const literal = (from: number, to: number) => {
      if (textStart < 0) {
        textStart = from;
        textBefore = before;
      }
      this.pos = to;
    };

    while (this.pos < this.limit) {
      const start = this.pos;
      const c = text[start];
      if (c === '$') {
        const ref = this.parseReference(start);
        if (ref) {
          flush(start, 'reference');
          current().push(ref);
          before = 'node';
          continue;
        }
        if (this.topLevel && (start === text.length - 1 || (start === text.length - 2 && text[start + 1] === '!'))) {
          this.error(start, text.length - start, 'trailing-dollar', 'Velocity 1.7 fails on a template whose last character is `$`, even escaped: add a line break after it.');
        }
        literal(start, start + 1);
        continue;
      }
      if (c === '#') {
        const handled = this.parseHash(start, stack, current, flush);
        if (!handled) {
          if (this.topLevel && start === text.length - 1) {
            this.error(start, 1, 'trailing-hash', 'Velocity 1.7 fails on a template whose last character is `#`, even escaped: add a line break after it.');
          }
          literal(start, start + 1);
        } else before = handled;
        continue;
      }
      if (c === '\\') {
        let q = start;
        while (q < this.limit && text[q] === '\\') q++;
        const escaped = (q - start) % 2 === 1 ? this.parseEscaped(start, q) : undefined;
        if (escaped) {
          flush(start);
          current().push(escaped);
          before = 'node';
        } else {
          // An even run prints half the backslashes when a reference or directive follows (see textOutput).
          literal(start, q);
        }
        continue;
      }
      let next = start + 1;
      while (next < this.limit && text[next] !== '$' && text[next] !== '#' && text[next] !== '\\') next++;
      literal(start, next);
    }
    flush(this.limit);

    for (const frame of stack) {
      const d = frame.directive;
      const what = d.macroCall ? `#@${d.name}` : `#${d.name}`;
      this.error(d.offset, d.keywordLength, 'unclosed-block', `\`${what}\` is never closed: add \`#end\` where its block ends.`);
    }
    return root;
  }

  /**
   * What Velocity 1.7 prints for the text [start, end) (undefined: the text as written). Checked against the
   * Velocity 1.7 jar (test/unit/render/velocity17Renders.ts).
   */
  private textOutput(start: number, end: number, before: Before, after: After): string | undefined {
    const text = this.text;
    let from = start;
    if (before === 'directive') {
      const m = /[ \t]*(?:\r\n|\n)/y;
      m.lastIndex = start;
      if (m.exec(text) && m.lastIndex <= end) from = m.lastIndex;
    } else if (before === 'line-comment') {
      if (text.startsWith('\r\n', from) && from + 2 <= end) from += 2;
      else if (text[from] === '\n' || text[from] === '\r') from++;
    }
    let to = end;
    let tail = '';
    if (after === 'set' && /^[ \t]*$/.test(text.slice(from, end))) {
      // `#set` eats the white space that alone separates it from the previous node (or the start).
      to = from;
    } else if ((after === 'directive' || after === 'set') && /\$!?$/.test(text.slice(from, end))) {
      // `$#if(...)`, `$!#set(...)`: Velocity 1.7 drops a `$` (or `$!`) right before a directive.
      to = text[end - 1] === '!' ? end - 2 : end - 1;
    } else if (after !== undefined && text[end - 1] === '\\') {
      let k = end;
      while (k > from && text[k - 1] === '\\') k--;
      to = k;
      tail = '\\'.repeat(Math.floor((end - k) / 2));
    }
    return from === start && to === end ? undefined : text.slice(from, to) + tail;
  }

  /** An odd run of backslashes [start, q) escaping the reference or directive at q; undefined when nothing is escaped. */
  private parseEscaped(start: number, q: number): EscapedNode | undefined {
    const text = this.text;
    if (text[q] === '$') {
      const refsBefore = this.shared.references.length;
      const reference = this.parseReference(q);
      if (!reference) {
        this.pos = start;
        return undefined;
      }
      // The escaped reference itself is text to the editor; references in its arguments stay listed.
      if (this.shared.references[this.shared.references.length - 1] === reference && this.shared.references.length > refsBefore) this.shared.references.pop();
      return { type: 'escaped', offset: start, length: this.pos - start, backslashes: q - start, reference };
    }
    if (text[q] === '#') {
      const m = /^#\{?([a-zA-Z_][a-zA-Z0-9_]*)\}?/.exec(text.slice(q, Math.min(this.limit, q + 100)));
      if (m && (m[0][1] !== '{' || m[0].endsWith('}')) && (DIRECTIVES.has(m[1]) || this.shared.macros.has(m[1]))) {
        this.pos = q + m[0].length;
        return { type: 'escaped', offset: start, length: this.pos - start, backslashes: q - start };
      }
    }
    return undefined;
  }

  /** Handles `#` at `start`. Returns false when the `#` is literal text. */
  private parseHash(start: number, stack: Frame[], current: () => VtlNode[], flush: (end: number, after?: After) => void): Exclude<Before, 'start'> | false {
    const text = this.text;
    const n1 = text[start + 1];
    if (n1 === '#') {
      let end = start + 2;
      while (end < this.limit && text[end] !== '\n' && text[end] !== '\r') end++;
      if (this.topLevel && end === text.length && end > start + 2 && (text[end - 1] === '#' || text[end - 1] === '$')) {
        const c = text[end - 1];
        this.error(end - 1, 1, c === '#' ? 'trailing-hash' : 'trailing-dollar', `Velocity 1.7 fails on a template whose last character is \`${c}\`, even in a comment: add a line break after it.`);
      }
      flush(start);
      current().push({ type: 'comment', offset: start, length: end - start, block: false, terminated: true });
      this.pos = end;
      return 'line-comment';
    }
    if (n1 === '*') {
      const close = text.indexOf('*#', start + 2);
      flush(start);
      if (close < 0 || close + 2 > this.limit) {
        // Velocity 1.7 comments out the rest, but fails when the text ends right after `#*`, or with `#` or `$`.
        const last = text[text.length - 1];
        if (this.topLevel && (start + 2 === text.length || last === '#' || last === '$')) {
          this.error(start, 2, 'unterminated-comment', `\`#*\` comment is never closed with \`*#\`, and Velocity 1.7 fails on a template that ends ${start + 2 === text.length ? 'with `#*`' : `with \`${last}\` inside it`}: close it with \`*#\`.`);
        } else {
          this.error(start, 2, 'unterminated-comment', '`#*` comment is never closed with `*#`: everything after it is commented out.', 'warning');
        }
        current().push({ type: 'comment', offset: start, length: this.limit - start, block: true, terminated: false });
        this.pos = this.limit;
      } else {
        current().push({ type: 'comment', offset: start, length: close + 2 - start, block: true, terminated: true });
        this.pos = close + 2;
      }
      return 'node';
    }
    if (n1 === '[' && text[start + 2] === '[') {
      const close = text.indexOf(']]#', start + 3);
      flush(start);
      if (close < 0 || close + 3 > this.limit) {
        this.error(start, 3, 'unterminated-unparsed', '`#[[` is never closed with `]]#`.');
        current().push({ type: 'unparsed', offset: start, length: this.limit - start, terminated: false });
        this.pos = this.limit;
      } else {
        current().push({ type: 'unparsed', offset: start, length: close + 3 - start, terminated: true });
        this.pos = close + 3;
      }
      return 'node';
    }

    // A directive: #name, #{name}, or a block macro call #@name.
    let braced = false;
    let blockCall = false;
    let p = start + 1;
    if (n1 === '{') {
      braced = true;
      p++;
    } else if (n1 === '@') {
      blockCall = true;
      p++;
    }
    if (!isIdentStart(text[p])) return false;
    let e = p;
    while (e < this.limit && isWordChar(text[e])) e++;
    const name = text.slice(p, e);
    if (braced) {
      if (text[e] !== '}') return false;
      e++;
    }
    const isDirective = DIRECTIVES.has(name) && !blockCall;
    const isMacro = this.shared.macros.has(name) || blockCall;
    if (!isDirective && !isMacro) return false;

    const kw: Span = { offset: start, length: e - start };
    this.pos = e;

    if (isDirective && name === 'end') {
      flush(start, 'directive');
      const frame = stack.pop();
      if (frame) {
        frame.directive.end = kw;
      } else {
        this.error(kw.offset, kw.length, 'stray-end', '`#end` has no open `#if`, `#foreach`, `#macro` or `#define` to close.');
      }
      this.shared.directives.push(this.directive(name, kw, braced, false, {}));
      return 'directive';
    }

    if (isDirective && (name === 'else' || name === 'elseif')) {
      flush(start, 'directive');
      const top = stack[stack.length - 1];
      let d: DirectiveNode;
      if (name === 'elseif') {
        d = this.parseConditionDirective(name, kw, braced);
      } else {
        d = this.directive(name, kw, braced, false, {});
      }
      this.shared.directives.push(d);
      if (top && top.directive.name === 'if' && !top.directive.macroCall && !top.sawElse) {
        d.body = [];
        (top.directive.branches ??= []).push(d);
        top.body = d.body;
        if (name === 'else') top.sawElse = true;
      } else if (top && top.directive.name === 'if' && top.sawElse) {
        this.error(kw.offset, kw.length, 'stray-else', `\`#${name}\` after \`#else\`: an \`#if\` has at most one \`#else\`, and it comes last.`);
        current().push(d);
      } else {
        this.error(kw.offset, kw.length, 'stray-else', `\`#${name}\` without an open \`#if\`.`);
        current().push(d);
      }
      return 'directive';
    }

    let d: DirectiveNode | undefined;
    if (isDirective) {
      switch (name) {
        case 'set':
          d = this.parseSet(kw, braced);
          if (!d) {
            this.pos = start; // `#set` without `(` is literal text
            return false;
          }
          break;
        case 'if':
          d = this.parseConditionDirective(name, kw, braced);
          break;
        case 'foreach':
          d = this.parseForeach(kw, braced);
          break;
        case 'define':
        case 'macro':
          d = this.parseDefinition(name, kw, braced);
          break;
        default:
          // break, stop, evaluate, parse, include: optional arguments.
          d = this.parseCall(name, kw, braced, false, name === 'break' || name === 'stop');
      }
    } else {
      d = this.parseCall(name, kw, braced, true, false);
    }
    if (!d) {
      this.pos = start;
      return false;
    }
    flush(start, isDirective && name === 'set' ? 'set' : 'directive');
    this.shared.directives.push(d);
    current().push(d);
    if ((isDirective && BLOCK_DIRECTIVES.has(name)) || blockCall) {
      d.body = [];
      stack.push({ directive: d, body: d.body, sawElse: false });
    }
    return 'directive';
  }

  private directive(
    name: string,
    kw: Span,
    braced: boolean,
    macroCall: boolean,
    extra: { argsOpen?: number; argsClose?: number; args?: Expression[]; target?: ReferenceNode; value?: Expression },
  ): DirectiveNode {
    const end = extra.argsClose !== undefined ? extra.argsClose + 1 : Math.max(this.pos, kw.offset + kw.length);
    return {
      type: 'directive',
      name,
      macroCall,
      braced,
      offset: kw.offset,
      length: end - kw.offset,
      keywordLength: kw.length,
      argsOpen: extra.argsOpen,
      argsClose: extra.argsClose,
      args: extra.args ?? [],
      target: extra.target,
      value: extra.value,
    };
  }

  /** Skips white space (including line breaks) inside directive arguments. */
  private skipWhite(): void {
    while (this.pos < this.limit && isWhite(this.text[this.pos])) this.pos++;
  }

  /** Skips spaces and tabs between a directive name and its `(`. */
  private skipBlanks(): void {
    while (this.pos < this.limit && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
  }

  /** The end of the unsigned number starting at p. */
  private numberEnd(p: number): number {
    const re = /(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
    re.lastIndex = p;
    return re.exec(this.text) ? re.lastIndex : p + 1;
  }

  /** The span of the token at the current position, for error messages. */
  private tokenAt(p: number): Span {
    const text = this.text;
    if (p >= this.limit) return { offset: Math.max(0, this.limit - 1), length: this.limit > 0 ? 1 : 0 };
    let e = p;
    if (isIdentChar(text[p]) || text[p] === '$') {
      e++;
      while (e < this.limit && isIdentChar(text[e])) e++;
    } else e = p + 1;
    return { offset: p, length: e - p };
  }

  private describe(p: number): string {
    if (p >= this.limit) return 'the end of the template';
    const t = this.tokenAt(p);
    const s = this.text.slice(t.offset, t.offset + t.length);
    return s === '\n' || s === '\r' ? 'a line break' : `\`${s}\``;
  }

  /**
   * After an error inside `( ... )` opened at `open`: skip to the matching `)` (nested parentheses and strings
   * skipped), without running into the next directive line. Returns the `)` offset, or undefined.
   */
  private resync(open: number): number | undefined {
    const text = this.text;
    let depth = 0;
    let p = Math.max(this.pos, open + 1);
    while (p < this.limit) {
      const c = text[p];
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, p + 1);
        const nl = text.indexOf('\n', p + 1);
        p = close >= 0 && (nl < 0 || close < nl) ? close + 1 : p + 1;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) {
          this.pos = p + 1;
          return p;
        }
        depth--;
      } else if (c === '\n') {
        let q = p + 1;
        while (q < this.limit && (text[q] === ' ' || text[q] === '\t')) q++;
        if (text[q] === '#' && (isIdentStart(text[q + 1]) || text[q + 1] === '{')) break;
      }
      p++;
    }
    // No `)`: resume where the error is, so that a directive there (`#end`) is still seen.
    return undefined;
  }

  /** Expects `)` closing the `(` at `open`; reports and resynchronises otherwise. */
  private expectClose(open: number, what: string, errorsBefore = this.shared.errors.length): number | undefined {
    const before = this.pos;
    this.skipWhite();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return this.pos - 1;
    }
    if (this.shared.errors.length > errorsBefore) {
      // The arguments already had an error (an unterminated string, ...): one report is enough.
      this.pos = before;
      const close = this.resync(open);
      if (close === undefined) this.pos = before;
      return close;
    }
    if (this.pos >= this.limit || /[\r\n]/.test(this.text.slice(before, this.pos))) {
      // Nothing more on the line: the `(` is what is wrong. Resume on the next line.
      this.error(open, 1, 'unbalanced-parens', `Unbalanced parentheses: the \`(\` of ${what} is never closed.`);
      let e = before;
      while (e < this.limit && this.text[e] !== '\n') e++;
      this.pos = e;
      return undefined;
    }
    const at = this.tokenAt(this.pos);
    const found = this.describe(this.pos);
    const close = this.resync(open);
    if (close === undefined) {
      this.error(open, 1, 'unbalanced-parens', `Unbalanced parentheses: the \`(\` of ${what} is never closed (found ${found}).`);
    } else {
      this.error(at.offset, at.length, 'unexpected-token', `Unexpected ${found} in ${what}: expected \`)\`.`);
    }
    return close;
  }

  /** `#if(...)` / `#elseif(...)`: a condition in parentheses is required. */
  private parseConditionDirective(name: string, kw: Span, braced: boolean): DirectiveNode {
    const after = this.pos;
    this.skipBlanks();
    if (this.text[this.pos] !== '(') {
      this.pos = after;
      this.error(kw.offset, kw.length, 'missing-condition', `\`#${name}\` needs a condition in parentheses: \`#${name}($condition)\`.`);
      return this.directive(name, kw, braced, false, {});
    }
    const open = this.pos++;
    const errorsAtOpen = this.shared.errors.length;
    this.skipWhite();
    const condition = this.parseExpression();
    let close: number | undefined;
    if (!condition) {
      this.error(this.tokenAt(this.pos).offset, this.tokenAt(this.pos).length, 'expected-expression', `\`#${name}\` needs a condition: found ${this.describe(this.pos)}.`);
      close = this.resync(open);
    } else {
      close = this.expectClose(open, `#${name}`, errorsAtOpen);
    }
    return this.directive(name, kw, braced, false, { argsOpen: open, argsClose: close, args: condition ? [condition] : [] });
  }

  /** `#set($ref = value)`; undefined when there is no `(` (then `#set` is literal text). */
  private parseSet(kw: Span, braced: boolean): DirectiveNode | undefined {
    this.skipBlanks();
    if (this.text[this.pos] !== '(') return undefined;
    const open = this.pos++;
    const errorsAtOpen = this.shared.errors.length;
    this.skipWhite();
    const target = this.text[this.pos] === '$' ? this.parseReference(this.pos) : undefined;
    if (!target) {
      const t = this.tokenAt(this.pos);
      this.error(t.offset, t.length, 'set-target', `\`#set\` needs a reference to assign: \`#set($name = value)\`, found ${this.describe(this.pos)}.`);
      const close = this.resync(open);
      return this.directive('set', kw, braced, false, { argsOpen: open, argsClose: close });
    }
    this.skipWhite();
    if (this.text[this.pos] !== '=' || this.text[this.pos + 1] === '=') {
      const t = this.pos < this.limit ? this.tokenAt(this.pos) : { offset: target.offset, length: target.length };
      this.error(t.offset, t.length, 'set-missing-equals', `Broken \`#set\`: expected \`=\` after \`${this.text.slice(target.offset, target.offset + target.length)}\`, found ${this.describe(this.pos)}.`);
      const close = this.resync(open);
      return this.directive('set', kw, braced, false, { argsOpen: open, argsClose: close, target });
    }
    this.pos++;
    this.skipWhite();
    const value = this.parseExpression();
    if (!value) {
      const t = this.tokenAt(this.pos);
      this.error(t.offset, t.length, 'expected-expression', `\`#set\` needs a value after \`=\`: found ${this.describe(this.pos)}.`);
      const close = this.resync(open);
      return this.directive('set', kw, braced, false, { argsOpen: open, argsClose: close, target });
    }
    const close = this.expectClose(open, '#set', errorsAtOpen);
    return this.directive('set', kw, braced, false, { argsOpen: open, argsClose: close, args: [target, value], target, value });
  }

  /** `#foreach($item in $collection)`. */
  private parseForeach(kw: Span, braced: boolean): DirectiveNode {
    const after = this.pos;
    this.skipBlanks();
    if (this.text[this.pos] !== '(') {
      this.pos = after;
      this.error(kw.offset, kw.length, 'missing-condition', '`#foreach` needs its loop in parentheses: `#foreach($item in $list)`.');
      return this.directive('foreach', kw, braced, false, {});
    }
    const open = this.pos++;
    const errorsAtOpen = this.shared.errors.length;
    this.skipWhite();
    const target = this.text[this.pos] === '$' ? this.parseReference(this.pos) : undefined;
    if (!target) {
      const t = this.tokenAt(this.pos);
      this.error(t.offset, t.length, 'foreach-variable', `\`#foreach\` needs a loop variable: \`#foreach($item in $list)\`, found ${this.describe(this.pos)}.`);
      const close = this.resync(open);
      return this.directive('foreach', kw, braced, false, { argsOpen: open, argsClose: close });
    }
    this.skipWhite();
    if (!(this.text.startsWith('in', this.pos) && !isIdentChar(this.text[this.pos + 2]))) {
      const t = this.pos < this.limit ? this.tokenAt(this.pos) : { offset: target.offset, length: target.length };
      this.error(t.offset, t.length, 'foreach-missing-in', `\`#foreach\` without \`in\`: write \`#foreach(${this.text.slice(target.offset, target.offset + target.length)} in $list)\`.`);
      const close = this.resync(open);
      return this.directive('foreach', kw, braced, false, { argsOpen: open, argsClose: close, target });
    }
    this.pos += 2;
    this.skipWhite();
    const value = this.parseExpression();
    if (!value) {
      const t = this.tokenAt(this.pos);
      this.error(t.offset, t.length, 'expected-expression', `\`#foreach\` needs a collection after \`in\`: found ${this.describe(this.pos)}.`);
      const close = this.resync(open);
      return this.directive('foreach', kw, braced, false, { argsOpen: open, argsClose: close, target });
    }
    const close = this.expectClose(open, '#foreach', errorsAtOpen);
    return this.directive('foreach', kw, braced, false, { argsOpen: open, argsClose: close, args: [target, value], target, value });
  }

  /** `#define($name)` and `#macro(name $arg1 $arg2)`. */
  private parseDefinition(name: 'define' | 'macro', kw: Span, braced: boolean): DirectiveNode {
    const after = this.pos;
    this.skipBlanks();
    const usage = name === 'define' ? '`#define($name) ... #end`' : '`#macro(name $arg) ... #end`';
    if (this.text[this.pos] !== '(') {
      this.pos = after;
      this.error(kw.offset, kw.length, 'missing-condition', `\`#${name}\` needs its name in parentheses: ${usage}.`);
      return this.directive(name, kw, braced, false, {});
    }
    const open = this.pos++;
    const errorsAtOpen = this.shared.errors.length;
    this.skipWhite();
    const args: Expression[] = [];
    if (name === 'define') {
      const target = this.text[this.pos] === '$' ? this.parseReference(this.pos) : undefined;
      if (!target) {
        const t = this.tokenAt(this.pos);
        this.error(t.offset, t.length, 'define-name', `\`#define\` needs a reference to define: ${usage}.`);
        const close = this.resync(open);
        return this.directive(name, kw, braced, false, { argsOpen: open, argsClose: close });
      }
      const close = this.expectClose(open, '#define', errorsAtOpen);
      return this.directive(name, kw, braced, false, { argsOpen: open, argsClose: close, args: [target], target });
    }
    if (!isIdentStart(this.text[this.pos])) {
      const t = this.tokenAt(this.pos);
      this.error(t.offset, t.length, 'macro-name', `\`#macro\` needs a name first: ${usage}.`);
      const close = this.resync(open);
      return this.directive(name, kw, braced, false, { argsOpen: open, argsClose: close });
    }
    const ns = this.pos;
    while (this.pos < this.limit && isIdentChar(this.text[this.pos])) this.pos++;
    args.push({ type: 'word', name: this.text.slice(ns, this.pos), offset: ns, length: this.pos - ns });
    for (;;) {
      this.skipWhite();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipWhite();
      }
      if (this.text[this.pos] !== '$') break;
      const ref = this.parseReference(this.pos);
      if (!ref) break;
      args.push(ref);
    }
    const close = this.expectClose(open, '#macro', errorsAtOpen);
    return this.directive(name, kw, braced, false, { argsOpen: open, argsClose: close, args });
  }

  /**
   * `#evaluate(x)`, `#parse(x)`, `#include(a, b)`, `#break`, `#stop`, and macro calls `#name(a b)`.
   * Returns undefined for a macro name without `(` (literal text).
   */
  private parseCall(name: string, kw: Span, braced: boolean, macroCall: boolean, adjacentOnly: boolean): DirectiveNode | undefined {
    const after = this.pos;
    if (!adjacentOnly) this.skipBlanks();
    if (this.text[this.pos] !== '(') {
      this.pos = after;
      // A macro name without `(` is literal text; `#@name`, `#break`, `#stop`... stand alone.
      if (macroCall && this.text[kw.offset + 1] !== '@') return undefined;
      return this.directive(name, kw, braced, macroCall, {});
    }
    const open = this.pos++;
    const errorsAtOpen = this.shared.errors.length;
    const args: Expression[] = [];
    for (;;) {
      this.skipWhite();
      if (this.text[this.pos] === ')' || this.pos >= this.limit) break;
      const arg = this.parseExpression();
      if (!arg) break;
      args.push(arg);
      this.skipWhite();
      if (this.text[this.pos] === ',') this.pos++;
    }
    const close = this.expectClose(open, `#${name}`, errorsAtOpen);
    return this.directive(name, kw, braced, macroCall, { argsOpen: open, argsClose: close, args });
  }

  // ---------------------------------------------------------------------------------------------------------
  // References

  /** A reference at `start` (`$`), or undefined if the `$` is literal text. */
  parseReference(start: number): ReferenceNode | undefined {
    const text = this.text;
    let p = start + 1;
    let silent = false;
    let formal = false;
    if (text[p] === '!') {
      silent = true;
      p++;
    }
    if (text[p] === '{') {
      formal = true;
      p++;
    }
    if (p >= this.limit || !isIdentStart(text[p])) return undefined;
    const nameOffset = p;
    while (p < this.limit && isIdentChar(text[p])) p++;
    const name = text.slice(nameOffset, p);
    const parts: ReferencePart[] = [];
    this.pos = p;
    for (;;) {
      const c = text[this.pos];
      if (c === '.' && isIdentStart(text[this.pos + 1])) {
        const ns = this.pos + 1;
        let ne = ns;
        while (ne < this.limit && isIdentChar(text[ne])) ne++;
        const partName = text.slice(ns, ne);
        if (text[ne] === '(' && ne + 1 < this.limit) {
          const method = this.parseMethod(partName, ns, ne);
          if (!method) break; // `(` that Velocity prints literally
          parts.push(method);
          if (method.closeParen === undefined) break;
          continue;
        }
        parts.push({ kind: 'property', name: partName, offset: ns, length: ne - ns });
        this.pos = ne;
        continue;
      }
      if (c === '[') {
        const index = this.parseIndex();
        parts.push(index);
        if (!index.closed) break;
        continue;
      }
      break;
    }
    let closed = true;
    if (formal) {
      if (text[this.pos] === '}') this.pos++;
      else {
        closed = false;
        const cfn = /^::[A-Za-z]+\}/.exec(text.slice(this.pos, this.pos + 40));
        if (cfn) {
          const whole = text.slice(start, this.pos + cfn[0].length);
          this.error(start, whole.length, 'unclosed-formal', `\`${whole}\` is a CloudFormation substitution, but this template is not inside Fn::Sub, so API Gateway receives it as written and Velocity 1.7 fails on it. Wrap the template in Fn::Sub (writing VTL's own \`\${...}\` as \`\${!...}\`).`);
        } else {
          this.error(start, this.pos - start, 'unclosed-formal', `\`${text.slice(start, this.pos)}\` is never closed: add \`}\`.`);
        }
      }
    }
    const ref: ReferenceNode = { type: 'reference', offset: start, length: this.pos - start, silent, formal, name, nameOffset, parts, closed };
    this.shared.references.push(ref);
    return ref;
  }

  /** `.name(args)` with the name at [ns, ne) and `(` at ne. */
  private parseMethod(name: string, ns: number, ne: number): MethodPart | undefined {
    const text = this.text;
    const saved = this.pos;
    const errorsBefore = this.shared.errors.length;
    const refsBefore = this.shared.references.length;
    const directivesBefore = this.shared.directives.length;
    const rollback = (): undefined => {
      this.shared.errors.length = errorsBefore;
      this.shared.references.length = refsBefore;
      this.shared.directives.length = directivesBefore;
      this.pos = saved;
      return undefined;
    };
    this.pos = ne + 1;
    this.skipWhite();
    // `$a.b(#if(...)`: Velocity 1.7 prints `$a.b(` as text when a directive follows the parenthesis.
    if (text[this.pos] === '#') return rollback();
    const args: Expression[] = [];
    let close: number | undefined;
    if (text[this.pos] === ')') {
      close = this.pos;
      if (this.pos > ne + 1) {
        this.error(ne, this.pos + 1 - ne, 'space-in-empty-call', `Velocity 1.7 rejects white space between empty parentheses: write \`${name}()\`.`);
      }
      this.pos++;
    } else {
      for (;;) {
        this.skipWhite();
        const argStart = this.pos;
        const errorsBeforeArg = this.shared.errors.length;
        this.methodArguments++;
        const arg = this.parseExpression();
        this.methodArguments--;
        if (!arg) {
          // `$a.b(word)`: Velocity 1.7 prints it as text; nothing to report.
          if (args.length === 0 && isIdentStart(text[argStart])) return rollback();
          if (this.pos >= this.limit) {
            this.error(ne, 1, 'unbalanced-parens', `Unbalanced parentheses: the \`(\` of \`${name}(\` is never closed.`);
          } else if (text[this.pos] === '\\') {
            this.error(this.pos, 1, 'backslash', 'A backslash escapes nothing in a Velocity expression: quote strings with `\'...\'` (or double a quote inside a string: `""`).');
          } else {
            const t = this.tokenAt(this.pos);
            this.error(t.offset, t.length, 'expected-expression', `Expected an argument of \`${name}(...)\`, found ${this.describe(this.pos)}.`);
          }
          break;
        }
        args.push(arg);
        if (arg.type === 'binary' || (arg.type === 'unary' && arg.operator === '!')) {
          this.error(arg.offset, arg.length, 'operator-in-argument', `Velocity 1.7 does not accept an expression with operators as a method argument: compute it first with \`#set($value = ...)\` and pass \`$value\`.`);
        }
        const afterArg = this.pos;
        this.skipWhite();
        if (text[this.pos] === ',') {
          this.pos++;
          this.skipWhite();
          if (text[this.pos] === ')') {
            this.error(this.pos - 1, 1, 'trailing-comma', `Trailing comma in the arguments of \`${name}(...)\`.`);
            close = this.pos++;
            break;
          }
          continue;
        }
        if (text[this.pos] === ')') {
          close = this.pos++;
          break;
        }
        if (this.shared.errors.length > errorsBeforeArg) {
          this.pos = afterArg; // the argument already had an error: one report is enough
        } else if (this.pos >= this.limit || /[\r\n]/.test(text.slice(afterArg, this.pos))) {
          this.error(ne, 1, 'unbalanced-parens', `Unbalanced parentheses: the \`(\` of \`${name}(\` is never closed.`);
          this.pos = afterArg; // the reference ends here; what follows is template text again
        } else {
          const t = this.tokenAt(this.pos);
          this.error(t.offset, t.length, 'unexpected-token', `Unexpected ${this.describe(this.pos)} in the arguments of \`${name}(...)\`: expected \`,\` or \`)\`.`);
        }
        break;
      }
    }
    const end = close !== undefined ? close + 1 : this.pos;
    return { kind: 'method', name, offset: ns, length: end - ns, nameLength: ne - ns, args, openParen: ne, closeParen: close };
  }

  /** `[index]` at the current position. */
  private parseIndex(): IndexPart {
    const start = this.pos++;
    this.skipWhite();
    if (this.text[this.pos] === ']') {
      this.error(start, this.pos + 1 - start, 'empty-index', 'Empty index `[]`: write `[0]`, `["key"]` or `[$i]`.');
      this.pos++;
      return { kind: 'index', offset: start, length: this.pos - start, index: undefined, closed: true };
    }
    const index = this.parseExpression();
    if (!index) {
      const t = this.tokenAt(this.pos);
      this.error(t.offset, t.length, 'expected-expression', `Expected an index after \`[\` (a number, a string or a reference), found ${this.describe(this.pos)}.`);
      return { kind: 'index', offset: start, length: this.pos - start, index: undefined, closed: false };
    }
    this.skipWhite();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'index', offset: start, length: this.pos - start, index, closed: true };
    }
    this.error(start, 1, 'unbalanced-brackets', `The \`[\` of this index is never closed with \`]\` (found ${this.describe(this.pos)}).`);
    return { kind: 'index', offset: start, length: this.pos - start, index, closed: false };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Expressions (directive arguments, method arguments)

  parseExpression(): Expression | undefined {
    return this.parseBinary(0);
  }

  private static readonly LEVELS: { symbols: string[]; words: Record<string, string> }[] = [
    { symbols: ['||'], words: { or: '||' } },
    { symbols: ['&&'], words: { and: '&&' } },
    { symbols: ['==', '!='], words: { eq: '==', ne: '!=' } },
    { symbols: ['<=', '>=', '<', '>'], words: { lt: '<', gt: '>', le: '<=', ge: '>=' } },
    { symbols: ['+', '-'], words: {} },
    { symbols: ['*', '/', '%'], words: {} },
  ];

  /** The operator of `level` at the current position (after white space), without consuming it. */
  private peekOperator(level: number): { operator: string; length: number } | undefined {
    const { symbols, words } = Parser.LEVELS[level];
    const text = this.text;
    for (const s of symbols) {
      if (text.startsWith(s, this.pos)) {
        // `=` alone is not `==`; `<`/`>` must not swallow `<=`/`>=` (longer symbols are listed first).
        return { operator: s, length: s.length };
      }
    }
    if (isIdentStart(text[this.pos])) {
      let e = this.pos;
      while (e < this.limit && isWordChar(text[e])) e++;
      const w = text.slice(this.pos, e);
      if (Object.hasOwn(words, w) && !isIdentChar(text[e])) return { operator: words[w], length: w.length };
    }
    return undefined;
  }

  private parseBinary(level: number): Expression | undefined {
    if (level >= Parser.LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    if (!left) return undefined;
    for (;;) {
      const save = this.pos;
      this.skipWhite();
      const op = this.peekOperator(level);
      if (!op) {
        this.pos = save;
        return left;
      }
      if (op.operator === '-' && isDigit(this.text[this.pos + 1])) {
        const e = this.numberEnd(this.pos + 1);
        this.error(this.pos, e - this.pos, 'adjacent-negative', `Velocity 1.7 reads \`${this.text.slice(this.pos, e)}\` as a negative number, not a subtraction: write \`- ${this.text.slice(this.pos + 1, e)}\` with a space.`);
      }
      this.pos += op.length;
      this.skipWhite();
      const right = this.parseBinary(level + 1);
      if (!right) {
        const t = this.tokenAt(this.pos);
        this.error(t.offset, t.length, 'expected-expression', `Expected a value after \`${op.operator}\`, found ${this.describe(this.pos)}.`);
      }
      const end = right ? right.offset + right.length : this.pos;
      left = { type: 'binary', operator: op.operator, left, right, offset: left.offset, length: end - left.offset };
      if (!right) return left;
    }
  }

  private parseUnary(): Expression | undefined {
    this.skipWhite();
    const text = this.text;
    const start = this.pos;
    let operator: '!' | '-' | undefined;
    let length = 0;
    if (text[start] === '!' && text[start + 1] !== '=') {
      operator = '!';
      length = 1;
    } else if (text.startsWith('not', start) && !isIdentChar(text[start + 3])) {
      operator = '!';
      length = 3;
    } else if (text[start] === '-' && (text[start + 1] === '$' || text[start + 1] === '(')) {
      // Parsed to keep going, but Velocity 1.7 has no unary minus (only negative number literals).
      operator = '-';
      length = 1;
      const operandEnd = text[start + 1] === '$' ? this.tokenAt(start + 1) : { offset: start + 1, length: 1 };
      this.error(start, operandEnd.offset + operandEnd.length - start, 'unary-minus', `Velocity 1.7 has no unary minus: write \`0 - ${text[start + 1] === '$' ? this.text.slice(operandEnd.offset, operandEnd.offset + operandEnd.length) : '(...)'}\` (a \`-\` directly before a digit is a negative number).`);
    }
    if (operator) {
      this.pos += length;
      const operand = this.parseUnary();
      if (!operand) {
        const t = this.tokenAt(this.pos);
        this.error(t.offset, t.length, 'expected-expression', `Expected a value after \`${text.slice(start, start + length)}\`, found ${this.describe(this.pos)}.`);
      }
      const end = operand ? operand.offset + operand.length : this.pos;
      return { type: 'unary', operator, operand, offset: start, length: end - start };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expression | undefined {
    this.skipWhite();
    const text = this.text;
    const start = this.pos;
    if (start >= this.limit) return undefined;
    const c = text[start];
    if (c === '$') {
      return this.parseReference(start);
    }
    if (c === '"' || c === "'") return this.parseString();
    const num = /-?(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
    num.lastIndex = start;
    const m = num.exec(text);
    if (m && start + m[0].length <= this.limit && !isIdentStart(text[start + m[0].length])) {
      this.pos = start + m[0].length;
      return { type: 'number', value: Number(m[0]), floating: /[.eE]/.test(m[0]), offset: start, length: m[0].length };
    }
    if (c === '[') return this.parseList();
    if (c === '{') return this.parseMap();
    if (c === '(') {
      this.pos++;
      this.skipWhite();
      const expression = this.parseExpression();
      if (!expression) {
        const t = this.tokenAt(this.pos);
        this.error(t.offset, t.length, 'expected-expression', `Expected a value after \`(\`, found ${this.describe(this.pos)}.`);
      }
      this.skipWhite();
      if (text[this.pos] === ')') {
        this.pos++;
        return { type: 'group', expression, closed: true, offset: start, length: this.pos - start };
      }
      if (expression) this.error(start, 1, 'unbalanced-parens', `Unbalanced parentheses: this \`(\` is never closed (found ${this.describe(this.pos)}).`);
      return { type: 'group', expression, closed: false, offset: start, length: this.pos - start };
    }
    if (isIdentStart(c)) {
      let e = start;
      while (e < this.limit && isIdentChar(text[e])) e++;
      const word = text.slice(start, e);
      this.pos = e;
      if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true', offset: start, length: e - start };
      // In method arguments Velocity 1.7 takes a bare word (`$a.b(foo)`, `$m.put('k', null)`) and passes null.
      if (this.methodArguments > 0) return { type: 'word', name: word, offset: start, length: e - start };
      if (word === 'null') {
        this.error(start, e - start, 'null-literal', 'Velocity 1.7 has no `null` literal: compare with an undefined reference, `#if($x == $null)`, or test `#if(!$x)` or `#if("$!x" == "")`.');
      } else {
        this.error(start, e - start, 'unexpected-word', `Unexpected word \`${word}\`: Velocity needs \`$${word}\` for a variable or quotes for a string.`);
      }
      return { type: 'word', name: word, offset: start, length: e - start };
    }
    return undefined;
  }

  private parseString(): StringLiteral {
    const text = this.text;
    const start = this.pos;
    const quote = text[start] as '"' | "'";
    const re = quote === '"' ? /"(?:[^"]|"")*"/y : /'(?:[^']|'')*'/y;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m || start + m[0].length > this.limit) {
      let e = start + 1;
      while (e < this.limit && text[e] !== '\n' && text[e] !== '\r') e++;
      this.error(start, e - start, 'unterminated-string', `Unterminated string: add the closing \`${quote}\` (to put a \`${quote}\` inside, double it: \`${quote}${quote}\`).`);
      this.pos = e;
      const raw = text.slice(start + 1, e);
      return { type: 'string', quote, raw, value: raw, terminated: false, offset: start, length: e - start };
    }
    const end = start + m[0].length;
    const raw = text.slice(start + 1, end - 1);
    const value = raw.split(quote + quote).join(quote);
    let parts: VtlNode[] | undefined;
    if (quote === '"' && /[$#]/.test(raw)) {
      parts = raw.includes('""') ? this.parseCollapsed(value, raw, start + 1) : new Parser(text, start + 1, end - 1, this.shared, false).parseContent();
    }
    this.pos = end;
    return { type: 'string', quote, raw, value, terminated: true, parts, offset: start, length: end - start };
  }

  /**
   * The content of a double-quoted string that holds `""`: Velocity 1.7 turns `""` into `"` first, then parses the
   * result as a template. Parsed that way here, with every offset mapped back to the raw text at `base`.
   */
  private parseCollapsed(value: string, raw: string, base: number): VtlNode[] {
    const toRaw: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      toRaw.push(base + i);
      if (raw[i] === '"' && raw[i + 1] === '"') i++;
    }
    toRaw.push(base + raw.length);
    const inner: Shared = { errors: [], references: [], directives: [], macros: this.shared.macros };
    const nodes = new Parser(value, 0, value.length, inner, false).parseContent();
    const seen = new Set<object>();
    const remap = (x: unknown): void => {
      if (!x || typeof x !== 'object' || seen.has(x)) return;
      seen.add(x);
      if (Array.isArray(x)) {
        x.forEach(remap);
        return;
      }
      const o = x as Record<string, unknown>;
      if (o.type === 'text' && o.output === undefined) o.output = value.slice(o.offset as number, (o.offset as number) + (o.length as number));
      for (const [k, v] of Object.entries(o)) {
        if (v && typeof v === 'object') remap(v);
        else if (typeof v === 'number' && (k === 'nameOffset' || k === 'openParen' || k === 'closeParen' || k === 'argsOpen' || k === 'argsClose')) o[k] = toRaw[v];
      }
      if (typeof o.offset === 'number' && typeof o.length === 'number') {
        const from = toRaw[o.offset];
        o.length = toRaw[o.offset + o.length] - from;
        o.offset = from;
      }
    };
    remap(nodes);
    remap(inner.errors);
    remap(inner.references);
    remap(inner.directives);
    this.shared.errors.push(...inner.errors);
    this.shared.references.push(...inner.references);
    this.shared.directives.push(...inner.directives);
    return nodes;
  }

  private parseList(): Expression {
    const text = this.text;
    const start = this.pos++;
    this.skipWhite();
    const items: Expression[] = [];
    if (text[this.pos] === ']') {
      this.pos++;
      return { type: 'list', items, closed: true, offset: start, length: this.pos - start };
    }
    const first = this.parseExpression();
    this.skipWhite();
    if (first && text.startsWith('..', this.pos)) {
      this.pos += 2;
      this.skipWhite();
      const to = this.parseExpression();
      if (!to) {
        const t = this.tokenAt(this.pos);
        this.error(t.offset, t.length, 'expected-expression', `Expected the end of the range after \`..\`, found ${this.describe(this.pos)}.`);
      }
      this.skipWhite();
      const closed = text[this.pos] === ']';
      if (closed) this.pos++;
      else if (to) this.error(start, 1, 'unbalanced-brackets', `The \`[\` of this range is never closed with \`]\` (found ${this.describe(this.pos)}).`);
      return { type: 'range', from: first, to, closed, offset: start, length: this.pos - start };
    }
    if (!first) {
      const t = this.tokenAt(this.pos);
      this.error(t.offset, t.length, 'expected-expression', `Expected a list item, found ${this.describe(this.pos)}.`);
      return { type: 'list', items, closed: false, offset: start, length: this.pos - start };
    }
    items.push(first);
    for (;;) {
      this.skipWhite();
      if (text[this.pos] === ']') {
        this.pos++;
        return { type: 'list', items, closed: true, offset: start, length: this.pos - start };
      }
      if (text[this.pos] !== ',') {
        this.error(start, 1, 'unbalanced-brackets', `The \`[\` of this list is never closed with \`]\` (found ${this.describe(this.pos)}).`);
        return { type: 'list', items, closed: false, offset: start, length: this.pos - start };
      }
      this.pos++;
      this.skipWhite();
      const item = this.parseExpression();
      if (!item) {
        const t = this.tokenAt(this.pos);
        const trailing = text[this.pos] === ']';
        this.error(t.offset, t.length, trailing ? 'trailing-comma' : 'expected-expression', trailing ? 'Trailing comma in a list: Velocity 1.7 rejects it.' : `Expected a list item, found ${this.describe(this.pos)}.`);
        if (trailing) {
          this.pos++;
          return { type: 'list', items, closed: true, offset: start, length: this.pos - start };
        }
        return { type: 'list', items, closed: false, offset: start, length: this.pos - start };
      }
      items.push(item);
    }
  }

  private parseMap(): Expression {
    const text = this.text;
    const start = this.pos++;
    const entries: { key: Expression; value: Expression | undefined }[] = [];
    const done = (closed: boolean): Expression => ({ type: 'map', entries, closed, offset: start, length: this.pos - start });
    this.skipWhite();
    if (text[this.pos] === '}') {
      this.pos++;
      return done(true);
    }
    for (;;) {
      this.skipWhite();
      const key = this.parseExpression();
      if (!key) {
        const t = this.tokenAt(this.pos);
        const trailing = text[this.pos] === '}' && entries.length > 0;
        this.error(t.offset, t.length, trailing ? 'trailing-comma' : 'expected-expression', trailing ? 'Trailing comma in a map: Velocity 1.7 rejects it.' : `Expected a map key, found ${this.describe(this.pos)}.`);
        if (trailing) this.pos++;
        return done(trailing);
      }
      this.skipWhite();
      if (text[this.pos] !== ':') {
        const t = this.tokenAt(this.pos);
        this.error(t.offset, t.length, 'expected-colon', `Expected \`:\` after a map key, found ${this.describe(this.pos)}.`);
        entries.push({ key, value: undefined });
        return done(false);
      }
      this.pos++;
      this.skipWhite();
      const value = this.parseExpression();
      entries.push({ key, value });
      if (!value) {
        const t = this.tokenAt(this.pos);
        this.error(t.offset, t.length, 'expected-expression', `Expected a map value after \`:\`, found ${this.describe(this.pos)}.`);
        return done(false);
      }
      this.skipWhite();
      if (text[this.pos] === '}') {
        this.pos++;
        return done(true);
      }
      if (text[this.pos] !== ',') {
        this.error(start, 1, 'unbalanced-braces', `The \`{\` of this map is never closed with \`}\` (found ${this.describe(this.pos)}).`);
        return done(false);
      }
      this.pos++;
    }
  }
}

/** Macro names defined anywhere in the text: Velocity knows them before the first call. */
function findMacros(text: string): Set<string> {
  const names = new Set<string>();
  const re = /#\{?macro\}?[ \t]*\([ \t\r\n]*([a-zA-Z_][a-zA-Z0-9_-]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) names.add(m[1]);
  return names;
}

export interface ParseOptions {
  /** Macros defined elsewhere (`#evaluate` sees the macros of the template that runs it). */
  readonly macros?: Iterable<string>;
}

/** Parses a template. Never throws; syntax errors are in `errors`, sorted by offset. */
export function parseTemplate(text: string, options: ParseOptions = {}): VtlTemplate {
  const macros = findMacros(text);
  for (const m of options.macros ?? []) macros.add(m);
  const shared: Shared = { errors: [], references: [], directives: [], macros };
  let nodes: VtlNode[];
  try {
    nodes = new Parser(text, 0, text.length, shared, true).parseContent();
  } catch (e) {
    // Nesting deeper than the stack (or a bug) must not take a feature down: report it and return what there is.
    nodes = [{ type: 'text', offset: 0, length: text.length }];
    const message = e instanceof RangeError ? 'The template is nested too deeply to parse.' : `Internal VTL parser error: ${String(e)}`;
    shared.errors.push({ offset: 0, length: 0, reason: 'internal', message, severity: 'error' });
  }
  shared.errors.sort((a, b) => a.offset - b.offset);
  shared.references.sort((a, b) => a.offset - b.offset);
  shared.directives.sort((a, b) => a.offset - b.offset);
  return { text, nodes, errors: shared.errors, references: shared.references, directives: shared.directives, macros: shared.macros };
}

/**
 * The syntax error Velocity 1.7 stops at, if any: the first error-severity problem in the text, an unclosed block
 * (found only at the end of the text) last. The renderer refuses a template that has one.
 */
export function velocityParseError(template: VtlTemplate): VtlSyntaxError | undefined {
  const errors = template.errors.filter((e) => e.severity === 'error');
  return errors.find((e) => e.reason !== 'unclosed-block') ?? errors[0];
}
