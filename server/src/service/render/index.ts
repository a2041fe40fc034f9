// API Gateway's mapping-template engine: pure, synchronous, sandboxed. No vscode, no LSP, no I/O.
export * from './types';
export { renderTemplate } from './render';
