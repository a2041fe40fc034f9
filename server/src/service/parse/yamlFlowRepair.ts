/**
 * CloudFormation's YAML parser accepts multi-line flow collections whose continuation lines are indented no
 * deeper than their key:
 *
 *     Schema: {"type": "object",
 *     "properties": {...}}
 *
 * The `yaml` package follows the spec and rejects them ("Flow map in block collection must be sufficiently
 * indented"), losing the rest of the file. Inside a flow collection line breaks are only whitespace, so we
 * blank them (and comments) out — same length, so every offset stays exact — and parse again.
 */
import type { SourceText } from '../text/sourceText';

/** Whether the errors are the flow-indentation kind this repair fixes. */
export function needsFlowRepair(errors: readonly { code: string; message: string }[]): boolean {
  return errors.some((e) => e.code === 'BAD_INDENT' && e.message.startsWith('Flow '));
}

export function flattenFlowCollections(text: string): string {
  const out = text.split('');
  walkFlowCollections(text, out);
  return out.join('');
}

/**
 * Of the line starts `endAt(0) < endAt(1) < ... < endAt(count - 1)` after `from`, the index of the first where no
 * flow collection opened from `from` on is still open (`count` when there is none): where an entry that a
 * flow collection with too little indentation runs through really ends. One walk from `from`, stopping there;
 * asking "still open at this end?" for each end in turn read the text from `from` again every time (seconds
 * for a 300 KB file whose flow collection never closes).
 */
export function firstEndOutsideFlow(text: SourceText, from: number, count: number, endAt: (k: number) => number): number {
  if (count === 0) return 0;
  // Nothing after the last end matters: walk only up to it, as a text of its own.
  const region = text.slice(from, endAt(count - 1));
  let k = 0;
  let found = -1;
  // At a line start the walk reaches, no flow collection is open; the ends it jumped over were inside one.
  const reached = (lineStart: number): boolean => {
    while (k < count && endAt(k) - from < lineStart) k++;
    if (k < count && endAt(k) - from === lineStart) found = k;
    return k >= count || found >= 0;
  };
  const neverCloses = walkFlowCollections(region, undefined, reached);
  if (found >= 0) return found;
  if (neverCloses) return count;
  // The walk ran off the end of the region with every collection closed: the last end is outside them all.
  return count - 1;
}

/**
 * Visits the flow collections, blanking their line breaks into `out` when given; true if the last one never
 * closes. `reached` is told each line start outside a flow collection and stops the walk by returning true.
 */
function walkFlowCollections(text: string, out: string[] | undefined, reached?: (lineStart: number) => boolean): boolean {
  let i = 0;
  let blockScalarIndent = -1; // > -1 while inside a block scalar's content: its parent's indentation
  while (i < text.length) {
    if (reached?.(i)) return false;
    const lineEnd = indexOrEnd(text, '\n', i);
    const indent = countSpaces(text, i);
    const blank = text.slice(i, lineEnd).trim() === '';
    if (blockScalarIndent >= 0) {
      if (blank || indent > blockScalarIndent) {
        i = lineEnd + 1;
        continue;
      }
      blockScalarIndent = -1;
    }
    const valueStart = findValueStart(text, i + indent, lineEnd);
    if (valueStart < 0) {
      i = lineEnd + 1;
      continue;
    }
    const c = text[valueStart];
    if (c === '[' || c === '{') {
      i = flattenFrom(text, out, valueStart);
      if (i < 0) return true;
      continue;
    }
    if (c === '|' || c === '>') blockScalarIndent = indent;
    i = lineEnd + 1;
  }
  return false;
}

/** Where the value starts on this line (after `- ` items and a `key:`), or -1 when there is none to look at. */
function findValueStart(text: string, from: number, lineEnd: number): number {
  let p = from;
  while (text.startsWith('- ', p) || (text[p] === '-' && p + 1 === lineEnd)) p = skipSpaces(text, p + 1);
  if (p >= lineEnd || text[p] === '#') return -1;
  if (text[p] === '[' || text[p] === '{' || text[p] === '|' || text[p] === '>') return p;
  // A `key: value` line: the key may be quoted.
  let q = p;
  if (text[q] === '"' || text[q] === "'") q = skipQuoted(text, q);
  for (; q < lineEnd; q++) {
    if (text[q] === ':' && (q + 1 === lineEnd || text[q + 1] === ' ' || text[q + 1] === '\t' || text[q + 1] === '\r')) {
      const v = skipTag(text, skipSpaces(text, q + 1));
      return v < lineEnd ? v : -1;
    }
    if (text[q] === ' ' && text[q + 1] === '#') return -1;
  }
  return -1;
}

/** Blanks line breaks and comments until the flow collection opened at `start` closes. Returns the next line start (-1: never closes). */
function flattenFrom(text: string, out: string[] | undefined, start: number): number {
  let depth = 0;
  let p = start;
  while (p < text.length) {
    const c = text[p];
    if (c === '"' || c === "'") {
      const end = skipQuoted(text, p);
      if (out) for (let k = p; k < end; k++) if (text[k] === '\n' || text[k] === '\r') out[k] = ' ';
      p = end;
      continue;
    }
    if (c === '#' && (p === 0 || /\s/.test(text[p - 1]))) {
      const end = indexOrEnd(text, '\n', p);
      if (out) for (let k = p; k < end; k++) out[k] = ' ';
      p = end;
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return indexOrEnd(text, '\n', p) + 1;
    } else if ((c === '\n' || c === '\r') && out) out[p] = ' ';
    p++;
  }
  return -1;
}

function skipQuoted(text: string, p: number): number {
  const quote = text[p];
  for (let k = p + 1; k < text.length; k++) {
    if (quote === '"' && text[k] === '\\') k++;
    else if (text[k] === quote) {
      if (quote === "'" && text[k + 1] === "'") k++;
      else return k + 1;
    }
  }
  return text.length;
}

function skipTag(text: string, p: number): number {
  if (text[p] !== '!') return p;
  while (p < text.length && !/\s/.test(text[p])) p++;
  return skipSpaces(text, p);
}

function skipSpaces(text: string, p: number): number {
  while (text[p] === ' ' || text[p] === '\t') p++;
  return p;
}

function countSpaces(text: string, p: number): number {
  return skipSpaces(text, p) - p;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? text.length : i;
}
