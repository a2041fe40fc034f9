/**
 * Random edits like a person makes them, from a seeded generator: mostly small changes that keep the file valid
 * (a character of a word or number replaced, a line duplicated), and the keystrokes that break its structure for a
 * while (quotes, brackets, colons, `|`, `---`, tags, anchors, re-indented or deleted lines), often undone at the next
 * step, as typing and undo do.
 */
import { random } from '../../../bench/generate';

export interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

const SNIPPETS = [
  ' ', '\n', '  ', 'x', '0', ':', ': ', '"', "'", '#', '# note\n', '{', '}', '[', ']', ',', '|', '>', '- ', '-',
  'key: value\n', '  nested:\n    a: 1\n', '- item\n', '!Ref X', '!Sub "${AWS::Region}"', '&anchor ', '*anchor', '---\n',
  '\t', '"quoted": 1,\n', 'type: aws_proxy', '{"statusCode": 200}', '\\', 'null',
];

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
}

/** The edit that takes `applyEdit(text, edit)` back to `text`. */
export function inverse(text: string, edit: Edit): Edit {
  return { offset: edit.offset, length: edit.text.length, text: text.slice(edit.offset, edit.offset + edit.length) };
}

/** A generator of edits for a text; after a breaking edit it returns its undo with probability `undoRate`. */
export function randomEdits(seed: number, format: 'yaml' | 'json', undoRate = 0.7): (text: string) => Edit {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const lineAt = (text: string, offset: number) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    return { start, end: newline < 0 ? text.length : newline + 1 };
  };
  let undo: Edit | undefined;

  /** In JSON: a line holding one `"key": scalar,` property, or a position inside a string. */
  const jsonSafeLine = (line: string) => /^\s*"[^"\\]*":\s*("[^"\\]*"|-?\d+|true|false|null),\n$/.test(line);
  const insideJsonString = (text: string, offset: number) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return (text.slice(start, offset).match(/"/g)?.length ?? 0) % 2 === 1 && !text.slice(start, offset).includes('\\');
  };

  const safe = (text: string): Edit => {
    if (rand() < 0.25) {
      // Duplicate a line (a duplicate key is still valid YAML; a JSON `"key": value,` line is still valid JSON).
      for (let tries = 0; tries < 20; tries++) {
        const line = lineAt(text, Math.floor(rand() * text.length));
        const content = text.slice(line.start, line.end);
        if (format === 'yaml' || jsonSafeLine(content)) return { offset: line.end, length: 0, text: content.replace(/([^\n])$/, '$1\n') };
      }
    }
    // Replace a letter with a letter (in JSON: inside a string) or a digit with a digit.
    for (let tries = 0; tries < 40; tries++) {
      const offset = Math.floor(rand() * text.length);
      const c = text[offset];
      if (/[a-z]/i.test(c) && (format === 'yaml' || insideJsonString(text, offset))) return { offset, length: 1, text: pick(['a', 'q', 'Z', 'e']) };
      if (/[1-9]/.test(c)) return { offset, length: 1, text: pick(['1', '5', '9']) };
    }
    return { offset: 0, length: 0, text: '' };
  };

  const breaking = (text: string): Edit => {
    const offset = Math.floor(rand() * (text.length + 1));
    const line = lineAt(text, offset);
    switch (Math.floor(rand() * 6)) {
      case 0: // delete a few characters
        return { offset, length: Math.min(text.length - offset, 1 + Math.floor(rand() * 12)), text: '' };
      case 1: // delete the line
        return { offset: line.start, length: line.end - line.start, text: '' };
      case 2: // indent or dedent the line
        return rand() < 0.5 ? { offset: line.start, length: 0, text: '  ' } : { offset: line.start, length: text.startsWith('  ', line.start) ? 2 : 0, text: '' };
      case 3: // a snippet at the start of a line
        return { offset: line.start, length: 0, text: pick(SNIPPETS) };
      case 4: // overwrite the line with the next one (a paste over a selection)
        return { offset: line.start, length: line.end - line.start, text: text.slice(line.end, lineAt(text, line.end).end) };
      default: // type a snippet
        return { offset, length: 0, text: pick(SNIPPETS) };
    }
  };

  return (text) => {
    if (undo && rand() < undoRate) {
      const edit = undo;
      undo = undefined;
      return edit;
    }
    undo = undefined;
    if (rand() < 0.55) return safe(text);
    const edit = breaking(text);
    undo = inverse(text, edit);
    return edit;
  };
}
