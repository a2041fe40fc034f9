/**
 * What one build of a document's model lends to the next. The incremental parser keeps the node objects of
 * everything an edit did not touch, so a path item whose node is the same object (and whose surroundings are
 * the same) has the same operations: they are reused instead of read again.
 */
import type { ObjectNode, StringNode } from '../parse/ast';
import type { Operation } from './types';

export interface ModelCache {
  readonly pathItems: WeakMap<ObjectNode, CachedPathItem>;
  /** Per path item: whether its integrations say HTTP API (1) and/or REST API (2). */
  readonly protocolEvidence: WeakMap<ObjectNode, number>;
}

export interface CachedPathItem {
  readonly key: StringNode;
  /** The definition around the path item when it was read; equal item by item (===) to reuse. */
  readonly context: readonly unknown[];
  readonly operations: Operation[];
}

export function createModelCache(): ModelCache {
  return { pathItems: new WeakMap(), protocolEvidence: new WeakMap() };
}

export function sameContext(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
