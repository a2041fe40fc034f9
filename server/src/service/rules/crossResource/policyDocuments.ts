/**
 * IAM policy documents in a template (inline `Policies`, `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`), read into
 * statements whose deploy-time parts are holes. Anything we cannot read makes the set incomplete, and an
 * incomplete set never proves that a permission is missing.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import { HOLE, joinWithHoles } from '../../model/integrationUri';
import type { CfnTemplate } from '../../model/types';
import { evaluateString, Segment } from '../../model/values';
import { AstNode, getValue, isArray, isIntrinsic, isObject, ObjectNode, scalarText } from '../../parse/ast';

/** A template resource a value points at (`!GetAtt Queue.Arn`, `${Queue}`). */
export interface Reference {
  readonly id: string;
  readonly attribute?: string;
}

export interface ResourceEntry {
  /** The ARN pattern, holes for deploy-time parts. */
  readonly text: string;
  /** Template resources named in the holes. */
  readonly references: readonly Reference[];
  /** The entry is exactly one reference (`!GetAtt Bucket.Arn`). */
  readonly single?: Reference;
}

export interface Statement {
  readonly effect: 'Allow' | 'Deny';
  /** Action patterns; a hole where the action is computed. */
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly resources?: readonly ResourceEntry[];
  readonly notResources?: readonly ResourceEntry[];
  /** Has a Condition or sits under Fn::If: it may not apply. */
  readonly conditional: boolean;
  /** For messages: "inline policy `Send`", "AmazonSQSFullAccess", "SQSSendMessagePolicy". */
  readonly origin: string;
  /** Written for one role alone (its inline policy, or a policy resource attached to it only): narrowing it changes no other. */
  readonly ownedByRole?: boolean;
  /** Where the statement is written in this file (undefined for managed policies and SAM templates). */
  readonly node?: ObjectNode;
  /** Statements of an AWS managed policy only speak for the services the data covers. */
  readonly managed?: boolean;
}

export interface StatementSet {
  readonly statements: Statement[];
  /** False when some part could not be read (a parameter, an unknown managed policy, a computed document). */
  complete: boolean;
}

export function emptySet(): StatementSet {
  return { statements: [], complete: true };
}

/** Where a policy document's statements come from, given to each of them. */
export type StatementSource = Pick<Statement, 'origin' | 'ownedByRole'>;

/** Reads `PolicyDocument` (or a whole `Fn::If` of two). */
export function readPolicyDocument(document: AstNode | undefined, source: StatementSource, template: CfnTemplate, into: StatementSet, conditional = false): void {
  if (isIntrinsic(document) && document.name === 'Fn::If' && isArray(document.argument)) {
    for (const branch of document.argument.items.slice(1)) readPolicyDocument(branch, source, template, into, true);
    return;
  }
  if (isNoValue(document)) return;
  if (!isObject(document)) {
    into.complete = false;
    return;
  }
  const statement = getValue(document, 'Statement');
  const items = isArray(statement) ? statement.items : [statement];
  for (const item of items) readStatement(item, source, template, into, conditional);
}

function readStatement(node: AstNode | undefined, source: StatementSource, template: CfnTemplate, into: StatementSet, conditional: boolean): void {
  if (isIntrinsic(node) && node.name === 'Fn::If' && isArray(node.argument)) {
    for (const branch of node.argument.items.slice(1)) readStatement(branch, source, template, into, true);
    return;
  }
  if (isNoValue(node)) return;
  if (!isObject(node)) {
    into.complete = false;
    return;
  }
  const effect = scalarText(getValue(node, 'Effect'));
  if (effect !== 'Allow' && effect !== 'Deny') {
    into.complete = false;
    return;
  }
  const action = getValue(node, 'Action');
  const notAction = getValue(node, 'NotAction');
  const resource = getValue(node, 'Resource');
  const notResource = getValue(node, 'NotResource');
  into.statements.push({
    effect,
    actions: action !== undefined ? readActions(action) : notAction === undefined ? [HOLE] : undefined,
    notActions: notAction !== undefined ? readActions(notAction) : undefined,
    resources: resource !== undefined ? readResources(resource, template) : notResource === undefined ? [unknownEntry()] : undefined,
    notResources: notResource !== undefined ? readResources(notResource, template) : undefined,
    conditional: conditional || getValue(node, 'Condition') !== undefined,
    ...source,
    node,
  });
}

function readActions(node: AstNode): string[] {
  const items = isArray(node) ? node.items : [node];
  return items.filter((item) => !isNoValue(item)).map((item) => scalarText(item) ?? HOLE);
}

function readResources(node: AstNode, template: CfnTemplate): ResourceEntry[] {
  const items = isArray(node) ? node.items : [node];
  return items.filter((item) => !isNoValue(item)).map((item) => resourceEntry(item, template));
}

/** An ARN pattern from a node: literal text and holes, and the template resources the holes name. */
export function resourceEntry(node: AstNode | undefined, template: CfnTemplate): ResourceEntry {
  const value = evaluateString(node);
  if (!value) return unknownEntry();
  return entryFromSegments(value.segments, template);
}

export function entryFromSegments(segments: readonly Segment[], template: CfnTemplate): ResourceEntry {
  const references: Reference[] = [];
  for (const segment of segments) {
    if (!('hole' in segment)) continue;
    const hole = segment.hole;
    if (hole.kind === 'ref' && template.resources.has(hole.name)) references.push({ id: hole.name });
    else if (hole.kind === 'getatt' && template.resources.has(hole.resource)) references.push({ id: hole.resource, attribute: hole.attribute });
  }
  const single = segments.length === 1 && references.length === 1 ? references[0] : undefined;
  return { text: joinWithHoles({ segments: [...segments] }), references, single };
}

function unknownEntry(): ResourceEntry {
  return { text: HOLE, references: [] };
}

export function isNoValue(node: AstNode | undefined): boolean {
  return isIntrinsic(node) && node.name === 'Ref' && scalarText(node.argument) === 'AWS::NoValue';
}
