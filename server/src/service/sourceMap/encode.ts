/**
 * The reverse of decoding: how template text must be written inside the string that holds it, for edits
 * (completion insert text, quick fixes). `"` in a JSON string becomes `\"`, a line break in a literal block
 * scalar becomes a line break plus the block's indentation, and so on.
 *
 * With `snippet: true` the text is a VS Code snippet: its syntax (`$1`, `${1:x}`, `\$`) is kept and only the
 * literal characters are encoded (then escaped again for the snippet where needed).
 */
import type { ScalarStyle } from '../parse/ast';

export interface EncodeOptions {
  /** The content indentation of a block scalar, or of a flow scalar's continuation lines (spaces). */
  indent?: string;
  /** The text is a snippet (VS Code syntax). */
  snippet?: boolean;
}

/** Encodes literal template text for the host style; undefined when that style cannot hold it (a line break in a plain scalar). */
function encodeLiteral(text: string, style: ScalarStyle, indent: string): string | undefined {
  switch (style) {
    case 'json':
      return JSON.stringify(text).slice(1, -1);
    case 'double':
      return text.replace(/[\\"\n\t\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!);
    case 'single':
      // A line break is written as an empty line (a single break would fold into a space); white space around a
      // line break cannot be written at all (folding strips it).
      if (/[ \t]\n|\n[ \t]/.test(text)) return undefined;
      return text.replace(/'/g, "''").replace(/\n/g, `\n\n${indent}`);
    case 'literal':
      return text.replace(/\n/g, `\n${indent}`);
    case 'folded':
      // Lines starting with white space would change the folding around them.
      if (/\n[ \t]/.test(text)) return undefined;
      return text.replace(/\n/g, `\n\n${indent}`);
    case 'plain':
      return /[\n]|: | #/.test(text) ? undefined : text;
  }
}

/** Splits a snippet into literal text and snippet syntax (`$1`, `${1:...}` delimiters, `$0`). */
function snippetTokens(snippet: string): { literal: boolean; text: string }[] {
  const out: { literal: boolean; text: string }[] = [];
  let literal = '';
  const flush = () => {
    if (literal) out.push({ literal: true, text: literal });
    literal = '';
  };
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      literal += snippet[++i];
      continue;
    }
    const m = /^(\$\d+|\$\{\d+:?|\$[A-Z_]+|\$\{[A-Z_]+:?)/.exec(snippet.slice(i));
    if (c === '$' && m) {
      flush();
      out.push({ literal: false, text: m[0] });
      i += m[0].length - 1;
      continue;
    }
    if (c === '}') {
      flush();
      out.push({ literal: false, text: '}' });
      continue;
    }
    literal += c;
  }
  flush();
  return out;
}

/**
 * How `text` (template text, or a snippet of it) must be written inside a string of `style`. Undefined when the
 * style cannot hold it; then offer a simpler insertion.
 */
export function encodeForHost(text: string, style: ScalarStyle, options: EncodeOptions = {}): string | undefined {
  const indent = options.indent ?? '';
  if (!options.snippet) return encodeLiteral(text, style, indent);
  let out = '';
  for (const token of snippetTokens(text)) {
    if (!token.literal) {
      out += token.text;
      continue;
    }
    const encoded = encodeLiteral(token.text, style, indent);
    if (encoded === undefined) return undefined;
    out += encoded.replace(/[\\$}]/g, (c) => '\\' + c);
  }
  return out;
}
