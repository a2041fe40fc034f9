/**
 * Reads an integration `uri` (known text plus deploy-time holes) into its parts, for the uri rules and hover.
 * Holes match anything, so `!Sub arn:aws:apigateway:${AWS::Region}:lambda:path/...` is still checked.
 *
 * Formats: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (uri)
 */
import type { Hole, PartialString } from './values';

/** Stands for a hole inside the joined text. Never appears in real values. */
export const HOLE = '\u0000';

export type ParsedUri =
  | { kind: 'computed'; hole: Hole } // the whole uri is one deploy-time value (`!GetAtt Fn.Arn`, `!Ref Param`)
  | {
    kind: 'apigateway-arn';
    partition: string;
    region: string;
    /** `lambda`, `sqs`, `dynamodb`, `states`, or `{subdomain}.{service}` (`mybucket.s3`). */
    service: string;
    actionType: 'action' | 'path' | string;
    /** After `action/` or `path/`. */
    rest: string;
    lambda?: LambdaPath;
  }
  | { kind: 'lambda-function-arn'; region: string; account: string; functionName: string }
  | { kind: 'arn'; service: string; resource: string } // another ARN (load balancer listener, Cloud Map service, ...)
  | { kind: 'url'; scheme: string; host: string; path: string }
  | { kind: 'other'; text: string };

export interface LambdaPath {
  /** `2015-03-31`, or `2021-11-15` for response streaming. */
  apiVersion: string;
  /** The function ARN between `functions/` and `/invocations` (HOLE where unknown). */
  functionArn: string;
  endsWithInvocations: boolean;
  /** `/response-streaming-invocations` (REST API response streaming) rather than `/invocations`. */
  streaming: boolean;
  /** The hole standing for the whole function ARN (`${MyFunction.Arn}`), when there is one. */
  functionHole?: Hole;
}

export function joinWithHoles(value: PartialString): string {
  return value.segments.map((s) => ('text' in s ? s.text : HOLE)).join('');
}

export function parseIntegrationUri(value: PartialString): ParsedUri {
  if (value.segments.length === 1 && 'hole' in value.segments[0]) return { kind: 'computed', hole: value.segments[0].hole };
  const text = joinWithHoles(value);
  if (/^(https?):\/\//i.test(text)) {
    const match = /^(https?):\/\/([^/?#]*)([^?#]*)/i.exec(text)!;
    return { kind: 'url', scheme: match[1].toLowerCase(), host: match[2], path: match[3] };
  }
  if (text.startsWith('arn:')) {
    const parts = text.split(':');
    if (parts[0] === 'arn' && parts.length >= 6) {
      const [, partition, service, region, account, ...restParts] = parts;
      const resource = restParts.join(':');
      if (service === 'apigateway') return apigatewayArn(partition, region, account, resource);
      if (service === 'lambda' && resource.startsWith('function:')) {
        return { kind: 'lambda-function-arn', region, account: parts[4], functionName: resource.slice('function:'.length) };
      }
      return { kind: 'arn', service, resource: `${account}:${resource}` };
    }
  }
  return { kind: 'other', text };
}

/** `arn:aws:apigateway:{region}:{service}:{action|path}/{rest}` — the 5th field is the service, not an account. */
function apigatewayArn(partition: string, region: string, service: string, resource: string): ParsedUri {
  const slash = resource.indexOf('/');
  const actionType = slash >= 0 ? resource.slice(0, slash) : resource;
  const rest = slash >= 0 ? resource.slice(slash + 1) : '';
  const parsed: ParsedUri = { kind: 'apigateway-arn', partition, region, service, actionType, rest };
  if (service === 'lambda' && actionType === 'path') parsed.lambda = lambdaPath(rest);
  return parsed;
}

function lambdaPath(rest: string): LambdaPath {
  const match = /^([^/]*)\/functions\/(.*)$/.exec(rest);
  const streaming = rest.endsWith('/response-streaming-invocations');
  if (!match) return { apiVersion: rest.split('/')[0], functionArn: '', endsWithInvocations: rest.endsWith('/invocations'), streaming };
  const tail = match[2];
  const suffix = streaming ? '/response-streaming-invocations' : '/invocations';
  const endsWithInvocations = tail.endsWith(suffix);
  return {
    apiVersion: match[1],
    functionArn: endsWithInvocations ? tail.slice(0, -suffix.length) : tail,
    endsWithInvocations,
    streaming,
  };
}

/** A component fits when it is unknown (holds a hole) or matches. */
export function componentFits(component: string, pattern: RegExp): boolean {
  return component.includes(HOLE) || pattern.test(component);
}

export const LAMBDA_FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;
export const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+$/;
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/** RFC 1918, loopback, link-local and the usual private DNS suffixes. */
export function isPrivateHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (name.includes(HOLE)) return false;
  if (name === 'localhost' || name.endsWith('.internal') || name.endsWith('.local') || name.endsWith('.localdomain')) return true;
  const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(name);
  if (!ip) return false;
  const [a, b] = [Number(ip[1]), Number(ip[2])];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}
