/**
 * Decoders for YAML scalars that record, for every decoded character, the file text that produced it.
 *
 * They follow YAML 1.2 (and the `yaml` package, whose `value` they must reproduce exactly): block scalars with
 * chomping and indentation indicators, folding of block and flow scalars, and double-quoted escapes.
 */
import type { SourceText } from '../text/sourceText';
import { MappingBuilder } from './sourceMap';

export interface DecodedRange {
  /** File offset where the content starts. */
  contentStart: number;
  /** File offset where the content ends (inclusive bound for caret positions). */
  contentEnd: number;
}

function isBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Length of the line break at p (0 if none): `\r\n` counts as one break. */
function breakLength(src: SourceText, p: number): number {
  if (src.charAt(p) === '\r') return src.charAt(p + 1) === '\n' ? 2 : 1;
  return src.charAt(p) === '\n' ? 1 : 0;
}

function lineEnd(src: SourceText, p: number): number {
  while (p < src.length && !isBreak(src.charAt(p))) p++;
  return p;
}

interface BlockLine {
  /** Start of the line's content after the block indentation. */
  textStart: number;
  /** End of the line, before its break. */
  end: number;
  breakStart: number;
  breakEnd: number;
  empty: boolean;
}

/**
 * A block scalar whose indicator (`|` or `>`) is at `offset`. Lines belong to it while they are blank or
 * indented at least as much as its content; the value is built from those lines as YAML specifies.
 */
export function decodeBlockScalar(src: SourceText, offset: number, b: MappingBuilder): DecodedRange {
  const folded = src.charAt(offset) === '>';
  let p = offset + 1;
  let indentIndicator = 0;
  let chomp: 'clip' | 'strip' | 'keep' = 'clip';
  for (let k = 0; k < 2; k++) {
    const c = src.charAt(p);
    if (c >= '1' && c <= '9' && !indentIndicator) {
      indentIndicator = c.charCodeAt(0) - 48;
      p++;
    } else if (c === '-' || c === '+') {
      chomp = c === '-' ? 'strip' : 'keep';
      p++;
    }
  }
  // The rest of the header line is white space and perhaps a comment.
  const headerEnd = lineEnd(src, p);
  const contentStart = headerEnd + breakLength(src, headerEnd);

  const parentIndent = parentIndentation(src, offset);

  let indent = indentIndicator ? parentIndent + indentIndicator : -1;
  const lines: BlockLine[] = [];
  let q = contentStart;
  while (q < src.length) {
    const end = lineEnd(src, q);
    let spaces = 0;
    while (q + spaces < end && src.charAt(q + spaces) === ' ') spaces++;
    const blank = q + spaces === end;
    if (indent < 0 && !blank) {
      if (spaces <= parentIndent) break; // no content: the next line belongs to the parent
      indent = spaces;
    }
    if (!blank && spaces < indent) break;
    if (spaces === 0 && !blank && /^(?:---|\.\.\.)(?:[ \t]|$)/.test(src.slice(q, Math.min(end, q + 4)))) break;
    const empty = blank && (indent < 0 || spaces <= indent);
    lines.push({ textStart: empty ? end : q + indent, end, breakStart: end, breakEnd: end + breakLength(src, end), empty });
    if (end >= src.length) break;
    q = end + breakLength(src, end);
  }

  const emitBreak = (line: BlockLine) => b.emit('\n', line.breakStart, line.breakEnd);
  let lastContent = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].empty) {
      lastContent = i;
      break;
    }
  }

  let prev: BlockLine | undefined;
  let emptiesSincePrev: BlockLine[] = [];
  for (let i = 0; i <= lastContent; i++) {
    const line = lines[i];
    if (line.empty) {
      if (prev) emptiesSincePrev.push(line);
      else emitBreak(line); // leading empty lines are kept as line feeds
      continue;
    }
    if (prev) {
      const bothNormal = folded && !isIndentedText(src, prev) && !isIndentedText(src, line);
      if (bothNormal) {
        if (emptiesSincePrev.length === 0) b.emit(' ', prev.breakStart, prev.breakEnd);
        else for (const e of emptiesSincePrev) emitBreak(e);
      } else {
        emitBreak(prev);
        for (const e of emptiesSincePrev) emitBreak(e);
      }
    }
    b.copy(src.slice(line.textStart, line.end), line.textStart);
    prev = line;
    emptiesSincePrev = [];
  }

  // Chomping: the final line break and the trailing empty lines.
  if (prev && chomp !== 'strip') emitBreak(prev);
  if (chomp === 'keep') {
    for (let i = lastContent + 1; i < lines.length; i++) {
      if (lines[i].breakEnd > lines[i].breakStart) emitBreak(lines[i]);
    }
  }
  const last = lines[lines.length - 1];
  return { contentStart, contentEnd: last ? last.end : contentStart };
}

/**
 * The indentation of the collection that holds the block scalar at `offset`, which an explicit indentation
 * indicator is relative to: the column of the key on the indicator's line (`  - key: |2` → 4), or of the last
 * `- ` when the scalar is a sequence item (`  - |2` → 2), or the line's indentation.
 */
