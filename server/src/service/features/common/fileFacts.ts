/**
 * Facts about the file that completions and skeletons fill values from: the template's Lambda functions, roles,
 * queues and VPC links, the file's own conventions (lower-case OpenAPI types, the region and account its ARNs
 * use) and its indentation.
 */
import { viewOf } from '../../model/integrationView';
import type { ApiModel, CfnResource } from '../../model/types';
import { getValue, isObject, walk } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import { indentUnit } from './snippetWriter';

export const LAMBDA_FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);

export interface FileFacts {
  /** A CloudFormation/SAM template: intrinsics (`!Sub`, `!GetAtt`) are available. */
  readonly isTemplate: boolean;
  readonly format: 'yaml' | 'json';
  readonly unit: string;
  readonly lambdaFunctions: readonly CfnResource[];
  /** Roles API Gateway can assume (trusting apigateway.amazonaws.com) first, then the others. */
  readonly roles: readonly CfnResource[];
  readonly vpcLinks: readonly CfnResource[];
  readonly queues: readonly CfnResource[];
  readonly stateMachines: readonly CfnResource[];
  /** OpenAPI files that write `aws_proxy` rather than `AWS_PROXY`. */
  readonly lowerCaseTypes: boolean;
  /** Region and account seen in the file's literal ARNs, for placeholders in plain OpenAPI. */
  readonly region: string;
  readonly account: string;
}

const cache = new WeakMap<ParsedDocument, FileFacts>();

export function fileFacts(parsed: ParsedDocument): FileFacts {
  let facts = cache.get(parsed);
  if (!facts) {
    facts = computeFacts(parsed);
    cache.set(parsed, facts);
  }
  return facts;
}

function computeFacts(parsed: ParsedDocument): FileFacts {
  const model = parsed.model;
  const resources = [...(model.cfnTemplate?.resources.values() ?? [])];
  const ofType = (...types: string[]) => resources.filter((r) => types.includes(r.type));
  const roles = ofType('AWS::IAM::Role');
  roles.sort((a, b) => Number(trustsApiGateway(b)) - Number(trustsApiGateway(a)));
  const { region, account } = arnConventions(model);
  return {
    isTemplate: model.cfnTemplate !== undefined,
    format: parsed.format,
    unit: indentUnit(parsed.source),
    lambdaFunctions: resources.filter((r) => LAMBDA_FUNCTION_TYPES.has(r.type)),
    roles,
    vpcLinks: ofType('AWS::ApiGateway::VpcLink', 'AWS::ApiGatewayV2::VpcLink'),
    queues: ofType('AWS::SQS::Queue'),
    stateMachines: ofType('AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine'),
    lowerCaseTypes: usesLowerCaseTypes(model),
    region,
    account,
  };
}

function trustsApiGateway(role: CfnResource): boolean {
  let found = false;
  walk(getValue(role.properties, 'AssumeRolePolicyDocument'), (node) => {
    if (node.type === 'string' && node.value === 'apigateway.amazonaws.com') found = true;
    return !found;
  });
  return found;
}

/**
 * The file's conventions are judged on its first integrations: enough to see a habit, and a completion on a
 * 10,000-integration spec does not look at every one of them.
 */
const CONVENTION_SAMPLE = 200;

function usesLowerCaseTypes(model: ApiModel): boolean {
  let lower = 0;
  let upper = 0;
  for (const integration of model.integrations.slice(0, CONVENTION_SAMPLE)) {
    if (integration.dialect !== 'openapi' || !isObject(integration.node)) continue;
    const raw = viewOf(integration, model.cfnTemplate)?.type.raw;
    if (!raw) continue;
    if (raw === raw.toLowerCase()) lower++;
    else if (raw === raw.toUpperCase()) upper++;
  }
  return lower > upper;
}

function arnConventions(model: ApiModel): { region: string; account: string } {
  let region: string | undefined;
  let account: string | undefined;
  for (const integration of model.integrations.slice(0, CONVENTION_SAMPLE)) {
    const uri = viewOf(integration, model.cfnTemplate)?.uri;
    if (!uri) continue;
    if (uri.kind === 'apigateway-arn' && !region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(uri.region)) region = uri.region;
    const fn = uri.kind === 'apigateway-arn' ? uri.lambda?.functionArn : undefined;
    const accountMatch = fn ? /^arn:aws[a-z-]*:lambda:[^:]+:(\d{12}):/.exec(fn) : undefined;
    if (accountMatch && !account) account = accountMatch[1];
    if (region && account) break;
  }
  return { region: region ?? 'us-east-1', account: account ?? '123456789012' };
}
