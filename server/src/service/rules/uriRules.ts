/**
 * The `uri` per integration type.
 * Source: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (uri),
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
import { keyFor } from '../knowledge/integrationFields';
import { componentFits, HOLE, isPrivateHost, joinWithHoles, LAMBDA_FUNCTION_ARN, ParsedUri, PARTITIONS, REGION } from '../model/integrationUri';
import type { IntegrationView } from '../model/integrationView';
import { evaluateString } from '../model/values';
import { isIntrinsic, isObject } from '../parse/ast';
import { insertProperty, replaceNode } from '../parse/edits';
import type { Fix, IntegrationRule, RuleContext } from './context';
import { article } from './typeRules';
import { defineRule, perIntegration } from './record';

const INVOCATION_FORM = 'arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations';

export const checkUri: IntegrationRule = (view, context) => {
  const type = view.type.value;
  const node = view.value('uri');
  const uri = view.uri;
  if (!type || !node || type === 'MOCK') return;
  if (!uri) {
    if (!isIntrinsic(node)) context.report('invalid-uri', node, `\`${keyFor(view.dialect, 'uri')}\` must be a string.`);
    return;
  }
  const problem = uriProblem(view, uri, type);
  if (problem) context.report('invalid-uri', node, problem.message, problem.fixes);
};

function uriProblem(view: IntegrationView, uri: ParsedUri, type: string): { message: string; fixes?: Fix[] } | undefined {
  const lambdaTarget = type === 'AWS_PROXY' || (type === 'AWS' && view.callsLambda);
  if (type === 'HTTP' || type === 'HTTP_PROXY') return httpUriProblem(view, uri);
  if (uri.kind === 'computed') {
    if (lambdaTarget && view.protocol !== 'http' && view.callsLambda && uri.hole.kind === 'getatt') {
      return {
        message: `\`!GetAtt ${uri.hole.resource}.${uri.hole.attribute}\` is the function's ARN; a REST API integration needs its invocation ARN: ${INVOCATION_FORM}.`,
        fixes: [invocationArnFix(view, uri.hole.resource)],
      };
    }
    return undefined;
  }
  if (uri.kind === 'lambda-function-arn') {
    if (type === 'AWS_PROXY' && view.protocol === 'http') return undefined;
    return { message: `This is the function's ARN; API Gateway needs its invocation ARN: ${INVOCATION_FORM}.` };
  }
  if (type === 'AWS_PROXY' && view.protocol === 'http' && uri.kind === 'arn') return undefined;
  if (uri.kind !== 'apigateway-arn') {
    if (uri.kind === 'other' && uri.text.startsWith(HOLE)) return undefined; // the prefix is computed: cannot tell
    return {
      message: lambdaTarget
        ? `${article(type)} ${type} integration calls Lambda through its invocation ARN: ${INVOCATION_FORM}.`
        : `An AWS service integration needs \`arn:aws:apigateway:{region}:{service}:action/{Action}\` or \`:path/{path}\`.`,
    };
  }
  if (!componentFits(uri.partition, /^aws[a-z-]*$/) || (!uri.partition.includes(HOLE) && !PARTITIONS.includes(uri.partition))) {
    return { message: `\`${uri.partition}\` is not an AWS partition (aws, aws-cn, aws-us-gov, ...).` };
  }
  if (!componentFits(uri.region, REGION)) return { message: `\`${uri.region}\` is not a region: the uri needs one, e.g. us-east-1 or \${AWS::Region}.` };
  if (type === 'AWS_PROXY' && uri.service !== 'lambda' && !uri.service.includes(HOLE)) {
    return { message: `AWS_PROXY on ${view.protocol === 'http' ? 'an HTTP' : 'a REST'} API calls Lambda: the uri names \`${uri.service}\`. For another AWS service use type AWS${view.protocol === 'http' ? ' (REST) or an integrationSubtype' : ''}.` };
  }
  if (uri.actionType !== 'action' && uri.actionType !== 'path' && !uri.actionType.includes(HOLE)) {
    return { message: `After the service, the uri needs \`action/{Action}\` or \`path/{path}\`, not \`${uri.actionType}\`.` };
  }
  if (uri.lambda) {
    const { apiVersion, functionArn, endsWithInvocations, streaming } = uri.lambda;
    const expected = streaming ? '2021-11-15' : '2015-03-31';
    if (apiVersion !== expected && !apiVersion.includes(HOLE)) {
      return {
        message: streaming
          ? `Lambda response streaming uses \`path/2021-11-15/functions/{functionArn}/response-streaming-invocations\`, not \`path/${apiVersion}/...\`.`
          : `The Lambda invocation path is \`path/2015-03-31/functions/{functionArn}/invocations\` (or \`path/2021-11-15/.../response-streaming-invocations\` for response streaming), not \`path/${apiVersion}/...\`.`,
      };
    }
    if (!endsWithInvocations && !functionArn.endsWith(HOLE)) return { message: `The Lambda invocation ARN must end with \`/invocations\`: ${INVOCATION_FORM}.` };
    if (functionArn && !functionArn.includes(HOLE) && !LAMBDA_FUNCTION_ARN.test(functionArn)) {
      return { message: `\`${functionArn}\` is not a Lambda function ARN (arn:aws:lambda:{region}:{account}:function:{name}[:alias]).` };
    }
  }
  return undefined;
}

function httpUriProblem(view: IntegrationView, uri: ParsedUri): { message: string } | undefined {
  const vpcLink = view.string('connectionType')?.toUpperCase() === 'VPC_LINK';
  if (vpcLink && view.protocol === 'http') return undefined; // a listener / Cloud Map service ARN, or a URL
  if (uri.kind === 'computed' || uri.kind === 'url') {
    if (uri.kind === 'url' && uri.host === '') return { message: 'The URL has no host.' };
    return undefined;
  }
  if (uri.kind === 'other' && uri.text.startsWith(HOLE)) return undefined;
  return { message: `An HTTP integration's uri must be an absolute http:// or https:// URL${vpcLink ? ' (through a VPC link: the load balancer\'s DNS name, used as Host header)' : ''}.` };
}

/** Wraps `!GetAtt Fn.Arn` into the invocation ARN, in the file's own syntax. */
function invocationArnFix(view: IntegrationView, functionId: string): Fix {
  const node = view.value('uri')!;
  const sub = `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${functionId}.Arn}/invocations`;
  const json = node.type === 'intrinsic' && node.form === 'long';
  const text = json ? `{ "Fn::Sub": ${JSON.stringify(sub)} }` : `!Sub "${sub}"`;
  return { title: 'Use the invocation ARN', edits: [replaceNode(node, text)], preferred: true };
}

