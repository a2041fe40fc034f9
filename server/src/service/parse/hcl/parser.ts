/**
 * A tolerant recursive-descent parser for HCL2's native syntax (hashicorp/hcl hclsyntax/spec.md): `.tf` files.
 * It never throws on any input and always returns a tree with exact UTF-16 offsets; what it cannot read it
 * names in `problems` and skips (to the end of the line, or to the next top-level block). The recoveries are
 * the states of a file being typed:
 * - a quoted string cannot span lines (as in Terraform): a newline ends an unclosed one;
 * - a heredoc with no closing marker ends before the next top-level block (`resource "…" "…" {` at column 0),
 *   not at the end of the file;
 * - a block or object with no `}` ends before the next top-level block;
 * - `name =` with nothing after it has an `HclMissing` value.
 * Budgets: nesting past MAX_HCL_DEPTH and files past MAX_ANALYSED_LENGTH stop with an `analysis-limit`
 * problem; every loop advances, so the work is linear in the text.
 * The parse is a choice written down in docs/decisions/hcl-parser.md (against tree-sitter-hcl and the Go ports).
 */
import { isStackOverflow, MAX_ANALYSED_LENGTH } from '../limits';
import type {
  HclAttribute, HclBlock, HclBody, HclCall, HclDirective, HclExpression, HclFile, HclFor, HclInterpolation,
  HclLabel, HclMissing, HclName, HclObjectItem, HclProblem, HclTemplate, HclTemplatePart,
} from './ast';
import { Ch, isDigit, isIdentPart, isIdentStart, TOP_LEVEL_BLOCKS } from './chars';
import { decodeQuotedLabel } from './decode';

export interface HclParseOptions {
  readonly maxLength?: number;
  readonly maxDepth?: number;
}

/**
 * Nesting of bodies and expressions. Real modules nest a few dozen levels at most (a jsonencode()d OpenAPI body
 * about 15); each level of an expression is about ten frames of this parser, so 100 levels stay far below the
 * stack at any frame size (a stack overflow is still caught and reported the same way).
 */
export const MAX_HCL_DEPTH = 100;

/** At most this many problems are kept for one file (the rest say nothing new). */
const MAX_PROBLEMS = 200;

const BINARY_LEVELS: readonly (readonly string[])[] = [
  ['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%'],
];

class Aborted extends Error {}

export function parseHcl(text: string, options: HclParseOptions = {}): HclFile {
  const maxLength = options.maxLength ?? MAX_ANALYSED_LENGTH;
  if (text.length > maxLength) {
    return {
      body: { type: 'body', offset: 0, length: 0, items: [] },
      problems: [{ offset: 0, length: 0, code: 'analysis-limit', message: `This file has ${text.length} characters: Terraform analysis is off for files over ${maxLength}.` }],
    };
  }
  return new Parser(text, options.maxDepth ?? MAX_HCL_DEPTH).parseFile();
}

/**
 * A template file as `templatefile()` reads it (hclsyntax.ParseTemplate): the whole text is template content,
 * with `${ }` and `%{ }` but no backslash escapes. `file()` reads a file with no Terraform syntax at all.
 */
export function parseHclTemplate(text: string, options: HclParseOptions = {}): { template: HclTemplate; problems: HclProblem[] } {
  const maxLength = options.maxLength ?? MAX_ANALYSED_LENGTH;
  if (text.length > maxLength) {
    return {
      template: { type: 'template', kind: 'file', flush: false, marker: '', offset: 0, length: 0, contentOffset: 0, contentEnd: 0, parts: [], closed: true },
      problems: [{ offset: 0, length: 0, code: 'analysis-limit', message: `This file has ${text.length} characters: Terraform analysis is off for files over ${maxLength}.` }],
    };
  }
  return new Parser(text, options.maxDepth ?? MAX_HCL_DEPTH).parseTemplateFile();
}

class Parser {
  private pos = 0;
  /** Reads stop here (the end of the text, or of the heredoc whose content is being read). */
  private end: number;
  /** Above 0, newlines are whitespace (inside brackets and interpolations); at 0 they end an expression. */
  private newlinesIgnored = 0;
  private depth = 0;
  private readonly problems: HclProblem[] = [];

  constructor(private readonly text: string, private readonly maxDepth: number) {
    this.end = text.length;
  }

