/**
 * Re-parses a valid JSON file after an edit by reading only the properties the edit touched.
 *
 * The previous tree says where every object's properties start. The innermost object whose braces enclose the
 * edit is re-read from the first property the edit can have changed; reading stops as soon as the next property
 * starts where an old one started (moved by the edit's length) after the edit: from there on the text is the old
 * text, so the old properties are reused, moved in place. Anything unexpected (a syntax error, an edit across
 * braces) returns undefined and the caller parses the whole text.
 */
import type { AstNode, ObjectNode, PropertyNode, SyntaxTree } from './ast';
import { JsonReader, NotPlainJson } from './jsonFast';
import { asLongFormIntrinsic } from './longForm';
import { shiftProperty } from './shift';
import type { TextChange } from '../text/textChange';
import type { SourceText } from '../text/sourceText';

export function parseJsonIncremental(text: SourceText, previous: SyntaxTree, change: TextChange): SyntaxTree | undefined {
  const root = previous.roots[0];
  if (previous.problems.length || previous.roots.length !== 1 || root?.type !== 'object' || !inside(root, change)) return undefined;
  try {
    return { format: 'json', roots: [reparseObject(text, root, change)], problems: [] };
  } catch (error) {
    if (error instanceof NotPlainJson) return undefined;
    throw error;
  }
}

/** Whether the change lies strictly between the object's braces (the braces themselves are unchanged). */
function inside(object: ObjectNode, change: TextChange): boolean {
  return object.offset < change.start && change.oldEnd <= object.offset + object.length - 1;
}

function reparseObject(text: SourceText, old: ObjectNode, change: TextChange): AstNode {
  const delta = change.newEnd - change.oldEnd;
  const close = old.offset + old.length - 1;
  const props = old.properties;
  // The first property whose text (up to the next key's first character) reaches the change.
  const first = props.length ? firstTouched(props, close, change.start) : 0;
  if (!props.length || (first === 0 && change.start <= props[0].offset)) {
    // The edit is before the first key (or the object was empty): read the whole object again.
    const reader = new JsonReader(text, old.offset);
    const node = reader.object();
    if (reader.pos !== old.offset + old.length + delta) throw new NotPlainJson();
    return node;
  }
  const object: ObjectNode = { type: 'object', offset: old.offset, length: old.length + delta, properties: [] };
  const out = object.properties;
  for (let i = 0; i < first; i++) out.push(props[i]);
  const target = props[first];
  const value = target.value;
  const nextStart = first + 1 < props.length ? props[first + 1].offset : close;

  if (value?.type === 'object' && inside(value, change) && change.oldEnd <= nextStart) {
    // The edit is inside this property's object value: go one level down, keep the key.
    const newValue = reparseObject(text, value, change);
    const property: PropertyNode = {
      type: 'property',
      offset: target.offset,
      length: newValue.offset + newValue.length - target.offset,
      key: target.key,
      value: newValue,
      colonOffset: target.colonOffset,
      parent: object,
    };
    target.key.parent = property;
    newValue.parent = property;
    out.push(property);
    for (let i = first + 1; i < props.length; i++) out.push(moved(props[i], delta));
  } else {
    readFrom(text, target.offset, object, props, first, change, delta);
  }
  for (const property of out) property.parent = object;
  return asLongFormIntrinsic(object);
}

/** Reads properties from `start` until the object closes or the text is old text again at an old property. */
function readFrom(text: SourceText, start: number, object: ObjectNode, props: PropertyNode[], first: number, change: TextChange, delta: number): void {
  const out = object.properties;
  const oldStarts = new Map<number, number>();
  for (let i = first + 1; i < props.length; i++) oldStarts.set(props[i].offset, i);
  const reader = new JsonReader(text, start);
  for (;;) {
    out.push(reader.property(object));
    reader.skipSpace();
    const c = reader.peek();
    reader.pos++;
    if (c === 125) {
      // The object must close where it closed before, moved: otherwise the edit changed the structure.
      if (reader.pos !== object.offset + object.length) throw new NotPlainJson();
      return;
    }
    if (c !== 44) throw new NotPlainJson();
    reader.skipSpace();
    const next = reader.pos;
    if (next >= change.newEnd) {
      const index = oldStarts.get(next - delta);
      if (index !== undefined) {
        for (let i = index; i < props.length; i++) out.push(moved(props[i], delta));
        return;
      }
    }
  }
}

function moved(property: PropertyNode, delta: number): PropertyNode {
  if (delta !== 0) shiftProperty(property, delta);
  return property;
}

/** Index of the first property whose extent (its key up to the next key, or the closing brace) reaches `offset`. */
function firstTouched(props: PropertyNode[], close: number, offset: number): number {
  let lo = 0;
  let hi = props.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = mid + 1 < props.length ? props[mid + 1].offset : close;
    if (end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
