// API Gateway's mapping-template engine: pure, synchronous, sandboxed. No vscode, no LSP, no I/O.
export * from './types';
export { renderTemplate, MAX_TEMPLATE_BYTES, MAX_FOREACH } from './render';
export { simulate, chooseRequestTemplate, chooseResponseTemplate, selectIntegrationResponse, selectionSubject, isLambdaIntegration, mediaType } from './pipeline';
export { buildLambdaProxyEvent, checkLambdaProxyResponse } from './lambdaProxy';
export { evaluateJsonPath } from './jsonpath';
