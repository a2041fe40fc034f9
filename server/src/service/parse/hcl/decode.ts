/**
 * The text a Terraform template stands for, and the map between that text and the file.
 *
 * Terraform renders a template before API Gateway sees it: escapes are decoded (`\n`, `\"`, `\u00e9` in quoted
 * strings only), `$${` and `%%{` become `${` and `%{`, `~` strip markers trim the neighbouring whitespace, and a
 * `<<-` heredoc loses the smallest indentation of its lines. `${ }` interpolations and `%{ }` directives are
 * Terraform's: they are holes here (zero-width in `text`, listed in `holes`), filled at plan time.
 *
 * Fidelity to hashicorp/hcl hclsyntax (parser.go ParseStringLiteralToken, parser_template.go
 * parseTemplateParts then flushHeredocTemplateParts, scan_tokens.rl): literal text is cut into the scanner's
 * tokens (a heredoc line each; a lone `$`/`%` and each `$${`/`%%{` apart), strip markers trim only the
 * adjacent token, and `<<-` counts the leading whitespace of each line's first token: a whitespace-only line
 * is ignored and keeps its spaces, a line starting with `${` at column 0 makes the indentation 0.
 */
import type { HclDirective, HclInterpolation, HclProblem, HclTemplate } from './ast';
import { Ch, isSpace } from './chars';

/**
 * A run of the decoded text and the file text it comes from — the shape of sourceMap/sourceMap.ts `Segment`, so
 * a `SegmentMap` can wrap these: verbatim (mapped unit by unit) or one atomic unit (an escape, `$${`).
 */
export interface DecodedSegment {
  readonly templateOffset: number;
  readonly templateLength: number;
  readonly fileOffset: number;
  readonly fileLength: number;
  readonly verbatim: boolean;
}

export interface DecodedHole {
  /** Where in `text` Terraform inserts the hole's value. */
  readonly templateOffset: number;
  readonly part: HclInterpolation | HclDirective;
}

export interface DecodedTemplate {
  readonly text: string;
  readonly segments: DecodedSegment[];
  readonly holes: DecodedHole[];
  /** Invalid escape sequences. */
  readonly problems: HclProblem[];
}

interface Piece {
  text: string;
  src: number;
  srcLen: number;
}

interface LiteralToken {
  readonly kind: 'literal';
  pieces: Piece[];
  readonly lineStart: boolean;
}

interface HoleToken {
  readonly kind: 'hole';
  readonly part: HclInterpolation | HclDirective;
  readonly lineStart: boolean;
}

type Token = LiteralToken | HoleToken;

export function decodeTemplate(source: string, template: HclTemplate): DecodedTemplate {
  const problems: HclProblem[] = [];
  const tokens = tokenize(source, template, problems);
  strip(tokens);
  if (template.kind === 'heredoc' && template.flush) flush(tokens);
  return assemble(source, tokens, problems);
}

/** A quoted block label's value. */
export function decodeQuotedLabel(source: string, template: HclTemplate): string {
  return decodeTemplate(source, template).text;
}

