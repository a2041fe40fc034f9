/**
 * Parsing that reuses the previous version's parse, so that an edit re-parses only what it touched: YAML by
 * entries of its block maps (yamlSegments.ts, plain entries read by yamlFast.ts), valid JSON by the properties
 * of the innermost object around the edit (jsonIncremental.ts, read by jsonFast.ts). Texts the pieces cannot
 * represent (several YAML documents, a root that is not a map, invalid JSON) are parsed whole.
 *
 * Reuse consumes the previous tree: its unchanged pieces move into the new tree (same node objects, offsets
 * shifted in place), so a tree must not be read after a later version was parsed from it. The document cache
 * keeps one version per document, which is exactly this life cycle.
 */
import type { SyntaxTree } from './ast';
import { parseJsonFast } from './jsonFast';
import { parseJsonIncremental } from './jsonIncremental';
import { parseJson } from './jsonParser';
import { diffTexts, TextChange, toLineChange } from '../text/textChange';
import { PieceText } from '../text/pieceText';
import { flat, SourceText } from '../text/sourceText';
import { parseYaml } from './yamlParser';
import { parseYamlSegments, YamlSegments } from './yamlSegments';

export type FileFormat = 'yaml' | 'json';

export interface ParseOptions {
  /** Texts shorter than this are parsed whole (0: none; the pieces give the same tree, faster). */
  readonly segmentMin?: number;
  /** Map entries at least this long are split into their own entries. */
  readonly splitMin?: number;
  /** Plain YAML entries read by yamlFast.ts (off: only the `yaml` package, to compare the two). */
  readonly fastYaml?: boolean;
}

export const DEFAULT_PARSE_OPTIONS: Required<ParseOptions> = { segmentMin: 0, splitMin: 8 * 1024, fastYaml: true };

interface Reusable {
  /** The text the tree was parsed from: kept as given, so that pieces are compared with pieces. */
  readonly text: SourceText;
  readonly format: FileFormat;
  readonly options: Required<ParseOptions>;
  /** YAML: the entries the tree was assembled from. JSON needs only the tree (valid JSON, read by jsonFast). */
  readonly yaml?: YamlSegments;
}

/** What a tree can be reused from, until a later version consumes it. */
const reusable = new WeakMap<SyntaxTree, Reusable>();

/**
 * Parses `text`, reusing `previous` (the tree of an earlier version of the same document) when it can. A YAML
 * edit of a PieceText is parsed from its pieces: the whole text is not built.
 */
export function parseText(text: SourceText, format: FileFormat, previous?: SyntaxTree, options: ParseOptions = {}): SyntaxTree {
  const settings = { ...DEFAULT_PARSE_OPTIONS, ...options };
  const before = previous ? reusable.get(previous) : undefined;
  const sameOptions = before && before.options.segmentMin === settings.segmentMin && before.options.splitMin === settings.splitMin && before.options.fastYaml === settings.fastYaml;
  if (before && before.format === format && sameOptions) {
    const textChange = changeBetween(before.text, text);
    if (!textChange) {
      // Same text (an undo back to it, a save): same tree, still reusable under the new version.
      reusable.set(previous!, { ...before, text });
      return previous!;
    }
    reusable.delete(previous!);
    if (format === 'yaml' && before.yaml) {
      const change = toLineChange(before.text, text, textChange);
      const result = parseYamlSegments(text, settings, { segments: before.yaml, change });
      if (result) return remember(result.tree, { text, format, options: settings, yaml: result.segments });
    } else if (format === 'json' && text.length >= settings.segmentMin) {
      const tree = parseJsonIncremental(text, previous!, textChange);
      if (tree) return remember(tree, { text, format, options: settings });
    }
  }
  return parseFresh(text, format, settings);
}

function parseFresh(source: SourceText, format: FileFormat, settings: Required<ParseOptions>): SyntaxTree {
  const text = flat(source);
  if (text.length >= settings.segmentMin) {
    if (format === 'yaml') {
      const result = parseYamlSegments(text, settings);
      if (result) return remember(result.tree, { text: source, format, options: settings, yaml: result.segments });
    }
  }
  if (format === 'json') {
    // Valid JSON (the usual case) the fast way; anything else through the parser that recovers and reports.
    const tree = parseJsonFast(text);
    if (tree) return text.length >= settings.segmentMin ? remember(tree, { text: source, format, options: settings }) : tree;
    return parseJson(text);
  }
  return parseYaml(text);
}

/** What changed: by pieces when both versions are pieces (an editor's document), else by the two strings. */
function changeBetween(before: SourceText, after: SourceText): TextChange | undefined {
  if (before instanceof PieceText && after instanceof PieceText) return PieceText.changeBetween(before, after);
  return diffTexts(flat(before), flat(after));
}

function remember(tree: SyntaxTree, state: Reusable): SyntaxTree {
  reusable.set(tree, state);
  return tree;
}

/** Whether a later parse can reuse this tree (for tests and the benchmark). */
export function isReusable(tree: SyntaxTree): boolean {
  return reusable.has(tree);
}
