/**
 * The IAM action (and the resource it acts on) an integration asks of its role:
 * `sqs:path/{account}/{queue}` → sqs:SendMessage on that queue, `dynamodb:action/PutItem` → dynamodb:PutItem on the
 * table its request template names, S3 paths by HTTP method, HTTP API subtypes, Lambda invocation with credentials.
 * SNS's `path//` form reads `Action=...` from the request like SQS's; without one we cannot tell and say nothing.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-s3.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integrate-with-sqs.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 */
import { iamServicePrefix, RESOURCE_TYPES, S3_BUCKET_ACTIONS, S3_OBJECT_ACTIONS } from '../../knowledge/iamActions';
import { subtypeInfo } from '../../knowledge/integrationSubtypes';
import { HOLE, joinWithHoles } from '../../model/integrationUri';
import type { IntegrationView } from '../../model/integrationView';
import type { CfnTemplate } from '../../model/types';
import { evaluateString, knownString } from '../../model/values';
import { AstNode, isObject, walk } from '../../parse/ast';

export interface RequiredPermission {
  /** `sqs:SendMessage`. */
  readonly action: string;
  /** The IAM service prefix (`sqs`). */
  readonly service: string;
  /** The ARN the call acts on, holes for unknown parts; undefined when only the request body names it. */
  readonly arn?: string;
  /** Template resources of that service the integration names (in its uri, parameters or templates). */
  readonly targets: readonly string[];
  /** S3 object actions: a bucket's own ARN does not cover its objects. */
  readonly objectLevel?: boolean;
}

/** What the integration needs, [] when it needs nothing of IAM, undefined when we cannot tell. */
export function requiredPermissions(view: IntegrationView, template: CfnTemplate): RequiredPermission[] | undefined {
  const subtype = view.string('integrationSubtype');
  if (subtype !== undefined) {
    const info = subtypeInfo(subtype);
    if (!info) return undefined;
    const service = info.action.split(':')[0];
    return [{ action: info.action, service, targets: namedTargets(view, template, service) }];
  }
  const uri = view.uri;
  if (view.callsLambda) {
    if (uri?.kind === 'apigateway-arn' && uri.lambda) {
      return [{ action: 'lambda:InvokeFunction', service: 'lambda', arn: uri.lambda.functionArn || undefined, targets: namedTargets(view, template, 'lambda', true) }];
    }
    if (uri?.kind === 'computed') return [{ action: 'lambda:InvokeFunction', service: 'lambda', targets: namedTargets(view, template, 'lambda', true) }];
    return undefined;
  }
  if (view.type.value !== 'AWS' || uri?.kind !== 'apigateway-arn' || uri.service.includes(HOLE)) return undefined;
  const service = iamServicePrefix(uri.service);
  if (service.includes(HOLE)) return undefined;
  if (uri.actionType === 'action') {
    const name = /^[A-Za-z0-9]+/.exec(uri.rest)?.[0];
    if (!name || uri.rest.includes(HOLE)) return undefined;
    return [{ action: `${service}:${name}`, service, targets: namedTargets(view, template, service) }];
  }
  if (uri.actionType !== 'path') return undefined;
  const targets = namedTargets(view, template, service);
  if (service === 's3') return s3Permission(view, uri.service, uri.rest, uri.partition, targets);
  if (service === 'sqs' || service === 'sns') {
    const actions = requestActions(view);
    if (actions === undefined) return undefined;
    const names = actions.length ? actions : service === 'sqs' ? ['SendMessage'] : [];
    if (!names.length) return undefined;
    const arn = service === 'sqs' ? sqsArn(uri.partition, uri.region, uri.rest) : undefined;
    return names.map((name) => ({ action: `${service}:${name}`, service, arn, targets }));
  }
  if (service === 'sagemaker' && /^endpoints\/[^/]+\/invocations$/.test(uri.rest)) {
    return [{ action: 'sagemaker:InvokeEndpoint', service, targets }];
  }
  return undefined;
}

