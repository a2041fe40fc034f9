/**
 * Where each rule's behaviour is documented by AWS (or Apache Velocity): the help link of a SARIF rule and of
 * the generated docs/rules.md. Every URL here is one the service's own knowledge modules already cite. A code
 * without an entry (internal-error, syntax-error) has no page to point at; test/cli/ruleDocs.test.ts checks that
 * every code of ALL_RULES is either here or in RULES_WITHOUT_HELP.
 */
const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/';
const INTEGRATION = `${APIGW}api-gateway-swagger-extensions-integration.html`;
const MAPPING_TEMPLATES = `${APIGW}api-gateway-mapping-template-reference.html`;

/** Codes with no documentation page of their own. */
export const RULES_WITHOUT_HELP: ReadonlySet<string> = new Set(['internal-error', 'syntax-error', 'analysis-limit']);

export const RULE_HELP: Readonly<Record<string, string>> = {
  'invalid-type': `${APIGW}api-gateway-api-integration-types.html`,
  'missing-type': `${APIGW}api-gateway-api-integration-types.html`,
  'missing-uri': INTEGRATION,
  'missing-http-method': INTEGRATION,
  'lambda-http-method': `${APIGW}set-up-lambda-proxy-integrations.html`,
  'missing-connection-id': `${APIGW}set-up-private-integration.html`,
  'missing-payload-format-version': `${APIGW}http-api-develop-integrations-lambda.html`,
  'payload-format-version': `${APIGW}http-api-develop-integrations-lambda.html`,
  'integration-subtype': `${APIGW}http-api-develop-integrations-aws-services-reference.html`,
  'missing-credentials': INTEGRATION,
  'invalid-credentials': INTEGRATION,
  'invalid-uri': 'https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html#apigw-Type-Integration-uri',
  'unmapped-uri-parameter': `${APIGW}request-response-data-mappings.html`,
  'ineffective-field': INTEGRATION,
  'unknown-field': INTEGRATION,
  'wrong-value-type': INTEGRATION,
  'invalid-enum-value': INTEGRATION,
  'timeout-range': `${APIGW}limits.html`,
  'timeout-above-default-quota': `${APIGW}limits.html`,
  'cache-key-not-mapped': `${APIGW}api-gateway-caching.html`,
  'invalid-selection-pattern': `${APIGW}api-gateway-swagger-extensions-integration-response.html`,
  'invalid-integration-response': `${APIGW}api-gateway-swagger-extensions-integration-response.html`,
  'undeclared-status-code': `${APIGW}api-gateway-method-settings-method-response.html`,
  'status-code-without-method-response': `${APIGW}api-gateway-method-settings-method-response.html`,
  'invalid-parameter-mapping': `${APIGW}request-response-data-mappings.html`,
  'unknown-path-parameter': `${APIGW}request-response-data-mappings.html`,
  'unresolved-integration-ref': `${APIGW}api-gateway-swagger-extensions-integrations.html`,
  'lambda-custom-without-templates': `${APIGW}set-up-lambda-proxy-integrations.html`,
  'mock-without-request-template': `${APIGW}how-to-mock-integration.html`,
  'private-endpoint-without-vpc-link': `${APIGW}set-up-private-integration.html`,
  'unresolved-reference': `${CFN}intrinsic-function-reference.html`,
  'role-missing-permission': 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
  'role-trust-policy': `${CFN}aws-resource-iam-role.html`,
  'role-broad-permission': 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  'missing-lambda-permission': 'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html#apigateway-permissions',
  'connection-id-not-vpc-link': `${APIGW}set-up-private-integration.html`,
  'undefined-stage-variable': `${APIGW}stage-variables.html`,
  'sensitive-data-in-template': `${APIGW}models-mappings.html`,
  'vtl-syntax': 'https://velocity.apache.org/engine/1.7/vtl-reference.html',
  'vtl-unknown-util-method': `${MAPPING_TEMPLATES}#util-template-reference`,
  'vtl-unknown-input-method': MAPPING_TEMPLATES,
  'vtl-argument-count': MAPPING_TEMPLATES,
  'vtl-input-body-property': MAPPING_TEMPLATES,
  'vtl-unknown-context-variable': MAPPING_TEMPLATES,
  'vtl-access-log-only-variable': `${APIGW}api-gateway-variables-for-access-logging.html`,
  'vtl-override-stage': `${APIGW}apigateway-override-request-response-parameters.html`,
  'vtl-unknown-stage-variable': `${APIGW}aws-api-gateway-stage-variables-reference.html`,
  'vtl-hyphenated-reference': 'https://velocity.apache.org/engine/1.7/user-guide.html',
  'vtl-cfn-substitution': `${CFN}intrinsic-function-reference-sub.html`,
  'vtl-template-too-large': `${APIGW}limits.html`,
  'vtl-invalid-json': `${APIGW}models-mappings.html`,
};

export function ruleHelpUri(code: string): string | undefined {
  return RULE_HELP[code];
}
