/**
 * Custom LSP messages between the extension and the server, in one file both import.
 * (Model: vscode-eslint $shared/customMessages.ts.)
 */
export const LANGUAGE_ID = { vtl: 'vtl' } as const;
export const CONFIG_SECTION = 'apigw';
