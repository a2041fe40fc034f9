/**
 * The VTL checks (validate.ts), one record each: code, default severity, what it reports and where the behaviour
 * is documented. rules/mappingTemplateRules.ts makes them rule records of the `template` family (they run over
 * every mapping template of a file), so this file is where a new VTL check is declared: write its record here and
 * report its code from validate.ts.
 */

export type VtlSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface VtlCheckRecord<C extends string = string> {
  readonly code: C;
  readonly severity: VtlSeverity;
  readonly description: string;
  /** The page that documents the behaviour checked (API Gateway's mapping template reference, Velocity's). */
  readonly docs: string;
}

export function defineVtlCheck<const C extends string>(record: VtlCheckRecord<C>): VtlCheckRecord<C> {
  return record;
}

const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/';
const MAPPING_TEMPLATES = `${APIGW}api-gateway-mapping-template-reference.html`;

export const VTL_CHECKS = [
  defineVtlCheck({
    code: 'vtl-syntax',
    severity: 'error',
    description: 'Velocity 1.7 cannot parse the template: an unclosed block, a stray #end/#else, unbalanced parentheses, a broken #set, ...',
    docs: 'https://velocity.apache.org/engine/1.7/vtl-reference.html',
  }),
  defineVtlCheck({
    code: 'vtl-unknown-util-method',
    severity: 'error',
    description: 'A $util member API Gateway does not have (AppSync-only functions included).',
    docs: `${MAPPING_TEMPLATES}#util-template-reference`,
  }),
  defineVtlCheck({
    code: 'vtl-unknown-input-method',
    severity: 'error',
    description: 'A $input member other than body, json(x), path(x) and params(x).',
    docs: MAPPING_TEMPLATES,
  }),
  defineVtlCheck({
    code: 'vtl-argument-count',
    severity: 'error',
    description: 'A $input or $util method called with the wrong number of arguments.',
    docs: MAPPING_TEMPLATES,
  }),
  defineVtlCheck({
    code: 'vtl-input-body-property',
    severity: 'warning',
    description: '$input.body is a string: reading a property of it gives null.',
    docs: MAPPING_TEMPLATES,
  }),
  defineVtlCheck({
    code: 'vtl-unknown-context-variable',
    severity: 'warning',
    description: 'A $context variable API Gateway does not define.',
    docs: MAPPING_TEMPLATES,
  }),
  defineVtlCheck({
    code: 'vtl-access-log-only-variable',
    severity: 'warning',
    description: 'A $context variable that only has a value in access logs (or gateway responses), not in mapping templates.',
    docs: `${APIGW}api-gateway-variables-for-access-logging.html`,
  }),
  defineVtlCheck({
    code: 'vtl-override-stage',
    severity: 'warning',
    description: 'requestOverride in a response template or responseOverride in a request template: it has no effect there.',
    docs: `${APIGW}apigateway-override-request-response-parameters.html`,
  }),
  defineVtlCheck({
    code: 'vtl-unknown-stage-variable',
    severity: 'warning',
    description: 'A $stageVariables name that no stage of the file defines.',
    docs: `${APIGW}aws-api-gateway-stage-variables-reference.html`,
  }),
  defineVtlCheck({
    code: 'vtl-hyphenated-reference',
    severity: 'warning',
    description: 'Velocity 1.7 reads $a-b as one variable named "a-b".',
    docs: 'https://velocity.apache.org/engine/1.7/user-guide.html',
  }),
  defineVtlCheck({
    code: 'vtl-cfn-substitution',
    severity: 'error',
    description: 'A ${...} in an Fn::Sub template that CloudFormation would try to substitute although it is meant for VTL.',
    docs: `${CFN}intrinsic-function-reference-sub.html`,
  }),
  defineVtlCheck({
    code: 'vtl-template-too-large',
    severity: 'error',
    description: 'The template is over API Gateway\'s 300 KB mapping template quota.',
    docs: `${APIGW}limits.html`,
  }),
  defineVtlCheck({
    code: 'vtl-invalid-json',
    severity: 'hint',
    description: 'A JSON template that certainly renders invalid JSON (a quoted $input.json(...)).',
    docs: `${APIGW}models-mappings.html`,
  }),
];

export type VtlCode = (typeof VTL_CHECKS)[number]['code'];

const BY_CODE = new Map<string, VtlCheckRecord>(VTL_CHECKS.map((d) => [d.code, d]));

export function defaultSeverity(code: VtlCode): VtlSeverity {
  return BY_CODE.get(code)?.severity ?? 'warning';
}