  parseFile(): HclFile {
    let body: HclBody;
    try {
      body = this.parseBody(false);
    } catch (error) {
      this.aborted(error);
      body = { type: 'body', offset: 0, length: this.text.length, items: [] };
    }
    return { body, problems: this.problems };
  }

  parseTemplateFile(): { template: HclTemplate; problems: HclProblem[] } {
    let parts: HclTemplatePart[] = [];
    try {
      this.newlinesIgnored = 1;
      parts = this.parseTemplateParts('heredoc');
    } catch (error) {
      this.aborted(error);
    }
    const length = this.text.length;
    return { template: { type: 'template', kind: 'file', flush: false, marker: '', offset: 0, length, contentOffset: 0, contentEnd: length, parts, closed: true }, problems: this.problems };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Characters and trivia

  private code(at = this.pos): number {
    return at < this.end ? this.text.charCodeAt(at) : -1;
  }

  private startsWith(s: string, at = this.pos): boolean {
    return at + s.length <= this.end && this.text.startsWith(s, at);
  }

  private problem(offset: number, length: number, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ offset, length, message, code: 'syntax-error' });
  }

  /** After the budget stopped the parse: rethrows anything else. */
  private aborted(error: unknown): void {
    if (error instanceof Aborted) return;
    if (!isStackOverflow(error)) throw error;
    this.problems.push({ offset: this.pos, length: 0, code: 'analysis-limit', message: 'This file nests too deeply to parse: Terraform analysis is off for it.' });
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) {
      this.problems.push({ offset: this.pos, length: 0, code: 'analysis-limit', message: `This file nests more than ${this.maxDepth} levels deep: Terraform analysis is off for it.` });
      throw new Aborted();
    }
  }

  /** Spaces, tabs and comments on the current line (a `/* *\/` comment may run over lines). */
  private skipInline(): void {
    for (;;) {
      const c = this.code();
      if (c === Ch.Space || c === Ch.Tab || (c === Ch.CarriageReturn && this.code(this.pos + 1) === Ch.LineFeed)) {
        if (c === Ch.CarriageReturn) return;
        this.pos++;
      } else if (c === Ch.Hash || (c === Ch.Slash && this.code(this.pos + 1) === Ch.Slash)) {
        while (this.pos < this.end && this.code() !== Ch.LineFeed && !(this.code() === Ch.CarriageReturn && this.code(this.pos + 1) === Ch.LineFeed)) this.pos++;
      } else if (c === Ch.Slash && this.code(this.pos + 1) === Ch.Star) {
        const close = this.text.indexOf('*/', this.pos + 2);
        if (close < 0 || close + 2 > this.end) {
          this.problem(this.pos, 2, 'This /* comment is not closed.');
          this.pos = this.end;
        } else this.pos = close + 2;
      } else return;
    }
  }

  private isNewline(): boolean {
    const c = this.code();
    return c === Ch.LineFeed || (c === Ch.CarriageReturn && this.code(this.pos + 1) === Ch.LineFeed);
  }

  private skipAll(): void {
    for (;;) {
      this.skipInline();
      if (!this.isNewline()) return;
      this.pos += this.code() === Ch.CarriageReturn ? 2 : 1;
    }
  }

  /** Trivia between the tokens of an expression: newlines too where they are ignored. */
  private skipExpressionTrivia(): void {
    if (this.newlinesIgnored > 0) this.skipAll();
    else this.skipInline();
  }

  private skipLine(): void {
    while (this.pos < this.end && !this.isNewline()) {
      const before = this.pos;
      this.skipInline();
      if (this.pos === before) this.pos++;
    }
  }

  private atLineStart(at: number): boolean {
    return at === 0 || this.text.charCodeAt(at - 1) === Ch.LineFeed;
  }

  /** `resource "x" "y" {` (or `locals {`) starting at column 0: the next top-level block. */
  private atTopLevelBlock(at = this.pos): boolean {
    if (!this.atLineStart(at) || !isIdentStart(this.code(at))) return false;
    let p = at;
    while (isIdentPart(this.code(p))) p++;
    if (!TOP_LEVEL_BLOCKS.has(this.text.slice(at, p))) return false;
    while (this.code(p) === Ch.Space || this.code(p) === Ch.Tab) p++;
    const c = this.code(p);
    return c === Ch.Quote || c === Ch.OpenBrace || isIdentStart(c);
  }

  private readName(): HclName {
    const start = this.pos;
    while (isIdentPart(this.code())) this.pos++;
    return { offset: start, length: this.pos - start, value: this.text.slice(start, this.pos) };
  }

  private missing(at = this.pos): HclMissing {
    return { type: 'missing', offset: at, length: 0 };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Bodies, attributes, blocks

  private parseBody(inBlock: boolean): HclBody {
    this.enter();
    const start = this.pos;
    const items: (HclAttribute | HclBlock)[] = [];
    for (;;) {
      this.skipAll();
      if (this.pos >= this.end) break;
      const c = this.code();
      if (c === Ch.CloseBrace) {
        if (inBlock) break;
        this.problem(this.pos, 1, 'This } closes nothing.');
        this.pos++;
        continue;
      }
      if (inBlock && this.atTopLevelBlock()) break;
      if (isIdentStart(c)) {
        items.push(this.parseItem());
        continue;
      }
      const at = this.pos;
      this.skipLine();
      this.problem(at, this.pos - at, 'Expected an attribute (name = value) or a block (type "label" { … }).');
    }
    this.depth--;
    return { type: 'body', offset: start, length: this.pos - start, items };
  }

  private parseItem(): HclAttribute | HclBlock {
    const name = this.readName();
    this.skipInline();
    if (this.code() === Ch.Equals && this.code(this.pos + 1) !== Ch.Equals) {
      const equalsOffset = this.pos++;
      this.skipInline();
      const value = this.atValueEnd() ? this.missingValue(equalsOffset) : this.parseExpression();
      this.endOfItem();
      return { type: 'attribute', offset: name.offset, length: Math.max(value.offset + value.length, equalsOffset + 1) - name.offset, name, equalsOffset, value };
    }
    const labels: HclLabel[] = [];
    for (;;) {
      const c = this.code();
      if (c === Ch.Quote) {
        const t = this.parseQuoted();
        labels.push({ offset: t.offset, length: t.length, value: decodeQuotedLabel(this.text, t), quoted: true });
        if (t.parts.some((p) => p.type !== 'text')) this.problem(t.offset, t.length, 'A block label cannot contain ${ } or %{ }.');
      } else if (isIdentStart(c)) {
        const n = this.readName();
        labels.push({ offset: n.offset, length: n.length, value: n.value, quoted: false });
      } else break;
      this.skipInline();
    }
    if (this.code() !== Ch.OpenBrace) {
      const at = this.pos;
      this.skipLine();
      this.problem(name.offset, Math.max(at, this.pos) - name.offset, `Expected = (an attribute) or { (a block) after "${name.value}".`);
      return { type: 'block', offset: name.offset, length: at - name.offset, blockType: name, labels, openOffset: undefined, body: { type: 'body', offset: at, length: 0, items: [] }, closed: false };
    }
    const openOffset = this.pos++;
    const saved = this.newlinesIgnored;
    this.newlinesIgnored = 0;
    const body = this.parseBody(true);
    this.newlinesIgnored = saved;
    let closed = false;
    let endOffset = body.offset + body.length;
    if (this.code() === Ch.CloseBrace) {
      endOffset = ++this.pos;
      closed = true;
      this.endOfItem();
    } else this.problem(openOffset, 1, `This { of ${name.value}${labels.map((l) => ` "${l.value}"`).join('')} is not closed.`);
    return { type: 'block', offset: name.offset, length: endOffset - name.offset, blockType: name, labels, openOffset, body, closed };
  }

  private atValueEnd(): boolean {
    return this.pos >= this.end || this.isNewline() || this.code() === Ch.CloseBrace;
  }

  private missingValue(equalsOffset: number): HclMissing {
    this.problem(equalsOffset, 1, 'Expected a value after =.');
    return this.missing();
  }

  /** After an attribute or a block: the end of the line (or the `}` of a one-line block). */
  private endOfItem(): void {
    this.skipInline();
    if (this.pos >= this.end || this.isNewline() || this.code() === Ch.CloseBrace || this.atTopLevelBlock()) return;
    const at = this.pos;
    this.skipLine();
    this.problem(at, this.pos - at, 'Expected the end of the line here.');
  }

  // ---------------------------------------------------------------------------------------------------------
  // Expressions

  private parseExpression(): HclExpression {
    this.enter();
    const condition = this.parseBinary(0);
    const save = this.pos;
    this.skipExpressionTrivia();
    let result: HclExpression = condition;
    if (this.code() === Ch.Question) {
      this.pos++;
      this.skipExpressionTrivia();
      const then = this.parseExpression();
      this.skipExpressionTrivia();
      let otherwise: HclExpression;
      if (this.code() === Ch.Colon) {
        this.pos++;
        this.skipExpressionTrivia();
        otherwise = this.parseExpression();
      } else {
        this.problem(this.pos, 0, 'Expected : and the value when the condition is false.');
        otherwise = this.missing();
      }
      const end = Math.max(otherwise.offset + otherwise.length, then.offset + then.length);
      result = { type: 'conditional', offset: condition.offset, length: end - condition.offset, condition, then, else: otherwise };
    } else this.pos = save;
    this.depth--;
    return result;
  }

  private parseBinary(level: number): HclExpression {
    if (level === BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const save = this.pos;
      this.skipExpressionTrivia();
      const operator = BINARY_LEVELS[level].find((op) => this.startsWith(op) && !(op === '<' && this.startsWith('<<')));
      if (!operator) {
        this.pos = save;
        return left;
      }
      this.pos += operator.length;
      this.skipExpressionTrivia();
      const right = this.parseBinary(level + 1);
      left = { type: 'binary', offset: left.offset, length: right.offset + right.length - left.offset, operator, left, right };
    }
  }

  private parseUnary(): HclExpression {
    const c = this.code();
    if (c === Ch.Bang || c === Ch.Minus) {
      const start = this.pos++;
      this.skipExpressionTrivia();
      this.enter();
      const operand = this.parseUnary();
      this.depth--;
      return { type: 'unary', offset: start, length: operand.offset + operand.length - start, operator: c === Ch.Bang ? '!' : '-', operand };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(expr: HclExpression): HclExpression {
    for (;;) {
      const save = this.pos;
      this.skipExpressionTrivia();
      const c = this.code();
      if (c === Ch.Dot && this.code(this.pos + 1) === Ch.Star) {
        this.pos += 2;
        expr = { type: 'splat', offset: expr.offset, length: this.pos - expr.offset, object: expr, full: false };
      } else if (c === Ch.Dot && (isIdentStart(this.code(this.pos + 1)) || isDigit(this.code(this.pos + 1)))) {
        this.pos++;
        let name: HclName;
        if (isDigit(this.code())) {
          const s = this.pos;
          while (isDigit(this.code())) this.pos++;
          name = { offset: s, length: this.pos - s, value: this.text.slice(s, this.pos) };
        } else name = this.readName();
        expr = { type: 'getattr', offset: expr.offset, length: this.pos - expr.offset, object: expr, name };
      } else if (c === Ch.Dot && save === this.pos && this.code(this.pos + 1) !== Ch.Dot) {
        // `aws_lambda_function.f.` being typed: keep the object, name the dot.
        this.problem(this.pos, 1, 'Expected a name after the dot.');
        this.pos++;
        expr = { type: 'getattr', offset: expr.offset, length: this.pos - expr.offset, object: expr, name: { offset: this.pos, length: 0, value: '' } };
      } else if (c === Ch.OpenBracket) {
        const open = this.pos++;
        this.newlinesIgnored++;
        this.skipAll();
        if (this.code() === Ch.Star) {
          this.pos++;
          this.skipAll();
          this.newlinesIgnored--;
          if (this.code() === Ch.CloseBracket) this.pos++;
          else this.problem(open, 1, 'Expected ] after [*.');
          expr = { type: 'splat', offset: expr.offset, length: this.pos - expr.offset, object: expr, full: true };
          continue;
        }
        const key = this.parseExpression();
        this.skipAll();
        this.newlinesIgnored--;
        const closed = this.code() === Ch.CloseBracket;
        if (closed) this.pos++;
        else this.problem(open, 1, 'This [ is not closed.');
        expr = { type: 'index', offset: expr.offset, length: this.pos - expr.offset, object: expr, key, closed };
      } else {
        this.pos = save;
        return expr;
      }
    }
  }

  private parsePrimary(): HclExpression {
    const start = this.pos;
    const c = this.code();
    if (isDigit(c)) return this.parseNumber();
    if (c === Ch.Quote) return this.parseQuoted();
    if (c === Ch.Less && this.code(this.pos + 1) === Ch.Less) return this.parseHeredoc();
    if (c === Ch.OpenParen) {
      this.pos++;
      this.newlinesIgnored++;
      this.skipAll();
      const expression = this.parseExpression();
      this.skipAll();
      this.newlinesIgnored--;
      const closed = this.code() === Ch.CloseParen;
      if (closed) this.pos++;
      else this.problem(start, 1, 'This ( is not closed.');
      return { type: 'parens', offset: start, length: this.pos - start, expression, closed };
    }
    if (c === Ch.OpenBracket) return this.parseTuple();
    if (c === Ch.OpenBrace) return this.parseObject();
    if (isIdentStart(c)) {
      const name = this.readName();
      if (name.value === 'true' || name.value === 'false') return { type: 'literal', offset: start, length: name.length, value: name.value === 'true' };
      if (name.value === 'null') return { type: 'literal', offset: start, length: name.length, value: null };
      let callName = name;
      while (this.startsWith('::') && isIdentStart(this.code(this.pos + 2))) {
        this.pos += 2;
        this.readName();
        callName = { offset: start, length: this.pos - start, value: this.text.slice(start, this.pos) };
      }
      const save = this.pos;
      this.skipInline();
      if (this.code() === Ch.OpenParen) return this.parseCall(callName);
      this.pos = save;
      return { type: 'variable', offset: start, length: name.length, name: name.value };
    }
    this.problem(start, 0, 'Expected an expression.');
    return this.missing(start);
  }

  private parseNumber(): HclExpression {
    const start = this.pos;
    while (isDigit(this.code())) this.pos++;
    if (this.code() === Ch.Dot && isDigit(this.code(this.pos + 1))) {
      this.pos++;
      while (isDigit(this.code())) this.pos++;
    }
    const e = this.code();
    if ((e === 101 || e === 69) && (isDigit(this.code(this.pos + 1)) || ((this.code(this.pos + 1) === Ch.Plus || this.code(this.pos + 1) === Ch.Minus) && isDigit(this.code(this.pos + 2))))) {
      this.pos += 2;
      while (isDigit(this.code())) this.pos++;
    }
    return { type: 'literal', offset: start, length: this.pos - start, value: Number(this.text.slice(start, this.pos)) };
  }

  private parseCall(name: HclName): HclCall {
    const open = this.pos++;
    this.newlinesIgnored++;
    const args: HclExpression[] = [];
    let expandFinal = false;
    let closed = false;
    for (;;) {
      this.skipAll();
      if (this.code() === Ch.CloseParen) {
        this.pos++;
        closed = true;
        break;
      }
      if (this.pos >= this.end || this.atTopLevelBlock()) break;
      const before = this.pos;
      args.push(this.parseExpression());
      this.skipAll();
      if (this.startsWith('...')) {
        this.pos += 3;
        expandFinal = true;
        this.skipAll();
      }
      if (this.code() === Ch.Comma) this.pos++;
      else if (this.code() !== Ch.CloseParen) {
        if (this.pos === before) this.pos++;
        if (this.code() !== Ch.CloseParen) {
          this.problem(this.pos, 0, `Expected , or ) in the arguments of ${name.value}().`);
          if (this.isNewlineOrEnd()) break;
        }
      }
    }
    this.newlinesIgnored--;
    if (!closed) this.problem(open, 1, `This ( of ${name.value}() is not closed.`);
    return { type: 'call', offset: name.offset, length: this.pos - name.offset, name, args, expandFinal, closed };
  }

  private isNewlineOrEnd(): boolean {
    return this.pos >= this.end || this.isNewline();
  }

  private atForKeyword(): boolean {
    return this.startsWith('for') && !isIdentPart(this.code(this.pos + 3)) && (this.code(this.pos + 3) === Ch.Space || this.code(this.pos + 3) === Ch.Tab || this.code(this.pos + 3) === Ch.LineFeed);
  }

  private parseTuple(): HclExpression {
    const start = this.pos++;
    this.newlinesIgnored++;
    this.skipAll();
    if (this.atForKeyword()) return this.parseFor(start, false);
    const items: HclExpression[] = [];
    let closed = false;
    for (;;) {
      this.skipAll();
      if (this.code() === Ch.CloseBracket) {
        this.pos++;
        closed = true;
        break;
      }
      if (this.pos >= this.end || this.atTopLevelBlock()) break;
      const before = this.pos;
      items.push(this.parseExpression());
      this.skipAll();
      if (this.code() === Ch.Comma) this.pos++;
      else if (this.code() !== Ch.CloseBracket && this.pos === before) {
        this.problem(this.pos, 1, 'Unexpected character in a list.');
        this.pos++;
      }
    }
    this.newlinesIgnored--;
    if (!closed) this.problem(start, 1, 'This [ is not closed.');
    return { type: 'tuple', offset: start, length: this.pos - start, items, closed };
  }

  private parseObject(): HclExpression {
    const start = this.pos++;
    this.newlinesIgnored++;
    this.skipAll();
    if (this.atForKeyword()) return this.parseFor(start, true);
    const items: HclObjectItem[] = [];
    let closed = false;
    for (;;) {
      this.skipAll();
      if (this.code() === Ch.CloseBrace) {
        this.pos++;
        closed = true;
        break;
      }
      if (this.pos >= this.end || this.atTopLevelBlock()) break;
      const before = this.pos;
      items.push(this.parseObjectItem());
      this.skipAll();
      if (this.code() === Ch.Comma) this.pos++;
      if (this.pos === before) {
        this.problem(this.pos, 1, 'Unexpected character in an object.');
        this.pos++;
      }
    }
    this.newlinesIgnored--;
    if (!closed) this.problem(start, 1, 'This { is not closed.');
    return { type: 'object', offset: start, length: this.pos - start, items, closed };
  }

  private parseObjectItem(): HclObjectItem {
    let key: HclExpression;
    if (isIdentStart(this.code())) {
      // A bare name is the key itself (`{ a = 1 }`), unless it starts an expression (`{ (var.k) = 1 }`, `a.b`).
      const save = this.pos;
      const name = this.readName();
      this.skipInline();
      if (this.code() === Ch.Equals || this.code() === Ch.Colon) key = { type: 'variable', offset: name.offset, length: name.length, name: name.value };
      else {
        this.pos = save;
        key = this.parseExpression();
      }
    } else key = this.parseExpression();
    this.skipInline();
    let equalsOffset: number | undefined;
    const c = this.code();
    if ((c === Ch.Equals && this.code(this.pos + 1) !== Ch.Equals && this.code(this.pos + 1) !== Ch.Greater) || c === Ch.Colon) {
      equalsOffset = this.pos++;
      this.skipInline();
    } else this.problem(this.pos, 0, 'Expected = or : after the key.');
    const value = equalsOffset !== undefined && !this.isNewlineOrEnd() && this.code() !== Ch.CloseBrace && this.code() !== Ch.Comma ? this.parseExpression() : this.missing();
    if (equalsOffset !== undefined && value.type === 'missing') this.problem(equalsOffset, 1, 'Expected a value after the key.');
    const end = Math.max(value.offset + value.length, equalsOffset === undefined ? key.offset + key.length : equalsOffset + 1);
    return { offset: key.offset, length: end - key.offset, key, equalsOffset, value };
  }

  /** After `[` or `{` and at `for`. */
  private parseFor(start: number, object: boolean): HclFor {
    this.pos += 3;
    this.skipAll();
    const variables: HclName[] = [];
    while (isIdentStart(this.code())) {
      variables.push(this.readName());
      this.skipAll();
      if (this.code() !== Ch.Comma) break;
      this.pos++;
      this.skipAll();
    }
    if (this.startsWith('in') && !isIdentPart(this.code(this.pos + 2))) this.pos += 2;
    else this.problem(this.pos, 0, 'Expected in after the for variables.');
    this.skipAll();
    const collection = this.parseExpression();
    this.skipAll();
    if (this.code() === Ch.Colon) this.pos++;
    else this.problem(this.pos, 0, 'Expected : after the for collection.');
    this.skipAll();
    let key: HclExpression | undefined;
    let value = this.parseExpression();
    this.skipAll();
    if (object && this.startsWith('=>')) {
      this.pos += 2;
      this.skipAll();
      key = value;
      value = this.parseExpression();
      this.skipAll();
    }
    let grouping = false;
    if (this.startsWith('...')) {
      this.pos += 3;
      grouping = true;
      this.skipAll();
    }
    let condition: HclExpression | undefined;
    if (this.startsWith('if') && !isIdentPart(this.code(this.pos + 2))) {
      this.pos += 2;
      this.skipAll();
      condition = this.parseExpression();
      this.skipAll();
    }
    const close = object ? Ch.CloseBrace : Ch.CloseBracket;
    let closed = false;
    while (this.pos < this.end && !this.atTopLevelBlock()) {
      if (this.code() === close) {
        this.pos++;
        closed = true;
        break;
      }
      const at = this.pos;
      this.skipLine();
      this.skipAll();
      this.problem(at, 0, `Expected ${object ? '}' : ']'} to end the for expression.`);
    }
    this.newlinesIgnored--;
    if (!closed && this.pos >= this.end) this.problem(start, 1, `This ${object ? '{' : '['} is not closed.`);
    return { type: 'for', offset: start, length: this.pos - start, object, variables, collection, key, value, condition, grouping, closed };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Templates

  private parseQuoted(): HclTemplate {
    const start = this.pos++;
    const saved = this.newlinesIgnored;
    this.newlinesIgnored = 0;
    const parts = this.parseTemplateParts('quoted');
    this.newlinesIgnored = saved;
    const contentEnd = this.pos;
    const closed = this.code() === Ch.Quote;
    if (closed) this.pos++;
    else this.problem(start, contentEnd - start, 'This string is not closed (a quoted string cannot span lines: use a heredoc or \\n).');
    return { type: 'template', kind: 'quoted', flush: false, marker: '', offset: start, length: this.pos - start, contentOffset: start + 1, contentEnd, parts, closed };
  }

  private parseHeredoc(): HclTemplate {
    const start = this.pos;
    this.pos += 2;
    const flush = this.code() === Ch.Minus;
    if (flush) this.pos++;
    const marker = this.readName().value;
    if (!marker || !this.isNewline()) {
      const at = this.pos;
      this.skipLine();
      this.problem(start, this.pos - start, marker ? 'A heredoc marker must be followed by a newline.' : 'Expected a heredoc marker after << (<<EOF).');
      return { type: 'template', kind: 'heredoc', flush, marker, offset: start, length: at - start, contentOffset: at, contentEnd: at, parts: [], closed: false };
    }
    this.pos += this.code() === Ch.CarriageReturn ? 2 : 1;
    const contentOffset = this.pos;
    // The closing line: the first whose text, trimmed, is the marker (hclsyntax scan_tokens.rl heredocLiteralEOL).
    let close = -1;
    let limit = this.end;
    for (let line = contentOffset; line < this.end;) {
      const eol = this.text.indexOf('\n', line);
      const lineEnd = eol < 0 || eol > this.end ? this.end : eol;
      if (this.text.slice(line, lineEnd).trim() === marker) {
        close = line;
        limit = line;
        break;
      }
      line = lineEnd + 1;
    }
    if (close < 0) {
      // Being typed: end before the next top-level block rather than swallow the rest of the file.
      for (let line = contentOffset; line < this.end;) {
        if (this.atTopLevelBlock(line)) {
          limit = line;
          break;
        }
        const eol = this.text.indexOf('\n', line);
        line = eol < 0 ? this.end : eol + 1;
      }
    }
    const savedEnd = this.end;
    const savedNewlines = this.newlinesIgnored;
    this.end = limit;
    this.newlinesIgnored = 1;
    const parts = this.parseTemplateParts('heredoc');
    this.end = savedEnd;
    this.newlinesIgnored = savedNewlines;
    const contentEnd = Math.min(this.pos, limit);
    if (close >= 0) {
      this.pos = this.text.indexOf(marker, close) + marker.length;
      return { type: 'template', kind: 'heredoc', flush, marker, offset: start, length: this.pos - start, contentOffset, contentEnd, parts, closed: true };
    }
    this.pos = limit;
    this.problem(start, 2 + (flush ? 1 : 0) + marker.length, `This heredoc has no closing line ${marker}.`);
    return { type: 'template', kind: 'heredoc', flush, marker, offset: start, length: limit - start, contentOffset, contentEnd, parts, closed: false };
  }

  /** Literal text, `${ }` and `%{ }` up to the closing quote, a newline (quoted) or the end (heredoc). */
  private parseTemplateParts(kind: 'quoted' | 'heredoc'): HclTemplatePart[] {
    const parts: HclTemplatePart[] = [];
    let textStart = this.pos;
    const flushText = (): void => {
      if (this.pos > textStart) parts.push({ type: 'text', offset: textStart, length: this.pos - textStart });
    };
    while (this.pos < this.end) {
      const c = this.code();
      if (kind === 'quoted') {
        if (c === Ch.Quote || this.isNewline()) break;
        if (c === Ch.Backslash) {
          this.pos += this.escapeLength();
          continue;
        }
      }
      if ((c === Ch.Dollar || c === Ch.Percent) && this.code(this.pos + 1) === c && this.code(this.pos + 2) === Ch.OpenBrace) {
        this.pos += 3; // $${ and %%{ are the literal ${ and %{
        continue;
      }
      if ((c === Ch.Dollar || c === Ch.Percent) && this.code(this.pos + 1) === Ch.OpenBrace) {
        flushText();
        parts.push(c === Ch.Dollar ? this.parseInterpolation() : this.parseDirective());
        textStart = this.pos;
        continue;
      }
      this.pos++;
    }
    flushText();
    return parts;
  }

  /** Source length of the escape sequence at a backslash (at least 2; \u and \U take their hex digits). */
  private escapeLength(): number {
    const next = this.code(this.pos + 1);
    if (next < 0 || next === Ch.LineFeed || next === Ch.CarriageReturn) return 1;
    const hex = next === 117 ? 4 : next === 85 ? 8 : 0;
    let n = 2;
    while (n < 2 + hex && /[0-9a-fA-F]/.test(String.fromCharCode(this.code(this.pos + n)))) n++;
    return n;
  }

  private parseInterpolation(): HclInterpolation {
    const start = this.pos;
    this.pos += 2;
    const stripBefore = this.code() === Ch.Tilde;
    if (stripBefore) this.pos++;
    this.skipExpressionTrivia();
    const expression = this.code() === Ch.CloseBrace || this.isNewlineOrEnd() ? this.missing() : this.parseExpression();
    if (expression.type === 'missing') this.problem(start, 2, 'Expected an expression inside ${ }.');
    this.skipExpressionTrivia();
    const stripAfter = this.code() === Ch.Tilde && this.code(this.pos + 1) === Ch.CloseBrace;
    if (stripAfter) this.pos++;
    const closed = this.code() === Ch.CloseBrace;
    if (closed) this.pos++;
    else this.problem(start, 2, 'This ${ is not closed.');
    return { type: 'interpolation', offset: start, length: this.pos - start, expression, stripBefore, stripAfter, closed };
  }

  private parseDirective(): HclDirective {
    const start = this.pos;
    this.pos += 2;
    const stripBefore = this.code() === Ch.Tilde;
    if (stripBefore) this.pos++;
    this.skipExpressionTrivia();
    const keyword = this.readName().value;
    this.skipExpressionTrivia();
    const variables: HclName[] = [];
    let expression: HclExpression | undefined;
    if (keyword === 'if') expression = this.parseExpression();
    else if (keyword === 'for') {
      while (isIdentStart(this.code())) {
        variables.push(this.readName());
        this.skipExpressionTrivia();
        if (this.code() !== Ch.Comma) break;
        this.pos++;
        this.skipExpressionTrivia();
      }
      if (this.startsWith('in') && !isIdentPart(this.code(this.pos + 2))) this.pos += 2;
      else this.problem(this.pos, 0, 'Expected in after the %{ for } variables.');
      this.skipExpressionTrivia();
      expression = this.parseExpression();
    } else if (keyword !== 'else' && keyword !== 'endif' && keyword !== 'endfor') {
      this.problem(start, this.pos - start, `%{ ${keyword} } is not a template directive (if, else, endif, for, endfor; write %%{ for a literal %{).`);
    }
    this.skipExpressionTrivia();
    const stripAfter = this.code() === Ch.Tilde && this.code(this.pos + 1) === Ch.CloseBrace;
    if (stripAfter) this.pos++;
    const closed = this.code() === Ch.CloseBrace;
    if (closed) this.pos++;
    else this.problem(start, 2, 'This %{ is not closed.');
    return { type: 'directive', offset: start, length: this.pos - start, keyword, expression, variables, stripBefore, stripAfter, closed };
  }
}
