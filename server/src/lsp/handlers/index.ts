/**
 * Every LSP feature the server offers: its capability and its registration. Add a feature by adding its
 * module here; server.ts does not change.
 */
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerContext } from '../serverContext';
import { codeActionCapability, registerCodeActions } from './codeActions';
import { codeLensCapability, registerCodeLens } from './codeLens';
import { diagnosticsCapability, registerDiagnostics } from './diagnostics';
import { editingCapabilities, registerEditing } from './editing';
import { registerRender, renderCapability } from './render';
import { registerWorkspace, workspaceCapabilities } from './workspace';

export const FEATURES: readonly { capabilities: ServerCapabilities; register: (context: ServerContext) => void }[] = [
  { capabilities: codeActionCapability, register: registerCodeActions },
  { capabilities: diagnosticsCapability, register: registerDiagnostics },
  { capabilities: codeLensCapability, register: registerCodeLens },
  { capabilities: renderCapability, register: registerRender },
  { capabilities: editingCapabilities, register: registerEditing },
  { capabilities: workspaceCapabilities, register: registerWorkspace },
];
