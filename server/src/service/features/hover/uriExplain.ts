/**
 * Explains an integration `uri` in words: the parsed ARN's region, service, action or path, and the Lambda
 * function it invokes, with deploy-time parts (`${AWS::Region}`, `${MyFunction.Arn}`, `!GetAtt X.Arn`) shown as
 * written and resolved against the template where they name its resources.
 */
import { actionForUri, SERVICE_NAMES } from '../../knowledge/awsServiceActions';
import { HOLE, joinWithHoles, parseIntegrationUri } from '../../model/integrationUri';
import type { CfnTemplate, Protocol } from '../../model/types';
import { evaluateString, Hole, holeSource } from '../../model/values';
import type { AstNode } from '../../parse/ast';

const LAMBDA_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html';
const URI_DOC = 'https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html#apigw-Type-Integration-uri';


/** Replaces each HOLE of the parsed components, in order of appearance, with how its hole is written. */
class HoleNames {
  private index = 0;
  constructor(private readonly holes: Hole[]) {}
  show(component: string): string {
    return component.replace(new RegExp(HOLE, 'g'), () => {
      const hole = this.holes[this.index++];
      return hole ? holeSource(hole, '…') : '…';
    });
  }
}

export function explainUri(node: AstNode | undefined, template: CfnTemplate | undefined, protocol: Protocol, httpMethod: string | undefined): string | undefined {
  const value = evaluateString(node);
  if (!value) return undefined;
  const holes = value.segments.flatMap((s) => ('hole' in s ? [s.hole] : []));
  const names = new HoleNames(holes);
  const uri = parseIntegrationUri(value);
  const rows: [string, string][] = [];
  let title = 'Integration uri';
  const notes: string[] = [];
  const resource = (name: string) => {
    const found = template?.resources.get(name);
    return found ? ` — \`${found.type}\` in this template` : template?.parameters.has(name) ? ' — a parameter of this template' : '';
  };
  switch (uri.kind) {
    case 'computed': {
      const hole = uri.hole;
      if (hole.kind === 'getatt') {
        title = `\`${hole.resource}.${hole.attribute}\`, known at deploy time`;
        rows.push(['Resource', `\`${hole.resource}\`${resource(hole.resource)}`], ['Attribute', `\`${hole.attribute}\``]);
        if (hole.attribute === 'Arn' && /Lambda::Function|Serverless::Function/.test(template?.resources.get(hole.resource)?.type ?? '')) {
          notes.push(protocol === 'http' ? 'HTTP APIs accept the function ARN directly.' : "This is the function's ARN: a REST API needs its **invocation** ARN, `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`.");
        }
      } else if (hole.kind === 'ref') {
        title = `\`${hole.name}\`, known at deploy time`;
        rows.push(['Reference', `\`${hole.name}\`${resource(hole.name)}`]);
      } else if (hole.kind === 'stageVariable') {
        title = 'A stage variable';
        rows.push(['Stage variable', `\`${hole.name}\` (each stage sets it)`]);
      } else title = 'Computed at deploy time';
      break;
    }
    case 'apigateway-arn': {
      // In text order, so each hole is named by the component it sits in.
      const partition = names.show(uri.partition);
      const region = names.show(uri.region);
      const service = names.show(uri.service);
      const kind = names.show(uri.actionType);
      rows.push(['Partition', `\`${partition}\``], ['Region', regionText(region)], ['Service', `\`${service}\`${SERVICE_NAMES[service] ? ` (${SERVICE_NAMES[service]})` : ''}`]);
      if (uri.lambda) {
        const fn = names.show(uri.lambda.functionArn);
        title = uri.lambda.streaming ? 'Lambda invocation ARN (response streaming)' : 'Lambda invocation ARN';
        rows.push(['API version', `\`${uri.lambda.apiVersion}\``], ['Function', functionText(fn, template)]);
        if (!uri.lambda.endsWithInvocations) notes.push('The path must end with `/invocations`.');
        break;
      }
      const rest = names.show(uri.rest);
      if (kind === 'action') {
        const action = actionForUri(uri.service, 'action', uri.rest, httpMethod);
        const name = rest.split(/[&?]/)[0];
        title = `AWS service action: ${SERVICE_NAMES[service] ?? service} \`${name}\``;
        rows.push(['Action', `\`${name}\`${rest.includes('&') ? ` (parameters: \`${rest.slice(rest.indexOf('&') + 1)}\`)` : ''}`]);
        if (action) notes.push(`${action.summary} The role in \`credentials\` must allow \`${action.iamAction}\`.`);
      } else if (kind === 'path') {
        const action = actionForUri(uri.service, 'path', uri.rest, httpMethod);
        title = `AWS service path: ${SERVICE_NAMES[service] ?? service}`;
        rows.push(['Path', `\`${rest}\``]);
        if (action) notes.push(`With \`${httpMethod ?? action.httpMethod}\` this is **${action.label.replace(/ \(.*\)$/, '')}**: the role in \`credentials\` must allow \`${action.iamAction}\`.`);
        const params = [...rest.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
        if (params.length) notes.push(`${params.map((p) => `\`{${p}}\``).join(', ')} ${params.length > 1 ? 'are' : 'is'} filled by \`integration.request.path.*\` mappings.`);
      } else rows.push(['Resource', `\`${kind}/${rest}\``]);
      break;
    }
    case 'lambda-function-arn':
      title = 'Lambda function ARN';
      rows.push(['Region', regionText(names.show(uri.region))], ['Account', `\`${names.show(uri.account)}\``], ['Function', `\`${names.show(uri.functionName)}\``]);
      notes.push(protocol === 'http' ? 'HTTP APIs accept the function ARN directly.' : 'REST APIs need the **invocation** ARN that wraps it: `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`.');
      break;
    case 'arn':
      title = `${names.show(uri.service)} ARN`;
      rows.push(['Service', `\`${names.show(uri.service)}\``], ['Resource', `\`${names.show(uri.resource)}\``]);
      if (uri.service === 'elasticloadbalancing') notes.push('A load balancer listener: the target of an HTTP API private integration (VPC link).');
      if (uri.service === 'servicediscovery') notes.push('A Cloud Map service: the target of an HTTP API private integration (VPC link).');
      break;
    case 'url': {
      title = 'HTTP endpoint';
      const host = names.show(uri.host);
      const path = names.show(uri.path);
      rows.push(['Scheme', `\`${uri.scheme}\``], ['Host', `\`${host}\``], ['Path', `\`${path || '/'}\``]);
      const params = [...path.matchAll(/(?<!\$)\{([A-Za-z0-9._-]+)\+?\}/g)].map((m) => m[1]);
      if (params.length) notes.push(`${params.map((p) => `\`{${p}}\``).join(', ')} ${params.length > 1 ? 'are' : 'is'} filled by \`integration.request.path.*\` mappings.`);
      if (holes.some((h) => h.kind === 'stageVariable')) notes.push('Stage variables are filled per stage at run time.');
      break;
    }
    case 'other':
      if (joinWithHoles(value) === '') return undefined;
      title = 'Integration uri';
      rows.push(['Value', `\`${names.show(uri.text)}\``]);
      break;
  }
  const table = rows.length ? `| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`).join('\n')}` : '';
  return [`**${title}**`, table, ...notes, `[AWS documentation](${uri.kind === 'apigateway-arn' && uri.lambda ? LAMBDA_DOC : URI_DOC})`].filter(Boolean).join('\n\n');
}

function regionText(region: string): string {
  if (region === '${AWS::Region}') return "`${AWS::Region}` (the stack's region)";
  return `\`${region}\``;
}

function functionText(fn: string, template: CfnTemplate | undefined): string {
  const getatt = /^\$\{([A-Za-z0-9]+)\.Arn\}$/.exec(fn) ?? /^\$\{([A-Za-z0-9]+)\}$/.exec(fn);
  if (getatt) {
    const resource = template?.resources.get(getatt[1]);
    return `\`${getatt[1]}\`${resource ? ` (\`${resource.type}\` in this template)` : ''}`;
  }
  const arn = /^arn:[^:]+:lambda:([^:]+):([^:]+):function:([^:]+)(?::(.+))?$/.exec(fn);
  if (arn) return `\`${arn[3]}\`${arn[4] ? ` (alias/version \`${arn[4]}\`)` : ''} in \`${arn[1]}\`, account \`${arn[2]}\``;
  return `\`${fn}\``;
}
