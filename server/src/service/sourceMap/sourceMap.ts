/**
 * Offset mappings between a decoded mapping template and the file text it came from.
 *
 * Modelled on Volar's segment mappings (`@volar/source-map`): a sorted list of segments, each pairing a run of
 * template (generated) characters with a run of file (source) characters. A segment is either a verbatim run
 * (same length on both sides, mapped character by character) or an atomic unit, such as the escape `\n` or
 * `\U0001F600`, a folded line break, or a dropped `!` of `${!X}`, whose template characters all map to the start
 * of its file text.
 *
 * Both sides are monotonic: decoding never reorders text, so both lookups are binary searches.
 */

export interface Segment {
  /** First template offset of the segment. */
  readonly templateOffset: number;
  readonly templateLength: number;
  /** First file offset of the segment. */
  readonly fileOffset: number;
  readonly fileLength: number;
  /** True for a verbatim run (mapped unit by unit); false for an atomic unit (escape, fold, dropped text). */
  readonly verbatim: boolean;
}

/**
 * Collects decoded text one UTF-16 unit at a time, each with the half-open file range that produced it.
 * Decoders call `copy` for verbatim text and `emit` for text produced by an escape or a fold.
 */
export class MappingBuilder {
  private readonly parts: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** How many units at the end are raw (unescaped) white space, which YAML folding strips before a line break. */
  private trailingRawWhitespace = 0;

  get length(): number {
    return this.starts.length;
  }

  /** Verbatim text from the file: unit i comes from fileOffset + i. */
  copy(text: string, fileOffset: number): void {
    for (let i = 0; i < text.length; i++) {
      this.parts.push(text[i]);
      this.starts.push(fileOffset + i);
      this.ends.push(fileOffset + i + 1);
      this.trailingRawWhitespace = text[i] === ' ' || text[i] === '\t' ? this.trailingRawWhitespace + 1 : 0;
    }
  }

  /** Text produced by the file range [fileStart, fileEnd) as a whole (an escape, a folded line break). */
  emit(text: string, fileStart: number, fileEnd: number): void {
    for (let i = 0; i < text.length; i++) {
      this.parts.push(text[i]);
      this.starts.push(fileStart);
      this.ends.push(fileEnd);
    }
    this.trailingRawWhitespace = 0;
  }

  /** Drops the raw spaces and tabs just before a line break (YAML flow folding). */
  dropTrailingRawWhitespace(): void {
    const n = this.trailingRawWhitespace;
    if (n > 0) {
      this.parts.splice(this.parts.length - n, n);
      this.starts.splice(this.starts.length - n, n);
      this.ends.splice(this.ends.length - n, n);
    }
    this.trailingRawWhitespace = 0;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** Groups per-unit file ranges into segments: verbatim runs, and one segment per multi-unit or odd-sized source. */
export function buildSegments(starts: readonly number[], ends: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < starts.length) {
    const start = starts[i];
    const end = ends[i];
    if (end - start === 1 && (i + 1 >= starts.length || starts[i + 1] !== start)) {
      // A verbatim run: consecutive units each produced by the next single file character.
      let j = i + 1;
      while (j < starts.length && ends[j] - starts[j] === 1 && starts[j] === starts[j - 1] + 1 && (j + 1 >= starts.length || starts[j + 1] !== starts[j])) j++;
      segments.push({ templateOffset: i, templateLength: j - i, fileOffset: start, fileLength: j - i, verbatim: true });
      i = j;
    } else {
      // An atomic unit: every template unit produced by the same file range.
      let j = i + 1;
      while (j < starts.length && starts[j] === start && ends[j] === end) j++;
      segments.push({ templateOffset: i, templateLength: j - i, fileOffset: start, fileLength: end - start, verbatim: false });
      i = j;
    }
  }
  return segments;
}

/** The lookups over a segment list, for a template whose content spans [contentStart, contentEnd] in the file. */
export class SegmentMap {
  constructor(
    readonly segments: readonly Segment[],
    readonly templateLength: number,
    /** File offset where the template content starts (after the opening quote or the block header line). */
    readonly contentStart: number,
    /** File offset where the template content ends (the closing quote, or the end of the block's last line). */
    contentEnd: number,
  ) {
    // A block scalar's final line break ends after its last line: the template's end maps there.
    const last = segments[segments.length - 1];
    this.contentEnd = last ? Math.max(contentEnd, last.fileOffset + last.fileLength) : contentEnd;
  }

  readonly contentEnd: number;

  /** The segment containing template offset t (0 <= t < templateLength). */
  private segmentAtTemplate(t: number): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid];
      if (t < s.templateOffset) hi = mid - 1;
      else if (t >= s.templateOffset + s.templateLength) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  toFileOffset(templateOffset: number): number {
    const t = Math.max(0, Math.min(Math.floor(templateOffset), this.templateLength));
    if (t === this.templateLength) {
      const last = this.segments[this.segments.length - 1];
      return last ? last.fileOffset + last.fileLength : this.contentStart;
    }
    const s = this.segmentAtTemplate(t);
    if (!s) return this.contentStart;
    return s.verbatim ? s.fileOffset + (t - s.templateOffset) : s.fileOffset;
  }

  /** The file offset just after the file text that produced template unit t. */
  private fileEndOf(t: number): number {
    const s = this.segmentAtTemplate(t);
    if (!s) return this.toFileOffset(t);
    return s.verbatim ? s.fileOffset + (t - s.templateOffset) + 1 : s.fileOffset + s.fileLength;
  }

  toTemplateOffset(fileOffset: number): number | undefined {
    if (fileOffset < this.contentStart || fileOffset > this.contentEnd) return undefined;
    // The last segment starting at or before fileOffset.
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid].fileOffset <= fileOffset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return 0; // indentation or white space before the first content character
    const s = this.segments[found];
    if (s.fileLength === 0 && s.fileOffset === fileOffset) return s.templateOffset; // text with no source (a final line feed at the end of the file)
    if (fileOffset < s.fileOffset + s.fileLength) {
      // Inside the segment: verbatim runs map one to one, an escape maps to its template start.
      return s.verbatim ? s.templateOffset + (fileOffset - s.fileOffset) : s.templateOffset;
    }
    // In a gap (indentation, a dropped line break, a closing quote): the next content character.
    return s.templateOffset + s.templateLength;
  }

  toFileRange(start: number, end: number): { start: number; end: number } {
    const s = Math.max(0, Math.min(start, this.templateLength));
    const e = Math.max(s, Math.min(end, this.templateLength));
    const fileStart = this.toFileOffset(s);
    if (e === s) return { start: fileStart, end: fileStart };
    return { start: fileStart, end: Math.max(fileStart, this.fileEndOf(e - 1)) };
  }
}
