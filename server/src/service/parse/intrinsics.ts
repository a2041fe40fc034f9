/**
 * CloudFormation intrinsic functions: their short-form YAML tags and long-form keys.
 * Source: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */

/** Short-form tag (without `!`) → long-form name. */
export const SHORT_FORM_TAGS: Readonly<Record<string, string>> = {
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  FindInMap: 'Fn::FindInMap',
  GetAtt: 'Fn::GetAtt',
  GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  Sub: 'Fn::Sub',
  Transform: 'Fn::Transform',
  Ref: 'Ref',
  Condition: 'Condition',
  And: 'Fn::And',
  Equals: 'Fn::Equals',
  If: 'Fn::If',
  Not: 'Fn::Not',
  Or: 'Fn::Or',
  Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString',
  ForEach: 'Fn::ForEach',
};

/** Long-form names recognised as a single-key object (`{ "Fn::Sub": ... }`, `{ "Ref": ... }`). */
export function isLongFormIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** The long-form name for a YAML tag such as `!Sub`; undefined for tags that are not CloudFormation's. */
export function intrinsicNameForTag(tag: string): string | undefined {
  if (!tag.startsWith('!') || tag.startsWith('!!')) return undefined;
  return SHORT_FORM_TAGS[tag.slice(1)];
}
