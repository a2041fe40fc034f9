/**
 * A mapping template taken out of the YAML/JSON string that holds it: the decoded text plus offset mappings
 * back to the file. Every VTL feature works on `text` and maps its results with `toFileOffset`/`toFileRange`.
 *
 * Conventions for `toTemplateOffset` (file → template), chosen for carets:
 * - outside the string's content (before or on the opening quote, the block header line, after the closing
 *   quote or the block's last line) → `undefined`;
 * - on the closing quote → `text.length` (a caret typing at the end of the string);
 * - on text that decoding drops (block indentation, folded white space, a dropped line break) → the offset of
 *   the next content character, so completion at the start of an indented line works;
 * - inside an escape (`\n`, `\u0041`, `''`) → the escape's template offset.
 */
import type { StringNode } from '../parse/ast';
import type { SourceText } from '../text/sourceText';
import { applySub, type TemplateSubstitution } from './cfnSub';
import { buildSegments, MappingBuilder, SegmentMap, type Segment } from './sourceMap';
import { decodeBlockScalar, decodeFlowScalar, decodeJsonString } from './yamlScalars';

export type { TemplateSubstitution } from './cfnSub';
export type { Segment } from './sourceMap';

export interface EmbeddedTemplate {
  /** The decoded template. */
  readonly text: string;
  /** CloudFormation `${Name}` substitutions (only with `{ sub: true }`), in template offsets. */
  readonly substitutions: TemplateSubstitution[];
  /** False when the decoder could not reproduce the parser's value; then every offset maps to the whole string. */
  readonly exact: boolean;
  /** File offsets of the content's first character and of its end. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The Volar-style segments behind the mapping (sorted on both sides). */
  readonly segments: readonly Segment[];
  /** Any offset 0..text.length (end inclusive); an offset inside an escape maps to the escape's start. */
  toFileOffset(templateOffset: number): number;
  /** See the conventions above; undefined outside the template's content. */
  toTemplateOffset(fileOffset: number): number | undefined;
  /** A template range [start, end) as a file range covering every file character that produced it. */
  toFileRange(start: number, end: number): { start: number; end: number };
}

export interface DecodeOptions {
  /** The string is the template argument of `Fn::Sub` / `!Sub`: list `${Name}`, turn `${!X}` into `${X}`. */
  sub?: boolean;
}

class Template implements EmbeddedTemplate {
  private readonly map: SegmentMap;
  readonly segments: readonly Segment[];

  constructor(
    readonly text: string,
    starts: readonly number[],
    ends: readonly number[],
    readonly contentStart: number,
    contentEnd: number,
    readonly substitutions: TemplateSubstitution[],
    readonly exact: boolean,
  ) {
    this.segments = buildSegments(starts, ends);
    this.map = new SegmentMap(this.segments, text.length, contentStart, contentEnd);
    this.contentEnd = this.map.contentEnd;
  }

  readonly contentEnd: number;

  toFileOffset(templateOffset: number): number {
    return this.map.toFileOffset(templateOffset);
  }

  toTemplateOffset(fileOffset: number): number | undefined {
    return this.map.toTemplateOffset(fileOffset);
  }

  toFileRange(start: number, end: number): { start: number; end: number } {
    return this.map.toFileRange(start, end);
  }
}

interface Decoded {
  builder: MappingBuilder;
  contentStart: number;
  contentEnd: number;
}

function decodeScalar(fileText: SourceText, node: StringNode): Decoded {
  const builder = new MappingBuilder();
  const start = node.offset;
  const end = node.offset + node.length;
  switch (node.style) {
    case 'literal':
    case 'folded': {
      const range = decodeBlockScalar(fileText, start, builder);
      return { builder, ...range };
    }
    case 'plain': {
      let e = end;
      while (e > start && ' \t\r\n'.includes(fileText.charAt(e - 1))) e--;
      decodeFlowScalar(fileText, start, e, 'plain', builder);
      return { builder, contentStart: start, contentEnd: e };
    }
    case 'single':
    case 'double': {
      const contentEnd = fileText.charAt(end - 1) === fileText.charAt(start) && end - 1 > start ? end - 1 : end;
      decodeFlowScalar(fileText, start + 1, contentEnd, node.style, builder);
      return { builder, contentStart: start + 1, contentEnd };
    }
    case 'json': {
      const contentEnd = fileText.charAt(end - 1) === '"' && end - 1 > start ? end - 1 : end;
      decodeJsonString(fileText, start + 1, contentEnd, builder);
      return { builder, contentStart: start + 1, contentEnd };
    }
  }
}

/**
 * Decodes the string `node` of `fileText` into its template text with a source map. Never throws: if the decoder
 * and the parser disagree (which the tests rule out for every style), the parser's value is used with a coarse
 * mapping (`exact: false`).
 */
export function decodeTemplate(fileText: SourceText, node: StringNode, options?: DecodeOptions): EmbeddedTemplate {
  // Rules, completion, hover and definition all decode the same strings of a version: decode each once. A node
  // an edit did not touch keeps its identity and text but may have moved, so the offset is part of the key.
  const sub = options?.sub === true;
  const cached = decodedTemplates.get(node);
  if (cached && cached.offset === node.offset && cached.length === node.length && cached.value === node.value && cached.sub === sub) return cached.template;
  const template = decodeUncached(fileText, node, sub);
  decodedTemplates.set(node, { offset: node.offset, length: node.length, value: node.value, sub, template });
  return template;
}

const decodedTemplates = new WeakMap<StringNode, { offset: number; length: number; value: string; sub: boolean; template: EmbeddedTemplate }>();

function decodeUncached(fileText: SourceText, node: StringNode, sub: boolean): EmbeddedTemplate {
  let decoded: Decoded | undefined;
  try {
    decoded = decodeScalar(fileText, node);
  } catch {
    decoded = undefined;
  }
  let text: string;
  let starts: readonly number[];
  let ends: readonly number[];
  let exact = true;
  if (decoded && decoded.builder.text() === node.value) {
    text = decoded.builder.text();
    starts = decoded.builder.starts;
    ends = decoded.builder.ends;
  } else {
    exact = false;
    text = node.value;
    starts = new Array<number>(text.length).fill(node.offset);
    ends = new Array<number>(text.length).fill(node.offset + node.length);
    decoded = { builder: new MappingBuilder(), contentStart: node.offset, contentEnd: node.offset + node.length };
  }
  let substitutions: TemplateSubstitution[] = [];
  if (sub) {
    const substituted = applySub(text, starts, ends);
    text = substituted.text;
    starts = substituted.starts;
    ends = substituted.ends;
    substitutions = substituted.substitutions;
  }
  return new Template(text, starts, ends, decoded.contentStart, decoded.contentEnd, substitutions, exact);
}

/** A template that is the whole of a file or region, character for character (a `.vtl` file). */
export function identityTemplate(text: string, fileOffset = 0): EmbeddedTemplate {
  const starts = Array.from({ length: text.length }, (_, i) => fileOffset + i);
  const ends = starts.map((s) => s + 1);
  return new Template(text, starts, ends, fileOffset, fileOffset + text.length, [], true);
}
