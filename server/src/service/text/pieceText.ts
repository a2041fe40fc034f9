import { diffTexts, TextChange } from './textChange';
import type { SourceText } from './sourceText';

/** Pieces are cut at this length; an edit rebuilds one piece, so it costs microseconds at any file size. */
const PIECE = 16 * 1024;
/** A piece that grew past this many times the piece length (a paste) is cut again. */
const MAX_PIECES = 4;

/**
 * An immutable text kept as pieces of a few kilobytes. `replace` makes the next version by rebuilding the pieces
 * the edit touched and sharing every other piece with this version, so two versions are compared piece by
 * piece (`changeBetween`) and a keystroke never builds the whole text. V8 would otherwise make a 14 MB string
 * per keystroke: it lands in freshly mapped memory, ~40 ms on the benchmark machine for page faults alone.
 */
export class PieceText implements SourceText {
  private flatText: string | undefined;
  /** The piece of the last lookup: reads are local, so the next one is usually in it or the one after. */
  private last = 0;

  private constructor(
    private readonly pieces: readonly string[],
    private readonly starts: readonly number[],
    readonly length: number,
    readonly pieceLength: number,
  ) {}

  /** `pieceLength` is for tests, to make pieces small enough that reads cross them. */
  static from(text: string, pieceLength = PIECE): PieceText {
    const pieces: string[] = [];
    const starts: number[] = [];
    for (let start = 0; start < text.length; start += pieceLength) {
      starts.push(start);
      pieces.push(text.slice(start, start + pieceLength));
    }
    const result = new PieceText(pieces, starts, text.length, pieceLength);
    result.flatText = text;
    return result;
  }

  /** This text with `[start, end)` replaced by `insert` (offsets as in String.prototype.slice, clamped). */
  replace(start: number, end: number, insert: string): PieceText {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (!this.pieces.length) return PieceText.from(insert, this.pieceLength);
    const first = this.pieceAt(start);
    const last = end > start ? this.pieceAt(end - 1) : first;
    const merged = this.pieces[first].slice(0, start - this.starts[first]) + insert + this.pieces[last].slice(end - this.starts[last]);
    const middle: string[] = [];
    if (merged.length > MAX_PIECES * this.pieceLength) for (let p = 0; p < merged.length; p += this.pieceLength) middle.push(merged.slice(p, p + this.pieceLength));
    else if (merged.length) middle.push(merged);
    const pieces = [...this.pieces.slice(0, first), ...middle, ...this.pieces.slice(last + 1)];
    const starts = this.starts.slice(0, first);
    let offset = this.starts[first];
    for (let k = first; k < pieces.length; k++) {
      starts.push(offset);
      offset += pieces[k].length;
    }
    return new PieceText(pieces, starts, offset, this.pieceLength);
  }

  /**
   * Where `after` differs from `before`, as diffTexts would say, comparing shared pieces by identity: a version
   * made by `replace` shares all but the edited pieces with the one before, so this reads a few kilobytes.
   */
  static changeBetween(before: PieceText, after: PieceText): TextChange | undefined {
    const a = before.pieces;
    const b = after.pieces;
    const common = Math.min(a.length, b.length);
    let head = 0;
    while (head < common && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < common - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    const from = head < a.length ? before.starts[head] : before.length;
    const oldTo = tail ? before.starts[a.length - tail] : before.length;
    const newTo = tail ? after.starts[b.length - tail] : after.length;
    const inner = diffTexts(before.slice(from, oldTo), after.slice(from, newTo));
    return inner && { start: from + inner.start, oldEnd: from + inner.oldEnd, newEnd: from + inner.newEnd };
  }

  /** Whether the whole text was built (tests check that a keystroke's features never need it). */
  get joined(): boolean {
    return this.flatText !== undefined;
  }

  /** The whole text, built once (then every read uses it). */
  toString(): string {
    this.flatText ??= this.pieces.join('');
    return this.flatText;
  }

  charCodeAt(index: number): number {
    if (this.flatText !== undefined) return this.flatText.charCodeAt(index);
    if (!(index >= 0 && index < this.length)) return NaN;
    const k = this.pieceAt(index);
    return this.pieces[k].charCodeAt(index - this.starts[k]);
  }

  charAt(index: number): string {
    if (this.flatText !== undefined) return this.flatText.charAt(index);
    if (!(index >= 0 && index < this.length)) return '';
    const k = this.pieceAt(index);
    return this.pieces[k].charAt(index - this.starts[k]);
  }

  slice(start: number, end: number = this.length): string {
    if (this.flatText !== undefined) return this.flatText.slice(start, end);
    start = clampIndex(start, this.length);
    end = clampIndex(end, this.length);
    if (start >= end) return '';
    const first = this.pieceAt(start);
    const last = this.pieceAt(end - 1);
    if (first === last) return this.pieces[first].slice(start - this.starts[first], end - this.starts[first]);
    const parts = [this.pieces[first].slice(start - this.starts[first])];
    for (let k = first + 1; k < last; k++) parts.push(this.pieces[k]);
    parts.push(this.pieces[last].slice(0, end - this.starts[last]));
    return parts.join('');
  }

  indexOf(search: string, position = 0): number {
    if (this.flatText !== undefined) return this.flatText.indexOf(search, position);
    const from = Math.max(0, Math.min(Math.trunc(position) || 0, this.length));
    if (!search.length) return from;
    for (let k = from < this.length ? this.pieceAt(from) : this.pieces.length; k < this.pieces.length; k++) {
      const base = this.starts[k];
      const piece = this.pieces[k];
      const local = Math.max(0, from - base);
      const found = piece.indexOf(search, local);
      if (found >= 0) return base + found;
      if (search.length > 1) {
        // A match may start near the end of this piece and run into the next.
        const windowStart = base + Math.max(local, piece.length - search.length + 1);
        const across = this.slice(windowStart, base + piece.length + search.length - 1).indexOf(search);
        if (across >= 0) return windowStart + across;
      }
    }
    return -1;
  }

  lastIndexOf(search: string, position = Infinity): number {
    if (this.flatText !== undefined) return this.flatText.lastIndexOf(search, position);
    const at = Number.isNaN(position) ? this.length : Math.max(0, Math.min(Math.trunc(position), this.length));
    if (!search.length) return at;
    if (!this.length) return -1;
    for (let k = this.pieceAt(Math.min(at, this.length - 1)); k >= 0; k--) {
      const base = this.starts[k];
      const piece = this.pieces[k];
      const local = Math.min(at - base, piece.length - 1);
      if (search.length > 1) {
        // Matches starting in the last characters of this piece run into the next: they come after the rest.
        const windowStart = base + Math.max(0, piece.length - search.length + 1);
        if (windowStart <= at) {
          const across = this.slice(windowStart, base + piece.length + search.length - 1).lastIndexOf(search, at - windowStart);
          if (across >= 0) return windowStart + across;
        }
      }
      const found = piece.lastIndexOf(search, local);
      if (found >= 0) return base + found;
    }
    return -1;
  }

  /** The piece holding `offset` (the last piece for the end of the text). */
  private pieceAt(offset: number): number {
    const { starts, pieces } = this;
    const k = this.last;
    if (k < pieces.length && starts[k] <= offset && offset < starts[k] + pieces[k].length) return k;
    if (k + 1 < pieces.length && starts[k + 1] <= offset && offset < starts[k + 1] + pieces[k + 1].length) return (this.last = k + 1);
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return (this.last = low);
  }
}

function clampIndex(index: number, length: number): number {
  const value = Math.trunc(index) || 0;
  return value < 0 ? Math.max(0, length + value) : Math.min(value, length);
}
