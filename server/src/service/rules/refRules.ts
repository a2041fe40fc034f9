/**
 * An OpenAPI integration that is a `$ref` to `components.x-amazon-apigateway-integrations` names one that exists.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integrations.html
 */
import type { RuleContext } from './context';
import { defineRule, perDocument } from './record';

/** The referenced component is checked where it is defined; here only that it is there. */
export function checkIntegrationRefs(context: RuleContext): void {
  for (const integration of context.model.integrations) {
    const ref = integration.ref;
    if (!ref || ref.target) continue;
    context.report(
      'unresolved-integration-ref',
      ref.node,
      `\`${ref.node.value}\` does not name an integration: define it under components.x-amazon-apigateway-integrations${
        integration.api?.componentIntegrations.size ? ` (defined: ${[...integration.api.componentIntegrations.keys()].join(', ')})` : ''
      }.`,
    );
  }
}

/** The rules of this file (docs/adding-a-rule.md). */
export const REF_RULES = [
  defineRule({
    code: 'unresolved-integration-ref',
    severity: 'error',
    family: 'integration',
    description: 'A `$ref` to an integration that `components.x-amazon-apigateway-integrations` does not define.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integrations.html',
    reads: ['document'],
    check: perDocument(checkIntegrationRefs),
  }),
];
