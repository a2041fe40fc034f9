import type { AstNode, IntrinsicNode, ObjectNode } from './ast';
import { isLongFormIntrinsicKey } from './intrinsics';

/**
 * `{ "Fn::Sub": x }` / `{ Ref: x }`: a single-key object whose key is an intrinsic's name is that intrinsic,
 * in YAML and JSON alike. Anything else is returned unchanged.
 */
export function asLongFormIntrinsic(object: ObjectNode): AstNode {
  if (object.properties.length !== 1) return object;
  const property = object.properties[0];
  if (!isLongFormIntrinsicKey(property.key.value)) return object;
  const intrinsic: IntrinsicNode = {
    type: 'intrinsic',
    offset: object.offset,
    length: object.length,
    name: property.key.value,
    form: 'long',
    nameOffset: property.key.offset,
    nameLength: property.key.length,
    argument: property.value,
  };
  if (property.value) property.value.parent = intrinsic;
  return intrinsic;
}
