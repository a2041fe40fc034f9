import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel } from './buildModel';
import { createModelCache } from './modelCache';
import type { ApiModel } from './types';
import type { SyntaxProblem, SyntaxTree } from '../parse/ast';
import { editKeepsMarkers, FileFormat, formatOf, hasApiGatewayContent, MARGIN, parseText } from '../parse';
import { lineStartOf, nextLineStart } from '../text/textChange';
import { PieceText } from '../text/pieceText';
import { sourceOf } from '../text/pieceTextDocument';
import { flat, SourceText } from '../text/sourceText';
import { ANALYSIS_LIMIT_CODE, deepFlowAt, isStackOverflow, nestingProblem, sizeProblem, tooDeepAt } from '../parse/limits';

/**
 * One version of one document, parsed once. The model is built on first use and kept with the parse, so every
 * feature (diagnostics, completion, hover, ...) of that version shares both.
 */
export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  /** The text as the document holds it (pieces in the server): parsing, validation, completion, hover and fixes read this. */
  readonly source: SourceText;
  /** The whole text as one string, built on first use (rendering, and whatever else needs one string). */
  readonly text: string;
  readonly format: FileFormat;
  /** Whether the file has API Gateway content at all; when false nothing else is computed. */
  readonly isApiGateway: boolean;
  readonly tree: SyntaxTree;
  readonly model: ApiModel;
}

const EMPTY_TREE: SyntaxTree = { format: 'yaml', roots: [], problems: [] };
const EMPTY_MODEL: ApiModel = { kind: 'unknown', cfnTemplate: undefined, apis: [], integrations: [], v2Routes: new Map(), includes: [] };

/**
 * Parses a document. With `previous` (the parse of an earlier version of the same document) only what the edit
 * touched is parsed again and the rest of the tree is reused: `previous` must not be used afterwards (its
 * unchanged nodes now belong to the new tree, at their new offsets).
 */
export function parseDocument(document: TextDocument, previous?: ParsedDocument): ParsedDocument {
  const source = sourceOf(document);
  const format = formatOf(document.languageId, source);
  const sameDocument = previous && previous.uri === document.uri ? previous : undefined;
  // A standalone `.vtl` template is all VTL: it is not parsed as YAML (see features/mappingTemplates/vtlDocument.ts).
  const isApiGateway = document.languageId !== 'vtl' && isServed(source, sameDocument);
  // `text` is a getter in each literal (a spread would call it): the whole string is built only when read.
  const fields = { uri: document.uri, version: document.version, source, format, isApiGateway };
  if (!isApiGateway) return { ...fields, get text() { return flat(source); }, tree: { ...EMPTY_TREE, format }, model: EMPTY_MODEL };
  // Too large or too deep to analyse: one problem says so, and nothing else is computed (see parse/limits.ts).
  const tooLarge = sizeProblem(source);
  if (tooLarge) return { ...fields, get text() { return flat(source); }, tree: { format, roots: [], problems: [tooLarge] }, model: EMPTY_MODEL };
  const reusable = sameDocument && sameDocument.isApiGateway && sameDocument.format === format ? sameDocument.tree : undefined;
  const tree = parseWithinLimits(source, format, reusable);
  // What features keep between versions follows the tree: only a tree that reused the previous one keeps it.
  const memo = (reusable && memos.get(previous!)) || new Map<string, unknown>();
  // Same text (a save, an undo back): same tree, so the same model.
  const sameTree = tree === reusable ? previous : undefined;
  let model: ApiModel | undefined;
  const parsed: ParsedDocument = {
    ...fields,
    get text() {
      return flat(source);
    },
    tree,
    get model() {
      model ??= sameTree ? sameTree.model : buildModel(tree, documentMemo(parsed, 'model', createModelCache));
      return model;
    },
  };
  memos.set(parsed, memo);
  return parsed;
}

/**
 * hasApiGatewayContent, without reading the whole text when an edit of pieces cannot have changed its answer
 * (see editKeepsMarkers): the previous version's answer holds.
 */
function isServed(source: SourceText, previous: ParsedDocument | undefined): boolean {
  if (previous && previous.source instanceof PieceText && source instanceof PieceText) {
    const change = PieceText.changeBetween(previous.source, source);
    if (!change) return previous.isApiGateway;
    const from = lineStartOf(source, Math.max(0, change.start - MARGIN));
    const before = previous.source.slice(from, nextLineStart(previous.source, change.oldEnd + MARGIN));
    const after = source.slice(from, nextLineStart(source, change.newEnd + MARGIN));
    if (editKeepsMarkers(before, after)) return previous.isApiGateway;
  }
  return hasApiGatewayContent(flat(source));
}

const memos = new WeakMap<ParsedDocument, Map<string, unknown>>();

/**
 * State a feature keeps from one version of a document to the next, e.g. the findings of parts an edit did not
 * touch (their nodes are the same objects in the new tree). Starts empty for a document parsed from scratch.
 */
export function documentMemo<T>(parsed: ParsedDocument, key: string, create: () => T): T {
  let memo = memos.get(parsed);
  if (!memo) memos.set(parsed, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, create());
  return memo.get(key) as T;
}

/** The parse, or no tree and an `analysis-limit` problem when the text nests deeper than anything can walk. */
function parseWithinLimits(text: SourceText, format: FileFormat, reusable: SyntaxTree | undefined): SyntaxTree {
  let tree: SyntaxTree;
  try {
    tree = parseText(text, format, reusable);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { format, roots: [], problems: [nestingProblem()] };
  }
  // `yaml` catches its own stack overflows and reports them as syntax errors over a partial tree. Where it ran out
  // of stack depends on how deep the call stack already was (a reusing parse runs deeper than a fresh one), so the
  // report starts where the text alone says the nesting gets deep, with only the errors before that point.
  const overflow = (p: SyntaxProblem) => /call stack/i.test(p.message) || p.code === ANALYSIS_LIMIT_CODE;
  if (tree.problems.some(overflow)) {
    const at = deepFlowAt(flat(text)) ?? 0;
    return { format, roots: [], problems: [nestingProblem(at), ...tree.problems.filter((p) => p.offset < at && !overflow(p))] };
  }
  const deep = tooDeepAt(tree);
  if (deep === undefined) return tree;
  // Broken YAML can nest that deep too (`yaml` nests each `a: b: c` line into the previous one): keep its errors.
  return { format, roots: [], problems: [nestingProblem(deep), ...tree.problems.filter((p) => !overflow(p))] };
}
