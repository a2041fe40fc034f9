/**
 * Whether a file is ours to serve: API Gateway markers anywhere in it. Cheap (regexes only, no imports), so the
 * extension can ask it too before starting the server, and unrelated YAML/JSON files cost nothing.
 */
const MARKERS = /x-amazon-apigateway-|AWS::ApiGateway|AWS::Serverless::(?:Http)?Api\b/;
const SAM_TRANSFORM = /AWS::Serverless-2016-10-31/;
const API_EVENT = /\bType["']?\s*:\s*["']?(?:Http)?Api["']?\s*(?:[,}\r\n]|$)/m;

export function hasApiGatewayContent(text: string): boolean {
  // A SAM template whose functions have `Api`/`HttpApi` events defines an API without naming one.
  return MARKERS.test(text) || (SAM_TRANSFORM.test(text) && API_EVENT.test(text));
}