function tokenize(source: string, template: HclTemplate, problems: HclProblem[]): Token[] {
  const tokens: Token[] = [];
  const quoted = template.kind === 'quoted';
  let lineStart = true;
  for (const part of template.parts) {
    if (part.type !== 'text') {
      tokens.push({ kind: 'hole', part, lineStart });
      lineStart = false;
      continue;
    }
    let current: LiteralToken | undefined;
    const open = (): LiteralToken => {
      if (!current) {
        current = { kind: 'literal', pieces: [], lineStart };
        tokens.push(current);
        lineStart = false;
      }
      return current;
    };
    const alone = (text: string, src: number, srcLen: number): void => {
      current = undefined;
      open().pieces.push({ text, src, srcLen });
      current = undefined;
    };
    const end = part.offset + part.length;
    let runStart = part.offset;
    const flushRun = (at: number): void => {
      if (at > runStart) open().pieces.push({ text: source.slice(runStart, at), src: runStart, srcLen: at - runStart });
    };
    for (let i = part.offset; i < end;) {
      const c = source.charCodeAt(i);
      if (c === Ch.Dollar || c === Ch.Percent) {
        flushRun(i);
        if (source.charCodeAt(i + 1) === c && source.charCodeAt(i + 2) === Ch.OpenBrace && i + 3 <= end) {
          alone(c === Ch.Dollar ? '${' : '%{', i, 3);
          i += 3;
        } else {
          alone(source[i], i, 1);
          i += 1;
        }
        runStart = i;
      } else if (quoted && c === Ch.Backslash) {
        flushRun(i);
        const length = escapeLength(source, i, end);
        open().pieces.push({ text: decodeEscape(source, i, length, problems), src: i, srcLen: length });
        i += length;
        runStart = i;
      } else if (!quoted && c === Ch.LineFeed) {
        i++;
        flushRun(i);
        runStart = i;
        current = undefined;
        lineStart = true;
      } else i++;
    }
    flushRun(end);
  }
  return tokens;
}

function escapeLength(source: string, at: number, end: number): number {
  const next = source.charCodeAt(at + 1);
  if (at + 1 >= end) return 1;
  const hex = next === 117 ? 4 : next === 85 ? 8 : 0;
  let n = 2;
  while (n < 2 + hex && at + n < end && /[0-9a-fA-F]/.test(source[at + n])) n++;
  return n;
}

function decodeEscape(source: string, at: number, length: number, problems: HclProblem[]): string {
  const raw = source.slice(at, at + length);
  const bad = (message: string, value: string): string => {
    problems.push({ offset: at, length, message, code: 'syntax-error' });
    return value;
  };
  if (length < 2) return bad('Backslash must be followed by an escape sequence selector character.', raw);
  switch (raw[1]) {
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case '"': return '"';
    case '\\': return '\\';
    case 'u':
    case 'U': {
      const digits = raw[1] === 'u' ? 4 : 8;
      if (length !== 2 + digits) return bad(`The \\${raw[1]} escape sequence must be followed by ${digits === 4 ? 'four' : 'eight'} hexadecimal digits.`, raw);
      const cp = parseInt(raw.slice(2), 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return bad(`Cannot encode character U+${raw.slice(2)} in UTF-8.`, raw);
      return String.fromCodePoint(cp);
    }
    default:
      return bad(`The symbol "${raw[1]}" is not a valid escape sequence selector.`, raw.slice(1));
  }
}

function text(token: LiteralToken): string {
  return token.pieces.map((p) => p.text).join('');
}

/** `${~` trims the end of the literal token just before; `~}` the start of the one just after. */
function strip(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'hole') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (t.part.stripBefore && before?.kind === 'literal') trimEnd(before);
    if (t.part.stripAfter && after?.kind === 'literal') trimStart(after, Infinity);
  }
}

function trimEnd(token: LiteralToken): void {
  while (token.pieces.length) {
    const p = token.pieces[token.pieces.length - 1];
    let n = p.text.length;
    while (n > 0 && isSpace(p.text.charCodeAt(n - 1))) n--;
    if (n === p.text.length) return;
    if (p.text.length !== p.srcLen) {
      // An escape (`\n`) that decodes to whitespace goes whole.
      token.pieces.pop();
      continue;
    }
    if (n === 0) token.pieces.pop();
    else {
      p.text = p.text.slice(0, n);
      p.srcLen = n;
      return;
    }
  }
}

/** Removes up to `count` leading whitespace characters. */
function trimStart(token: LiteralToken, count: number): void {
  while (token.pieces.length && count > 0) {
    const p = token.pieces[0];
    if (p.text.length !== p.srcLen) {
      if (!isSpace(p.text.charCodeAt(0))) return;
      token.pieces.shift();
      count--;
      continue;
    }
    let n = 0;
    while (n < p.text.length && n < count && isSpace(p.text.charCodeAt(n))) n++;
    count -= n;
    if (n === p.text.length) token.pieces.shift();
    else {
      p.text = p.text.slice(n);
      p.src += n;
      p.srcLen -= n;
      return;
    }
  }
}

