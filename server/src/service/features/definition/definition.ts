/**
 * Go to definition inside integrations: `${MyFunction.Arn}` in a Sub string (the exact `${...}`), `!GetAtt X.Arn`
 * and `!Ref X` to the resource or parameter; a `$ref` to the component integration; a `{param}` in the uri to the
 * `integration.request.path.param` mapping that fills it.
 */
import type { LocationLink, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { IntegrationView } from '../../model/integrationView';
import { viewOf } from '../../model/integrationView';
import type { CfnTemplate, Integration } from '../../model/types';
import { AstNode, contains, findNodeAtOffset, getProperty, isArray, isIntrinsic, isObject, PropertyNode, StringNode } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import { decodeTemplate } from '../../sourceMap';
import type { SourceText } from '../../text/sourceText';

interface Span {
  readonly offset: number;
  readonly length: number;
}

interface Found {
  readonly origin: Span;
  /** The whole target (a resource, a property) and its name. */
  readonly target: Span;
  readonly targetName: Span;
}

export function findDefinition(document: TextDocument, parsed: ParsedDocument, position: Position): LocationLink[] {
  if (!parsed.isApiGateway) return [];
  const offset = document.offsetAt(position);
  const integration = parsed.model.integrations.find((i) => i.node && contains(i.node, offset, true));
  if (!integration) return [];
  const node = nodeAt(parsed, offset);
  if (!node || node.type !== 'string') return [];
  const found = definitionAt(parsed, integration, node, offset);
  if (!found) return [];
  const range = (span: Span) => ({ start: document.positionAt(span.offset), end: document.positionAt(span.offset + span.length) });
  return [{ originSelectionRange: range(found.origin), targetUri: document.uri, targetRange: range(found.target), targetSelectionRange: range(found.targetName) }];
}

function nodeAt(parsed: ParsedDocument, offset: number): AstNode | undefined {
  for (const root of parsed.tree.roots) {
    const node = findNodeAtOffset(root, offset);
    if (node) return node;
  }
  return undefined;
}

function definitionAt(parsed: ParsedDocument, integration: Integration, node: StringNode, offset: number): Found | undefined {
  const template = parsed.model.cfnTemplate;
  const parent = node.parent;
  const grandparent = parent?.parent;
  const intrinsic = parent?.type === 'intrinsic' ? parent : parent?.type === 'array' && grandparent?.type === 'intrinsic' ? grandparent : undefined;
  if (intrinsic) {
    if (intrinsic.name === 'Fn::Sub' && (intrinsic.argument === node || (isArray(intrinsic.argument) && intrinsic.argument.items[0] === node))) {
      const sub = subReference(parsed, node, offset, template, intrinsic.argument);
      if (sub) return sub;
    }
    if (intrinsic.name === 'Fn::GetAtt') {
      const name = isArray(intrinsic.argument) ? (intrinsic.argument.items[0] === node ? node.value : undefined) : node.value.split('.')[0];
      if (name) return toResource(template, name, nameSpan(parsed.source, node, name));
    }
    if (intrinsic.name === 'Ref' && intrinsic.argument === node) return toResource(template, node.value, nameSpan(parsed.source, node, node.value));
  }
  const owner = parent?.type === 'property' ? parent : undefined;
  if (owner?.key.value === '$ref' && owner.value === node && integration.ref?.node === node && integration.ref.target) {
    const keyNode = integration.ref.target.keyNode;
    return { origin: node, target: (keyNode.parent as PropertyNode | undefined) ?? keyNode, targetName: keyNode };
  }
  return uriParameter(parsed, integration, node, offset);
}

/** `${Name}` / `${Res.Attr}` of a Sub string: to the resource, parameter or Sub variable it names. */
function subReference(parsed: ParsedDocument, node: StringNode, offset: number, template: CfnTemplate | undefined, argument: AstNode | undefined): Found | undefined {
  const decoded = decodeTemplate(parsed.source, node, { sub: true });
  for (const s of decoded.substitutions) {
    const range = decoded.toFileRange(s.offset, s.offset + s.length);
    if (offset < range.start || offset > range.end) continue;
    const origin = { offset: range.start, length: range.end - range.start };
    const variables = isArray(argument) ? argument.items[1] : undefined;
    const variable = isObject(variables) ? getProperty(variables, s.name) : undefined;
    if (variable) return { origin, target: variable, targetName: variable.key };
    return toResource(template, s.name.split('.')[0], origin);
  }
  return undefined;
}

function toResource(template: CfnTemplate | undefined, name: string, origin: Span): Found | undefined {
  if (!template || name.startsWith('AWS::')) return undefined;
  const resource = template.resources.get(name);
  const keyNode = resource?.keyNode ?? template.parameters.get(name)?.keyNode;
  if (!keyNode) return undefined;
  return { origin, target: (keyNode.parent as PropertyNode | undefined) ?? keyNode, targetName: keyNode };
}

/** The span of `name` at the start of a scalar's content (after a quote). */
function nameSpan(text: SourceText, node: StringNode, name: string): Span {
  const start = node.style === 'double' || node.style === 'single' || node.style === 'json' ? node.offset + 1 : node.offset;
  return text.slice(start, start + name.length) === name ? { offset: start, length: name.length } : node;
}

/** A `{param}` of the uri → the `integration.request.path.param` mapping. */
function uriParameter(parsed: ParsedDocument, integration: Integration, node: StringNode, offset: number): Found | undefined {
  const view = viewOf(integration, parsed.model.cfnTemplate);
  if (!view) return undefined;
  const uri = view.value('uri');
  const isUri = uri === node || (isIntrinsic(uri) && (uri.argument === node || (isArray(uri.argument) && uri.argument.items[0] === node)));
  if (!isUri) return undefined;
  const decoded = decodeTemplate(parsed.source, node, { sub: isIntrinsic(uri) && uri.name === 'Fn::Sub' });
  for (const match of decoded.text.matchAll(/(?<!\$)\{([A-Za-z0-9._-]+)\+?\}/g)) {
    const range = decoded.toFileRange(match.index!, match.index! + match[0].length);
    if (offset < range.start || offset > range.end) continue;
    const mapping = mappingProperty(view, match[1]);
    if (!mapping) return undefined;
    return { origin: { offset: range.start, length: range.end - range.start }, target: mapping, targetName: mapping.key };
  }
  return undefined;
}

function mappingProperty(view: IntegrationView, name: string): PropertyNode | undefined {
  const parameters = view.value('requestParameters');
  return isObject(parameters) ? getProperty(parameters, `integration.request.path.${name}`) : undefined;
}