/** REST: every `{name}` in an HTTP or AWS path uri must be filled by `integration.request.path.name`. */
export const checkUriParameters: IntegrationRule = (view, context) => {
  if (view.protocol !== 'rest') return;
  const node = view.value('uri');
  const value = evaluateString(node);
  if (!node || !value) return;
  const text = joinWithHoles(value);
  const requestParameters = view.value('requestParameters');
  if (requestParameters && !isObject(requestParameters)) return;
  const mapped = new Set(isObject(requestParameters) ? requestParameters.properties.map((p) => p.key.value) : []);
  for (const match of text.matchAll(/(?<!\$)\{([A-Za-z0-9._-]+)\+?\}/g)) {
    const name = match[1];
    if (mapped.has(`integration.request.path.${name}`)) continue;
    const methodParam = view.integration.operation?.parameters.path.includes(name) ? name : undefined;
    context.report(
      'unmapped-uri-parameter',
      node,
      `\`{${name}}\` in the uri is never filled: map it with \`integration.request.path.${name}\` in ${keyFor(view.dialect, 'requestParameters')}${methodParam ? ` (e.g. from \`method.request.path.${name}\`)` : ''}.`,
      [mapPathParameterFix(view, context, name, methodParam ?? name)],
    );
  }
};

function mapPathParameterFix(view: IntegrationView, context: RuleContext, name: string, source: string): Fix {
  const key = `integration.request.path.${name}`;
  const value = `method.request.path.${source}`;
  const existing = view.value('requestParameters');
  const json = context.format === 'json';
  const entry = json ? JSON.stringify(value) : value;
  const edit = isObject(existing)
    ? insertProperty(context.text, context.format, existing, key, entry)
    : insertProperty(
        context.text,
        context.format,
        view.node,
        keyFor(view.dialect, 'requestParameters')!,
        json ? `{ ${JSON.stringify(key)}: ${entry} }` : `\n  ${key}: ${entry}`,
      );
  return { title: `Map '{${name}}' from ${value}`, edits: [edit], preferred: true };
}

export const checkPrivateEndpoint: IntegrationRule = (view, context) => {
  const type = view.type.value;
  if (type !== 'HTTP' && type !== 'HTTP_PROXY') return;
  const uri = view.uri;
  if (uri?.kind !== 'url' || view.string('connectionType')?.toUpperCase() === 'VPC_LINK') return;
  if (!isPrivateHost(uri.host)) return;
  context.report(
    'private-endpoint-without-vpc-link',
    view.value('uri')!,
    `\`${uri.host}\` is a private address: API Gateway calls HTTP integrations over the internet and cannot reach it. Use a private integration (connectionType: VPC_LINK with a VPC link to a load balancer in the VPC).`,
  );
};

/** The rules of this file (docs/adding-a-rule.md). */
export const URI_RULES = [
  defineRule({
    code: 'invalid-uri',
    severity: 'error',
    family: 'integration',
    description: 'The `uri` does not have the form this integration type needs.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html#apigw-Type-Integration-uri',
    reads: ['integration', 'resources'],
    check: perIntegration(checkUri),
  }),
  defineRule({
    code: 'unmapped-uri-parameter',
    severity: 'warning',
    family: 'integration',
    description: 'A `{param}` in the uri that no `integration.request.path.param` mapping fills.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
    reads: ['integration', 'operation'],
    check: perIntegration(checkUriParameters),
  }),
  defineRule({
    code: 'private-endpoint-without-vpc-link',
    severity: 'information',
    family: 'integration',
    description: 'An HTTP integration to a private address without a VPC link: API Gateway cannot reach it over the internet.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
    reads: ['integration'],
    check: perIntegration(checkPrivateEndpoint),
  }),
];
