/**
 * The Integrations view's tree, built from the server's workspace index: file → API → path → method. Pure data
 * (no `vscode`), so the grouping and ordering are easy to reason about.
 */
import type { IndexedFile, IntegrationSummary } from '../../../shared/protocol';

export interface IntegrationLeaf {
  readonly kind: 'integration';
  readonly id: string;
  readonly uri: string;
  readonly integration: IntegrationSummary;
  /** The method (`GET`), or the label's route part when there is no method. */
  readonly label: string;
}

export interface GroupNode {
  readonly kind: 'file' | 'api' | 'path';
  readonly id: string;
  readonly uri: string;
  readonly label: string;
  readonly children: TreeNode[];
  /** Every integration below. */
  readonly integrations: IntegrationLeaf[];
}

export type TreeNode = GroupNode | IntegrationLeaf;

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'ANY'];

function compareMethods(a: string, b: string): number {
  const ia = METHOD_ORDER.indexOf(a);
  const ib = METHOD_ORDER.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
}

/** `relative(uri)` names a file for display (the workspace-relative path). */
export function buildTree(files: readonly IndexedFile[], relative: (uri: string) => string): GroupNode[] {
  const roots: GroupNode[] = [];
  for (const file of [...files].sort((a, b) => relative(a.uri).localeCompare(relative(b.uri)))) {
    const apis = new Map<string, Map<string, IntegrationLeaf[]>>();
    for (const integration of file.integrations) {
      const api = apis.get(integration.api) ?? new Map<string, IntegrationLeaf[]>();
      apis.set(integration.api, api);
      const path = integration.path ?? (integration.location === 'openapi-component' ? 'components' : '(no route)');
      const leaves = api.get(path) ?? [];
      api.set(path, leaves);
      leaves.push({
        kind: 'integration',
        id: `${file.uri}#${integration.id}`,
        uri: file.uri,
        integration,
        label: integration.method ?? integration.label.split(' → ')[0],
      });
    }
    const apiNodes: GroupNode[] = [...apis.keys()].sort().map((name) => {
      const paths = apis.get(name)!;
      const pathNodes: GroupNode[] = [...paths.keys()].sort().map((path) => {
        const leaves = paths.get(path)!.sort((a, b) => compareMethods(a.label, b.label));
        return { kind: 'path', id: `${file.uri}#${name}#${path}`, uri: file.uri, label: path, children: leaves, integrations: leaves };
      });
      return { kind: 'api', id: `${file.uri}#${name}`, uri: file.uri, label: name, children: pathNodes, integrations: pathNodes.flatMap((p) => p.integrations) };
    });
    roots.push({ kind: 'file', id: file.uri, uri: file.uri, label: relative(file.uri), children: apiNodes, integrations: apiNodes.flatMap((a) => a.integrations) });
  }
  return roots;
}
