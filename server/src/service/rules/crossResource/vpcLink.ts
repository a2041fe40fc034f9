/**
 * `connectionId` with `connectionType: VPC_LINK` must be a VPC link's id. A `!Ref` to another kind of resource
 * (often the load balancer itself) fails at deploy time. REST APIs take `AWS::ApiGateway::VpcLink` (an NLB) or,
 * since VPC links v2 for REST APIs, `AWS::ApiGatewayV2::VpcLink`; HTTP APIs take only `AWS::ApiGatewayV2::VpcLink`.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vpc-links.html
 */
import { keyFor } from '../../knowledge/integrationFields';
import type { CfnTemplate } from '../../model/types';
import { evaluateString } from '../../model/values';
import type { RuleContext } from '../context';
import { templateIntegrations } from './scope';
import { defineRule, perDocument } from '../record';

const V1 = 'AWS::ApiGateway::VpcLink';
const V2 = 'AWS::ApiGatewayV2::VpcLink';

export function checkConnectionIds(context: RuleContext): void {
  for (const { view, template } of templateIntegrations(context.model)) {
    const node = view.value('connectionId');
    const value = evaluateString(node);
    if (!node || !value || value.segments.length !== 1 || !('hole' in value.segments[0])) continue;
    const hole = value.segments[0].hole;
    const id = hole.kind === 'ref' ? hole.name : hole.kind === 'getatt' ? hole.resource : undefined;
    const resource = id ? template.resources.get(id) : undefined;
    if (!id || !resource) continue;
    const allowed = view.protocol === 'http' && view.integration.protocolCertain ? [V2] : [V1, V2];
    if (allowed.includes(resource.type)) continue;
    const links = vpcLinks(template, allowed);
    const key = keyFor(view.dialect, 'connectionId') ?? 'connectionId';
    context.report(
      'connection-id-not-vpc-link',
      node,
      `\`${key}\` refers to \`${id}\` (${resource.type}), not a VPC link (${allowed.join(view.protocol === 'http' ? '' : ' or ')}): the deployment fails.${
        links.length ? ` VPC links in this template: ${links.join(', ')}.` : ''
      }`,
      links.map((link, i) => ({ title: `Refer to ${link}`, edits: [{ offset: node.offset, length: node.length, text: context.format === 'json' ? `{"Ref": "${link}"}` : `!Ref ${link}` }], preferred: i === 0 && links.length === 1 })),
    );
  }
}

function vpcLinks(template: CfnTemplate, types: string[]): string[] {
  return [...template.resources.values()].filter((r) => types.includes(r.type)).map((r) => r.logicalId);
}

/** The rules of this file (docs/adding-a-rule.md). */
export const VPC_LINK_RULES = [
  defineRule({
    code: 'connection-id-not-vpc-link',
    severity: 'error',
    family: 'cross-resource',
    description: '`connectionId` refers to a resource of the template that is not a VPC link of the right kind (AWS::ApiGateway::VpcLink / AWS::ApiGatewayV2::VpcLink).',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
    reads: ['document'],
    check: perDocument(checkConnectionIds),
  }),
];
