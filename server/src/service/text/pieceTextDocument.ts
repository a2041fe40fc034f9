import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceText } from './pieceText';
import type { SourceText } from './sourceText';

const LF = 10;
const CR = 13;

/**
 * A TextDocument (same contract as vscode-languageserver-textdocument's) whose text is a PieceText: an
 * incremental change rebuilds a few kilobytes and shifts the line table, and the whole text is built only when
 * something asks for it (`getText()`). The server keeps its open documents as these; the service reads them
 * through `sourceOf`, so a keystroke's parse and completion never build the whole text.
 */
export class PieceTextDocument implements TextDocument {
  private lineOffsets: number[] | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private text: PieceText,
  ) {}

  /** `pieceLength` is for tests (see PieceText.from). */
  static create(uri: string, languageId: string, version: number, content: string, pieceLength?: number): PieceTextDocument {
    return new PieceTextDocument(uri, languageId, version, PieceText.from(content, pieceLength));
  }

  /** Applies the changes in order (in place, like TextDocument.update) and returns the document. */
  static update(document: PieceTextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): PieceTextDocument {
    for (const change of changes) document.apply(change);
    document.currentVersion = version;
    return document;
  }

  get version(): number {
    return this.currentVersion;
  }

  /** This version's text; a later update makes a new one and leaves this one as it was. */
  get source(): PieceText {
    return this.text;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    // As String.prototype.substring, which the original uses: a range given end first still reads its text.
    return this.text.slice(Math.min(start, end), Math.max(start, end));
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const end = this.beforeLineBreak(this.lineEnd(line), lineOffsets[line]);
    return { start: { line, character: 0 }, end: { line, character: end - lineOffsets[line] } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line < 0 || line >= lineOffsets.length) return '';
    const next = this.lineEnd(line);
    return this.text.slice(this.beforeLineBreak(next, lineOffsets[line]), next);
  }

  /** Where the line after `line` starts (the text's end for the last line). */
  private lineEnd(line: number): number {
    const lineOffsets = this.getLineOffsets();
    return line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.text.length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (lineOffsets[middle] > offset) high = middle;
      else low = middle + 1;
    }
    const line = low - 1;
    offset = this.beforeLineBreak(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const offset = Math.min(lineOffset + position.character, this.lineEnd(position.line));
    return this.beforeLineBreak(offset, lineOffset);
  }

  private apply(change: TextDocumentContentChangeEvent): void {
    if (!('range' in change) || !change.range) {
      this.text = PieceText.from(change.text, this.text.pieceLength);
      this.lineOffsets = undefined;
      return;
    }
    const range = wellFormed(change.range);
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    this.text = this.text.replace(startOffset, endOffset, change.text);
    const insertedEnd = startOffset + change.text.length;
    // A CR LF pair made or split at an edge of the edit is not in the inserted text's own line breaks.
    if (this.isCrLfAt(startOffset) || this.isCrLfAt(insertedEnd)) {
      this.lineOffsets = undefined;
      return;
    }
    const lineOffsets = this.getLineOffsets();
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = computeLineOffsets(change.text, false, startOffset);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lineOffsets[startLine + 1 + i] = added[i];
    } else {
      this.lineOffsets = [...lineOffsets.slice(0, startLine + 1), ...added, ...lineOffsets.slice(endLine + 1)];
    }
    const delta = change.text.length - (endOffset - startOffset);
    if (delta !== 0) {
      const offsets = this.lineOffsets!;
      for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += delta;
    }
  }

  private isCrLfAt(offset: number): boolean {
    return this.text.charCodeAt(offset - 1) === CR && this.text.charCodeAt(offset) === LF;
  }

  private getLineOffsets(): number[] {
    // Rare after creation (a CR LF pair split by an edit): builds the whole text once.
    this.lineOffsets ??= computeLineOffsets(this.text.toString(), true);
    return this.lineOffsets;
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** The document's text as the service reads it: pieces for a PieceTextDocument, else its string. */
export function sourceOf(document: TextDocument): SourceText {
  return document instanceof PieceTextDocument ? document.source : document.getText();
}

function isLineBreak(c: number): boolean {
  return c === CR || c === LF;
}

function computeLineOffsets(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const result: number[] = atLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
