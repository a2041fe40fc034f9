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

/** Whether the errors are the flow-indentation kind this repair fixes. */
export function needsFlowRepair(errors: readonly { code: string; message: string }[]): boolean {
  return errors.some((e) => e.code === 'BAD_INDENT' && e.message.startsWith('Flow '));
}

export function flattenFlowCollections(text: string): string {
  const out = text.split('');
  walkFlowCollections(text, out);
  return out.join('');
}

/** Whether a flow collection opened in the text is still open at its end (the text is part of a larger one). */
export function endsInsideFlow(text: string): boolean {
  return walkFlowCollections(text, undefined);
}

/** Visits the flow collections, blanking their line breaks into `out` when given; true if the last one never closes. */
function walkFlowCollections(text: string, out: string[] | undefined): boolean {
  let i = 0;
  let blockScalarIndent = -1; // > -1 while inside a block scalar's content: its parent's indentation
  while (i < text.length) {
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