/** `path/{account}/{queue}` → `arn:{partition}:sqs:{region}:{account}:{queue}`. */
function sqsArn(partition: string, region: string, rest: string): string | undefined {
  const parts = rest.split('/');
  if (parts.length !== 2) return undefined;
  return `arn:${partition}:sqs:${region}:${parts[0]}:${parts[1]}`;
}

function s3Permission(view: IntegrationView, uriService: string, rest: string, partition: string, targets: string[]): RequiredPermission[] | undefined {
  const method = view.string('httpMethod')?.toUpperCase();
  if (!method) return undefined;
  // `{bucket}.s3:path/{key}` or `s3:path/{bucket}/{key}`; `{param}` placeholders are filled per request.
  const path = (uriService === 's3' ? rest : `${uriService.slice(0, -'.s3'.length)}/${rest}`).replace(/\{[^{}]*\}/g, '*');
  const slash = path.indexOf('/');
  const bucket = slash < 0 ? path : path.slice(0, slash);
  const key = slash < 0 ? '' : path.slice(slash + 1);
  if (!bucket) return undefined;
  const objectLevel = key !== '';
  const action = (objectLevel ? S3_OBJECT_ACTIONS : S3_BUCKET_ACTIONS)[method];
  if (!action) return undefined;
  return [{ action, service: 's3', arn: `arn:${partition}:s3:::${bucket}${objectLevel ? `/${key}` : ''}`, targets, objectLevel }];
}

/**
 * `Action=SendMessage` in a request template, `integration.request.querystring.Action: "'SendMessage'"` or the
 * JSON protocol's `X-Amz-Target: 'AmazonSQS.SendMessage'` header.
 * [] when the request names none, undefined when it names one we cannot read.
 */
function requestActions(view: IntegrationView): string[] | undefined {
  const found = new Set<string>();
  let unknown = false;
  const parameters = view.value('requestParameters');
  if (isObject(parameters)) {
    for (const p of parameters.properties) {
      const target = /^integration\.request\.header\.X-Amz-Target$/i.test(p.key.value);
      if (!target && !/^integration\.request\.querystring\.Action$/i.test(p.key.value)) continue;
      const value = knownString(p.value);
      const literal = value === undefined ? undefined : (target ? /^'[A-Za-z0-9_]+\.([A-Za-z]+)'$/ : /^'([A-Za-z]+)'$/).exec(value)?.[1];
      if (literal) found.add(literal);
      else unknown = true;
    }
  }
  const templates = view.value('requestTemplates');
  if (isObject(templates)) {
    for (const p of templates.properties) {
      const value = evaluateString(p.value);
      const text = value ? joinWithHoles(value) : '';
      for (const m of text.matchAll(/(?:^|[&?"\s])Action=([^&"\s]*)/g)) {
        if (/^[A-Za-z]+$/.test(m[1])) found.add(m[1]);
        else unknown = true;
      }
    }
  }
  return unknown ? undefined : [...found];
}

/** Template resources of `service` referenced anywhere in the integration (uri, parameters, templates). */
function namedTargets(view: IntegrationView, template: CfnTemplate, service: string, uriOnly = false): string[] {
  const ids = new Set<string>();
  const scan = (node: AstNode | undefined) =>
    walk(node, (n) => {
      const value = n.type === 'intrinsic' ? evaluateString(n) : undefined;
      for (const segment of value?.segments ?? []) {
        if (!('hole' in segment)) continue;
        const id = segment.hole.kind === 'ref' ? segment.hole.name : segment.hole.kind === 'getatt' ? segment.hole.resource : undefined;
        const type = id ? template.resources.get(id)?.type : undefined;
        if (id && type && RESOURCE_TYPES[type]?.service === service) ids.add(id);
      }
    });
  scan(view.value('uri'));
  if (!uriOnly) {
    scan(view.value('requestParameters'));
    scan(view.value('requestTemplates'));
  }
  return [...ids];
}
