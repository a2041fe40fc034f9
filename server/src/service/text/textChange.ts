import type { SourceText } from './sourceText';

/**
 * What changed between two versions of a text, as one replaced range: the common prefix and suffix are kept,
 * the middle differs. Editors send exactly this shape (one `didChange` per keystroke); computing it from the two
 * texts keeps the parser independent of how the change arrived (several events, a full-text sync, an undo).
 */
export interface TextChange {
  /** First offset that differs (same in both texts). */
  readonly start: number;
  /** End of the replaced range in the old text. */
  readonly oldEnd: number;
  /** End of the replacement in the new text. */
  readonly newEnd: number;
}

const BLOCK = 4096;

/** Undefined when the texts are equal. Compares in blocks, so 15 MB costs a few milliseconds. */
export function diffTexts(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + BLOCK <= max && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  // The common suffix may not overlap the common prefix.
  const room = max - start;
  let suffix = 0;
  while (suffix + BLOCK <= room && oldText.slice(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.slice(newText.length - suffix - BLOCK, newText.length - suffix)) {
    suffix += BLOCK;
  }
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** Start of the line holding `offset`. */
export function lineStartOf(text: SourceText, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** Start of the line after the one holding `offset` (the text length on the last line). */
export function nextLineStart(text: SourceText, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * The change widened to whole lines: `[lineStart, oldLineEnd)` of the old text became `[lineStart, newLineEnd)`
 * of the new one; every line outside is unchanged (those after it moved by `delta`).
 */
export interface LineChange {
  readonly lineStart: number;
  readonly oldLineEnd: number;
  readonly newLineEnd: number;
  readonly delta: number;
}

export function toLineChange(oldText: SourceText, newText: SourceText, change: TextChange): LineChange {
  const lineStart = lineStartOf(newText, change.start);
  // The line holding the end of the change is partly new; the lines after it are the common suffix.
  const newLineEnd = nextLineStart(newText, change.newEnd);
  const oldLineEnd = nextLineStart(oldText, change.oldEnd);
  return { lineStart, oldLineEnd, newLineEnd, delta: newLineEnd - oldLineEnd };
}
