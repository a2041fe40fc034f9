/**
 * Writes structured values as YAML or JSON snippet text (LSP snippet syntax), with the file's indentation, so
 * skeletons and multi-line completions are built once and come out right in both formats: keys quoted when they
 * must be, CloudFormation intrinsics as `!Sub x` or `{"Fn::Sub": x}`, templates as `|-` blocks or JSON strings,
 * and `${1:default}` tab stops inside any scalar.
 */
import type { SourceText } from '../../text/sourceText';

/** A scalar's text: literal parts and tab stops with their default text. */
export type Part = string | { readonly stop: string };

export type SnippetValue =
  | { readonly kind: 'string'; readonly parts: readonly Part[] }
  /** Written as is in both formats (numbers, booleans). */
  | { readonly kind: 'raw'; readonly text: string }
  /** A multi-line text (mapping templates): a `|-` block in YAML, one string in JSON. */
  | { readonly kind: 'block'; readonly text: string }
  | { readonly kind: 'sub'; readonly parts: readonly Part[] }
  | { readonly kind: 'getAtt'; readonly resource: string; readonly attribute: string }
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, SnippetValue])[] }
  | { readonly kind: 'list'; readonly items: readonly SnippetValue[] };

export const str = (...parts: Part[]): SnippetValue => ({ kind: 'string', parts });
export const stop = (text: string): Part => ({ stop: text });
export const raw = (text: string): SnippetValue => ({ kind: 'raw', text });
export const block = (text: string): SnippetValue => ({ kind: 'block', text });
export const sub = (...parts: Part[]): SnippetValue => ({ kind: 'sub', parts });
export const getAtt = (resource: string, attribute: string): SnippetValue => ({ kind: 'getAtt', resource, attribute });
export const ref = (name: string): SnippetValue => ({ kind: 'ref', name });
export const map = (...entries: (readonly [string, SnippetValue] | undefined | false)[]): SnippetValue => ({
  kind: 'map',
  entries: entries.filter((e): e is readonly [string, SnippetValue] => !!e),
});
export const list = (...items: SnippetValue[]): SnippetValue => ({ kind: 'list', items });

export interface WriterOptions {
  readonly format: 'yaml' | 'json';
  /** One level of indentation (`'  '`). */
  readonly unit: string;
}

/** Escapes literal text for LSP snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** The text a snippet inserts with every tab stop at its default (for tests and plain-text clients). */
export function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
      out += snippet[++i];
      continue;
    }
    if (c === '$') {
      const choice = /^\$\{\d+\|([^,|]*)[^|]*\|\}/.exec(snippet.slice(i));
      if (choice) {
        out += choice[1];
        i += choice[0].length - 1;
        continue;
      }
      const open = /^\$\{\d+:/.exec(snippet.slice(i));
      if (open) {
        i += open[0].length - 1;
        continue; // the default text follows; its closing brace is dropped below
      }
      const tab = /^\$\d+/.exec(snippet.slice(i));
      if (tab) {
        i += tab[0].length - 1;
        continue;
      }
    }
    if (c === '}') continue; // the end of a `${n:...}` (literal braces are escaped)
    out += c;
  }
  return out;
}

class StopCounter {
  next = 1;
}

function partsText(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.stop)).join('');
}

/** Renders parts, escaping literal text with `escape` (format quoting) then for snippets. */
function renderParts(parts: readonly Part[], escape: (s: string) => string, counter: StopCounter): string {
  return parts.map((p) => (typeof p === 'string' ? escapeSnippet(escape(p)) : `\${${counter.next++}:${escapeSnippet(escape(p.stop))}}`)).join('');
}

