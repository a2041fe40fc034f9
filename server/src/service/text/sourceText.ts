/**
 * The text of one document version as the parser and the per-keystroke features read it: by character, by slice
 * and by search, never as one string. A `string` is one; so is a PieceText (pieceText.ts), which an edit
 * changes without building the whole text again (on a 14 MB file that string cost ~40 ms per keystroke).
 * Whatever needs the whole text as a string calls `flat()` once per version.
 */
export interface SourceText {
  readonly length: number;
  charCodeAt(index: number): number;
  charAt(index: number): string;
  slice(start: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  toString(): string;
}

/** The whole text as one string (built once per version for a PieceText). */
export function flat(text: SourceText): string {
  return typeof text === 'string' ? text : text.toString();
}
