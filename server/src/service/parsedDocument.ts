import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel } from './model/buildModel';
import { createModelCache } from './model/modelCache';
import type { ApiModel } from './model/types';
import type { SyntaxTree } from './parse/ast';
import { FileFormat, formatOf, hasApiGatewayContent, parseText } from './parse';
import { isStackOverflow, nestingProblem, sizeProblem, tooDeepAt } from './limits';

/**
 * One version of one document, parsed once. The model is built on first use and kept with the parse, so every
 * feature (diagnostics, completion, hover, ...) of that version shares both.
 */
export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly format: FileFormat;
  /** Whether the file has API Gateway content at all; when false nothing else is computed. */
  readonly isApiGateway: boolean;
  readonly tree: SyntaxTree;
  readonly model: ApiModel;
}

const EMPTY_TREE: SyntaxTree = { format: 'yaml', roots: [], problems: [] };
const EMPTY_MODEL: ApiModel = { kind: 'unknown', template: undefined, apis: [], integrations: [], v2Routes: new Map(), includes: [] };

/**
 * Parses a document. With `previous` (the parse of an earlier version of the same document) only what the edit
 * touched is parsed again and the rest of the tree is reused: `previous` must not be used afterwards (its
 * unchanged nodes now belong to the new tree, at their new offsets).
 */
export function parseDocument(document: TextDocument, previous?: ParsedDocument): ParsedDocument {
  const text = document.getText();
  const format = formatOf(document.languageId, text);
  // A standalone `.vtl` template is all VTL: it is not parsed as YAML (see features/vtlDocument.ts).
  const isApiGateway = document.languageId !== 'vtl' && hasApiGatewayContent(text);
  if (!isApiGateway) {
    return { uri: document.uri, version: document.version, text, format, isApiGateway, tree: { ...EMPTY_TREE, format }, model: EMPTY_MODEL };
  }
  // Too large or too deep to analyse: one problem says so, and nothing else is computed (see limits.ts).
  const tooLarge = sizeProblem(text);
  if (tooLarge) return { uri: document.uri, version: document.version, text, format, isApiGateway, tree: { format, roots: [], problems: [tooLarge] }, model: EMPTY_MODEL };
  const reusable = previous && previous.uri === document.uri && previous.isApiGateway && previous.format === format ? previous.tree : undefined;
  const tree = parseWithinLimits(text, format, reusable);
  // What features keep between versions follows the tree: only a tree that reused the previous one keeps it.
  const memo = (reusable && memos.get(previous!)) || new Map<string, unknown>();
  // Same text (a save, an undo back): same tree, so the same model.
  const sameTree = tree === reusable ? previous : undefined;
  let model: ApiModel | undefined;
  const parsed: ParsedDocument = {
    uri: document.uri,
    version: document.version,
    text,
    format,
    isApiGateway,
    tree,
    get model() {
      model ??= sameTree ? sameTree.model : buildModel(tree, documentMemo(parsed, 'model', createModelCache));
      return model;
    },
  };
  memos.set(parsed, memo);
  return parsed;
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
function parseWithinLimits(text: string, format: FileFormat, reusable: SyntaxTree | undefined): SyntaxTree {
  let tree: SyntaxTree;
  try {
    tree = parseText(text, format, reusable);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { format, roots: [], problems: [nestingProblem()] };
  }
  // `yaml` catches its own stack overflows and reports them as syntax errors over a partial tree.
  const overflow = (p: { message: string }) => /call stack/i.test(p.message);
  const deep = tree.problems.find(overflow)?.offset ?? tooDeepAt(tree);
  if (deep === undefined) return tree;
  // Broken YAML can nest that deep too (`yaml` nests each `a: b: c` line into the previous one): keep its errors.
  return { format, roots: [], problems: [nestingProblem(deep), ...tree.problems.filter((p) => !overflow(p))] };
}
