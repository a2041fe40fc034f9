// The headers API Gateway (REST) drops, refuses or renames on the way through an integration.
// Evidence: LocalStack's AWS-validated TestApiGatewayHeaderRemapping (test/golden/cases, localstack/header-remapping/*,
// recorded 11-12-2024) sends every header below and records what the template, the backend, a Lambda proxy event
// and the client saw; the developer guide's "Amazon API Gateway important notes" lists the same headers as
// "may be remapped to x-amzn-Remapped-HEADER" (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html).
import type { IntegrationSpec, SampleRequest } from './types';

export interface DroppedHeader {
  name: string;
  reason: string;
}

const lower = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));

/** Dropped from the method request before anything reads it: templates, mappings, proxies and Lambda events. */
export const DROPPED_ON_ARRIVAL = lower([
  'Connection',
  'Content-Length',
  'Content-MD5',
  'Expect',
  'Max-Forwards',
  'Proxy-Authenticate',
  'Server',
  'TE',
  'Transfer-Encoding',
  'Trailer',
  'Upgrade',
  'WWW-Authenticate',
]);

/** Mapping one of these in requestParameters makes every request fail with 500 (recorded per integration type). */
const REFUSED_MAPPING_COMMON = ['Content-Length', 'Transfer-Encoding', 'X-Amzn-Trace-Id', 'X-Amzn-Apigateway-Api-Id'];
const REFUSED_MAPPING_AWS = [...REFUSED_MAPPING_COMMON, 'Authorization', 'Connection', 'Expect', 'Proxy-Authenticate', 'TE'];

/** Dropped from the integration request after the mappings and overrides ran. */
const DROPPED_AFTER_MAPPING_COMMON = ['Expect', 'Proxy-Authenticate', 'TE'];
const DROPPED_AFTER_MAPPING_AWS = [...DROPPED_AFTER_MAPPING_COMMON, 'Referer'];
const DROPPED_AFTER_MAPPING_HTTP = [...DROPPED_AFTER_MAPPING_COMMON, 'Via'];

/** Renamed x-amzn-Remapped-<name> on their way to the client. */
const REMAPPED_RESPONSE_COMMON = ['Connection', 'Content-Length', 'Date', 'Server'];
const REMAPPED_RESPONSE_NON_PROXY = [
  ...REMAPPED_RESPONSE_COMMON,
  'Authorization',
  'Content-MD5',
  'Expect',
  'Host',
  'Max-Forwards',
  'Proxy-Authenticate',
  'Trailer',
  'Upgrade',
  'User-Agent',
  'WWW-Authenticate',
];
/** Dropped on their way to the client. */
const DROPPED_RESPONSE_COMMON = ['Transfer-Encoding'];
const DROPPED_RESPONSE_HTTP_PROXY = [...DROPPED_RESPONSE_COMMON, 'Content-Encoding', 'Via'];

/** The sample request as API Gateway's templates and integrations see it, and the headers it dropped. */
export function arrivalRequest(request: SampleRequest): { request: SampleRequest; dropped: DroppedHeader[] } {
  const dropped: DroppedHeader[] = [];
  const seen = new Set<string>();
  const keep = <T>(headers: Record<string, T> | undefined): Record<string, T> | undefined => {
    if (!headers) return headers;
    const out: Record<string, T> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!DROPPED_ON_ARRIVAL.has(name.toLowerCase())) {
        out[name] = value;
        continue;
      }
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      dropped.push({ name, reason: `API Gateway drops ${name} from every method request before templates, mappings and integrations read it` });
    }
    return out;
  };
  if (!request.headers && !request.multiValueHeaders) return { request, dropped };
  return { request: { ...request, headers: keep(request.headers), multiValueHeaders: keep(request.multiValueHeaders) }, dropped };
}

/** The first requestParameters header API Gateway refuses to map for this integration type, if any. */
export function refusedMapping(type: IntegrationSpec['type'], mappedHeaders: readonly string[]): string | undefined {
  const refused = lower(type === 'AWS' || type === 'AWS_PROXY' ? REFUSED_MAPPING_AWS : REFUSED_MAPPING_COMMON);
  return mappedHeaders.find((h) => refused.has(h.toLowerCase()));
}

/** The integration request's headers without those API Gateway drops after mapping; and which it dropped. */
export function dropAfterMapping(type: IntegrationSpec['type'], headers: Record<string, string>): { headers: Record<string, string>; dropped: string[] } {
  const drop = lower(type === 'AWS' ? DROPPED_AFTER_MAPPING_AWS : type === 'HTTP' || type === 'HTTP_PROXY' ? DROPPED_AFTER_MAPPING_HTTP : DROPPED_AFTER_MAPPING_COMMON);
  const out: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(headers)) {
    if (drop.has(k.toLowerCase())) dropped.push(k);
    else out[k] = v;
  }
  return { headers: out, dropped };
}

/** The method response's headers as the client receives them: some renamed x-amzn-Remapped-*, some dropped. */
export function clientHeaders(type: IntegrationSpec['type'], headers: Record<string, string>): { headers: Record<string, string>; remapped: string[]; dropped: string[] } {
  const remap = lower(type === 'HTTP' || type === 'AWS' ? REMAPPED_RESPONSE_NON_PROXY : REMAPPED_RESPONSE_COMMON);
  const drop = lower(type === 'HTTP_PROXY' ? DROPPED_RESPONSE_HTTP_PROXY : DROPPED_RESPONSE_COMMON);
  const out: Record<string, string> = {};
  const remapped: string[] = [];
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(headers)) {
    const l = k.toLowerCase();
    if (drop.has(l)) dropped.push(k);
    else if (remap.has(l)) {
      remapped.push(k);
      out[`x-amzn-Remapped-${k}`] = v;
    } else out[k] = v;
  }
  return { headers: out, remapped, dropped };
}