function parentIndentation(src: SourceText, offset: number): number {
  let lineStart = offset;
  while (lineStart > 0 && !isBreak(src.charAt(lineStart - 1))) lineStart--;
  let p = lineStart;
  while (src.charAt(p) === ' ') p++;
  let parent = p - lineStart;
  while (p < offset && src.charAt(p) === '-' && (src.charAt(p + 1) === ' ' || src.charAt(p + 1) === '\t')) {
    parent = p - lineStart;
    p++;
    while (src.charAt(p) === ' ' || src.charAt(p) === '\t') p++;
  }
  const between = src.slice(p, offset);
  if (between.length > 0 && !/^(?:[!&]\S*\s+)*$/.test(between)) parent = p - lineStart; // a key precedes the indicator
  return parent;
}

/** A "more-indented" or spaced line in a folded scalar: its line breaks are kept, not folded. */
function isIndentedText(src: SourceText, line: BlockLine): boolean {
  const c = src.charAt(line.textStart);
  return c === ' ' || c === '\t';
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Skips the white space at the start of continuation lines and the empty lines after a line break at `p`
 * (already past the break). Returns the position of the next content character and the breaks of the empty lines.
 */
function skipFoldedLines(src: SourceText, p: number, end: number): { next: number; emptyBreaks: [number, number][] } {
  const emptyBreaks: [number, number][] = [];
  for (;;) {
    let q = p;
    while (q < end && (src.charAt(q) === ' ' || src.charAt(q) === '\t')) q++;
    if (q < end && isBreak(src.charAt(q))) {
      const len = breakLength(src, q);
      emptyBreaks.push([q, q + len]);
      p = q + len;
      continue;
    }
    return { next: q, emptyBreaks };
  }
}

/** A plain, single-quoted or double-quoted scalar whose content (without quotes) is [start, end). */
export function decodeFlowScalar(src: SourceText, start: number, end: number, kind: 'plain' | 'single' | 'double', b: MappingBuilder): void {
  let p = start;
  while (p < end) {
    const c = src.charAt(p);
    if (isBreak(c)) {
      b.dropTrailingRawWhitespace();
      const breakStart = p;
      const breakEnd = p + breakLength(src, p);
      const { next, emptyBreaks } = skipFoldedLines(src, breakEnd, end);
      if (next >= end && kind === 'plain') break;
      if (emptyBreaks.length === 0) b.emit(' ', breakStart, breakEnd);
      else for (const [s, e] of emptyBreaks) b.emit('\n', s, e);
      p = next;
      continue;
    }
    if (kind === 'single' && c === "'" && src.charAt(p + 1) === "'") {
      b.emit("'", p, p + 2);
      p += 2;
      continue;
    }
    if (kind === 'double' && c === '\\' && p + 1 < end) {
      const e = src.charAt(p + 1);
      if (isBreak(e)) {
        // An escaped line break joins the lines without a space. Empty lines after it fold as if the first of them
        // were the line break (one gives a space, n give n-1 line feeds), as the `yaml` package reads them.
        const { next, emptyBreaks } = skipFoldedLines(src, p + 1 + breakLength(src, p + 1), end);
        if (emptyBreaks.length === 1) b.emit(' ', emptyBreaks[0][0], emptyBreaks[0][1]);
        for (const [s, t] of emptyBreaks.slice(1)) b.emit('\n', s, t);
        p = next;
        continue;
      }
      const hex = HEX_LENGTH[e];
      if (hex) {
        const digits = src.slice(p + 2, p + 2 + hex);
        if (digits.length === hex && /^[0-9a-fA-F]+$/.test(digits)) {
          b.emit(String.fromCodePoint(parseInt(digits, 16)), p, p + 2 + hex);
          p += 2 + hex;
          continue;
        }
      } else if (e in DOUBLE_ESCAPES) {
        b.emit(DOUBLE_ESCAPES[e], p, p + 2);
        p += 2;
        continue;
      }
    }
    b.copy(c, p);
    p++;
  }
}

/** A JSON string whose content (without quotes) is [start, end). */
export function decodeJsonString(src: SourceText, start: number, end: number, b: MappingBuilder): void {
  const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  let p = start;
  while (p < end) {
    const c = src.charAt(p);
    if (c === '\\' && p + 1 < end) {
      const e = src.charAt(p + 1);
      if (e in simple) {
        b.emit(simple[e], p, p + 2);
        p += 2;
        continue;
      }
      if (e === 'u') {
        const digits = src.slice(p + 2, p + 6);
        if (/^[0-9a-fA-F]{4}$/.test(digits)) {
          // One UTF-16 unit per escape: a surrogate pair is two escapes, each mapped to its own text.
          b.emit(String.fromCharCode(parseInt(digits, 16)), p, p + 6);
          p += 6;
          continue;
        }
      }
    }
    b.copy(c, p);
    p++;
  }
}