function flush(tokens: Token[]): void {
  let min = Infinity;
  const adjust: LiteralToken[] = [];
  for (const t of tokens) {
    if (!t.lineStart) continue;
    if (t.kind === 'hole') {
      min = 0;
      continue;
    }
    const value = text(t);
    let spaces = 0;
    while (spaces < value.length && isSpace(value.charCodeAt(spaces))) spaces++;
    if (spaces === value.length && value.endsWith('\n')) continue; // a blank line: not counted, not trimmed
    // "\r\n" is one grapheme in Go's count; it only ends a line, so it never sits in a leading run before text.
    adjust.push(t);
    if (spaces < min) min = spaces;
  }
  if (min === Infinity || min === 0) return;
  for (const t of adjust) trimStart(t, min);
}

function assemble(source: string, tokens: Token[], problems: HclProblem[]): DecodedTemplate {
  let out = '';
  const segments: DecodedSegment[] = [];
  const holes: DecodedHole[] = [];
  for (const t of tokens) {
    if (t.kind === 'hole') {
      holes.push({ templateOffset: out.length, part: t.part });
      continue;
    }
    for (const p of t.pieces) {
      if (!p.text.length && !p.srcLen) continue;
      const last = segments[segments.length - 1];
      const verbatim = p.text === source.slice(p.src, p.src + p.srcLen);
      if (verbatim && last?.verbatim && last.templateOffset + last.templateLength === out.length && last.fileOffset + last.fileLength === p.src) {
        segments[segments.length - 1] = { ...last, templateLength: last.templateLength + p.text.length, fileLength: last.fileLength + p.srcLen };
      } else segments.push({ templateOffset: out.length, templateLength: p.text.length, fileOffset: p.src, fileLength: p.srcLen, verbatim });
      out += p.text;
    }
  }
  return { text: out, segments, holes, problems };
}

function segmentAtText(decoded: { readonly segments: readonly DecodedSegment[] }, templateOffset: number): DecodedSegment | undefined {
  const s = decoded.segments;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].templateOffset + s[mid].templateLength <= templateOffset) lo = mid + 1;
    else if (s[mid].templateOffset > templateOffset) hi = mid - 1;
    else return s[mid];
  }
  return undefined;
}

/**
 * The file offset of an offset in the decoded text. An offset inside an escape maps to the escape's start; the
 * end of the text maps to the end of the last segment. Undefined for a template with no text.
 */
export function fileOffsetAt(decoded: { readonly segments: readonly DecodedSegment[] }, templateOffset: number): number | undefined {
  const seg = segmentAtText(decoded, templateOffset);
  if (seg) return seg.verbatim ? seg.fileOffset + (templateOffset - seg.templateOffset) : seg.fileOffset;
  const last = decoded.segments[decoded.segments.length - 1];
  if (last && templateOffset === last.templateOffset + last.templateLength) return last.fileOffset + last.fileLength;
  return undefined;
}

/**
 * The decoded-text offset of a file offset, or undefined where the file text stands for no text (inside a
 * `${ }`, or whitespace that `<<-` or a strip marker removed). Inside an escape: the escape's start; at the end
 * of a segment whose source is not followed by another: the end of its text.
 */
export function templateOffsetAt(decoded: { readonly segments: readonly DecodedSegment[] }, fileOffset: number): number | undefined {
  // Segments are in text order; their sources need not be (jsonencode sorts object keys).
  let end: number | undefined;
  for (const seg of decoded.segments) {
    if (fileOffset >= seg.fileOffset && fileOffset < seg.fileOffset + seg.fileLength) return seg.verbatim ? seg.templateOffset + (fileOffset - seg.fileOffset) : seg.templateOffset;
    if (fileOffset === seg.fileOffset + seg.fileLength) end = seg.templateOffset + seg.templateLength;
  }
  return end;
}
