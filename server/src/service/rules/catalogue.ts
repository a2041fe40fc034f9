/**
 * Every diagnostic the service can report: a stable code, its default severity and what it checks.
 * Users override severities per code (`apigw.diagnostics.rules` setting, `.apigwrc.json` for the CLI).
 */

import { VTL_DIAGNOSTICS } from '../vtl/checks';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface RuleInfo {
  readonly severity: Severity;
  readonly description: string;
  /** Marks the range as unnecessary code (faded in VS Code). */
  readonly unnecessary?: boolean;
}

/** Codes are part of the public surface (settings, CLI config, SARIF): never rename one. */
export const RULES = {
  'internal-error': { severity: 'warning', description: 'A rule failed on this input (a bug: please report it); other rules still ran.' },
  'syntax-error': { severity: 'error', description: 'The file is not valid YAML/JSON.' },
  'analysis-limit': { severity: 'warning', description: 'The file is too large or nests too deeply to analyse: nothing else is checked in it.' },
  'invalid-type': { severity: 'error', description: '`type` is not one of AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK (or not allowed for this kind of API).' },
  'missing-type': { severity: 'error', description: 'The integration has no `type`.' },
  'missing-uri': { severity: 'error', description: 'Every integration type but MOCK needs a `uri`.' },
  'missing-http-method': { severity: 'error', description: 'The integration needs the HTTP method used to call the backend.' },
  'lambda-http-method': { severity: 'warning', description: 'Lambda functions are invoked with POST, whatever the client\'s method.' },
  'missing-connection-id': { severity: 'error', description: '`connectionType: VPC_LINK` needs a `connectionId`.' },
  'missing-payload-format-version': { severity: 'information', description: 'An HTTP API Lambda integration without `payloadFormatVersion`.' },
  'payload-format-version': { severity: 'error', description: '`payloadFormatVersion` is missing, invalid, or not allowed for this integration.' },
  'integration-subtype': { severity: 'error', description: '`integrationSubtype` misuse: only on HTTP APIs with AWS_PROXY, a known subtype, and its required parameters.' },
  'missing-credentials': { severity: 'warning', description: 'An AWS service integration without `credentials`: API Gateway has no permission to call the service.' },
  'invalid-credentials': { severity: 'error', description: '`credentials` must be an IAM role ARN or `arn:aws:iam::*:user/*`.' },
  'invalid-uri': { severity: 'error', description: 'The `uri` does not have the form this integration type needs.' },
  'unmapped-uri-parameter': { severity: 'warning', description: 'A `{param}` in the uri that no `integration.request.path.param` mapping fills.' },
  'ineffective-field': { severity: 'hint', description: 'A field that does nothing for this integration type.', unnecessary: true },
  'unknown-field': { severity: 'warning', description: 'A key the integration object does not define.' },
  'wrong-value-type': { severity: 'error', description: 'A value of the wrong type (a list where a map is expected, text where a number is, ...).' },
  'invalid-enum-value': { severity: 'error', description: 'A value outside the field\'s allowed values.' },
  'timeout-range': { severity: 'error', description: '`timeoutInMillis` outside the range API Gateway accepts.' },
  'timeout-above-default-quota': { severity: 'warning', description: 'A REST API timeout above the default 29,000 ms: needs a raised quota (regional and private APIs only).' },
  'cache-key-not-mapped': { severity: 'warning', description: 'A `cacheKeyParameters` entry that is not a method request parameter of the integration.' },
  'invalid-selection-pattern': { severity: 'error', description: 'An integration response selection pattern that is not a valid Java regular expression.' },
  'invalid-integration-response': { severity: 'error', description: 'An integration response without a valid status code, or not a map.' },
  'undeclared-status-code': { severity: 'error', description: 'An integration response that maps headers for a status the method does not declare: API Gateway rejects it ("No method response exists for method").' },
  'status-code-without-method-response': { severity: 'information', description: 'An integration response for a status the method does not declare in its responses.' },
  'invalid-parameter-mapping': { severity: 'error', description: 'A malformed `requestParameters`/`responseParameters` mapping expression.' },
  'unknown-path-parameter': { severity: 'error', description: 'A mapping that names a path parameter the route does not have.' },
  'unresolved-integration-ref': { severity: 'error', description: 'A `$ref` to an integration that `components.x-amazon-apigateway-integrations` does not define.' },
  'lambda-custom-without-templates': { severity: 'information', description: 'A Lambda custom (AWS) integration with no mapping templates: Lambda proxy (AWS_PROXY) is simpler.' },
  'mock-without-request-template': { severity: 'information', description: 'A MOCK integration with no request template: its status depends on the client\'s body instead of a `{"statusCode": ...}` template.' },
  'private-endpoint-without-vpc-link': { severity: 'information', description: 'An HTTP integration to a private address without a VPC link: API Gateway cannot reach it over the internet.' },
  'unresolved-reference': { severity: 'error', description: 'A `Ref`, `Fn::GetAtt` or `${...}` in an integration that names no resource, parameter or pseudo parameter of the template (SAM-generated names count).' },
  'role-missing-permission': { severity: 'warning', description: 'The IAM role in `credentials` (defined in the template) has no statement that allows the action the integration calls on its target, or a Deny blocks it: AccessDenied and a 500 at run time.' },
  'role-trust-policy': { severity: 'warning', description: 'The IAM role in `credentials` does not let apigateway.amazonaws.com assume it (sts:AssumeRole in its trust policy).' },
  'role-broad-permission': { severity: 'hint', description: 'An inline statement of an integration role allows more actions or resources than the integrations using the role call (least privilege); the quick fix narrows it.' },
  'missing-lambda-permission': { severity: 'warning', description: 'A Lambda integration (without `credentials`) to a function of the template that no AWS::Lambda::Permission for apigateway.amazonaws.com, SAM Api/HttpApi event or SAM connector lets API Gateway invoke.' },
  'connection-id-not-vpc-link': { severity: 'error', description: '`connectionId` refers to a resource of the template that is not a VPC link of the right kind (AWS::ApiGateway::VpcLink / AWS::ApiGatewayV2::VpcLink).' },
  'undefined-stage-variable': { severity: 'warning', description: 'A `${stageVariables.x}` in `uri` or `connectionId` that no stage the template defines for the API sets.' },
  'sensitive-data-in-template': { severity: 'hint', description: 'A request template copies an Authorization header, API key or a field named like a secret into the backend request (a hint: sometimes intended, so never a warning; handle secrets in code).' },
} as const satisfies Record<string, RuleInfo>;

export type RuleCode = keyof typeof RULES;

/** Every code the service reports: the integration and template rules above, and the VTL checks inside templates. */
export const ALL_RULES: Readonly<Record<string, RuleInfo>> = {
  ...RULES,
  ...Object.fromEntries(VTL_DIAGNOSTICS.map((d) => [d.code, { severity: d.severity, description: d.description }])),
};

export function ruleInfo(code: string): RuleInfo | undefined {
  return ALL_RULES[code];
}
