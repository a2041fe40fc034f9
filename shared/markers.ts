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

/**
 * Whether an edit cannot have changed hasApiGatewayContent's answer, from the text around it before and after
 * (`MARGIN` characters each side, to whole lines). A marker the edit touched lies within that text, and the text
 * further out is the same in both versions: when each pattern is found around the edit in both or in neither,
 * each is still found in the file exactly when it was, and the previous version's answer holds.
 */
export function editKeepsMarkers(before: string, after: string): boolean {
  return PATTERNS.every((pattern) => pattern.test(before) === pattern.test(after));
}

/** Characters each side of an edit that editKeepsMarkers needs: longer than any marker or `Type: Api` line. */
export const MARGIN = 256;
const PATTERNS = [MARKERS, SAM_TRANSFORM, API_EVENT];