/** How a YAML scalar must be quoted, judged on its full text. */
function yamlQuote(text: string): 'plain' | 'double' | 'single' {
  const plainOk =
    text !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/(: |\s#|:$)/.test(text) &&
    !/\s$/.test(text) &&
    !/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(text) &&
    !/^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i.test(text) &&
    !text.includes('\n');
  if (plainOk) return 'plain';
  if (!text.includes('"') && !text.includes('\\')) return 'double';
  if (!text.includes("'") && !text.includes('\n')) return 'single';
  return 'double';
}

function yamlScalar(parts: readonly Part[], counter: StopCounter): string {
  const style = yamlQuote(partsText(parts));
  if (style === 'plain') return renderParts(parts, (s) => s, counter);
  if (style === 'single') return `'${renderParts(parts, (s) => s.replace(/'/g, "''"), counter)}'`;
  return `"${renderParts(parts, (s) => JSON.stringify(s).slice(1, -1), counter)}"`;
}

function jsonScalar(parts: readonly Part[], counter: StopCounter): string {
  return `"${renderParts(parts, (s) => JSON.stringify(s).slice(1, -1), counter)}"`;
}

export function yamlKey(key: string): string {
  return yamlQuote(key) === 'plain' ? key : JSON.stringify(key);
}

export class SnippetWriter {
  private readonly counter = new StopCounter();

  constructor(private readonly options: WriterOptions) {}

  /** `key: value` (or `"key": value`) starting at the caret; following lines indented from `indent`. */
  property(key: string, value: SnippetValue, indent: string): string {
    return this.options.format === 'json' ? `${escapeSnippet(JSON.stringify(key))}: ${this.json(value, indent)}` : this.yamlEntry(key, value, indent);
  }

  /** Several properties, one per line, the first at the caret. JSON separates them with commas. */
  properties(entries: readonly (readonly [string, SnippetValue])[], indent: string): string {
    const separator = this.options.format === 'json' ? `,\n${indent}` : `\n${indent}`;
    return entries.map(([k, v]) => this.property(k, v, indent)).join(separator);
  }

  /** A value on its own, after `key: ` (YAML blocks start on the next line, indented from `indent`). */
  value(value: SnippetValue, indent: string): string {
    if (this.options.format === 'json') return this.json(value, indent);
    return this.yamlValue(value, indent).replace(/^ /, '');
  }

  private yamlEntry(key: string, value: SnippetValue, indent: string): string {
    return `${escapeSnippet(yamlKey(key))}:${this.yamlValue(value, indent)}`;
  }

  /** The text after `key:` — ` scalar`, or a newline and an indented block. */
  private yamlValue(value: SnippetValue, indent: string): string {
    const inner = indent + this.options.unit;
    switch (value.kind) {
      case 'string':
        return ' ' + yamlScalar(value.parts, this.counter);
      case 'raw':
        return ' ' + escapeSnippet(value.text);
      case 'block':
        return ` |-\n${value.text.split('\n').map((line) => (line ? inner + escapeSnippet(line) : '')).join('\n')}`;
      case 'sub':
        return ' !Sub ' + yamlScalar(value.parts, this.counter);
      case 'getAtt':
        return ` !GetAtt ${escapeSnippet(`${value.resource}.${value.attribute}`)}`;
      case 'ref':
        return ` !Ref ${escapeSnippet(value.name)}`;
      case 'map':
        if (!value.entries.length) return ' {}';
        return value.entries.map(([k, v]) => `\n${inner}${this.yamlEntry(k, v, inner)}`).join('');
      case 'list':
        if (!value.items.length) return ' []';
        return value.items.map((item) => `\n${indent}${this.options.unit}- ${this.yamlListItem(item, inner + '  ')}`).join('');
    }
  }

  /** A list item after `- `: a map's first key on the dash line, the rest under it. */
  private yamlListItem(item: SnippetValue, indent: string): string {
    if (item.kind === 'map' && item.entries.length) {
      return item.entries.map(([k, v], i) => `${i ? `\n${indent}` : ''}${this.yamlEntry(k, v, indent)}`).join('');
    }
    return this.yamlValue(item, indent).replace(/^ /, '');
  }

  private json(value: SnippetValue, indent: string): string {
    const inner = indent + this.options.unit;
    switch (value.kind) {
      case 'string':
        return jsonScalar(value.parts, this.counter);
      case 'raw':
        return escapeSnippet(value.text);
      case 'block':
        return escapeSnippet(JSON.stringify(value.text));
      case 'sub':
        return `{ "Fn::Sub": ${jsonScalar(value.parts, this.counter)} \\}`;
      case 'getAtt':
        return escapeSnippet(`{ "Fn::GetAtt": [${JSON.stringify(value.resource)}, ${JSON.stringify(value.attribute)}] }`);
      case 'ref':
        return escapeSnippet(`{ "Ref": ${JSON.stringify(value.name)} }`);
      case 'map':
        if (!value.entries.length) return '{}';
        return `{\n${value.entries.map(([k, v]) => `${inner}${escapeSnippet(JSON.stringify(k))}: ${this.json(v, inner)}`).join(',\n')}\n${indent}\\}`;
      case 'list':
        if (!value.items.length) return '[]';
        return `[\n${value.items.map((v) => inner + this.json(v, inner)).join(',\n')}\n${indent}]`;
    }
  }
}

/** The file's indentation unit: the smallest step between indented lines (2 spaces when unknown). */
export function indentUnit(text: SourceText): string {
  let smallest = 0;
  let previous = 0;
  let lines = 0;
  // The first 400 lines only: splitting a 15 MB file on each completion cost ~40 ms.
  for (let start = 0; start < text.length && ++lines <= 400; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (line[0] === '\t') return '\t';
    const step = indent - previous;
    if (step > 0 && (smallest === 0 || step < smallest)) smallest = step;
    previous = indent;
  }
  return ' '.repeat(smallest > 0 && smallest <= 8 ? smallest : 2);
}
