/** Every diagnostic code the VTL checks report, with its default severity and what it means. */
import type { TemplateDiagnostic } from './types';

export interface VtlDiagnosticInfo {
  readonly code: string;
  readonly severity: TemplateDiagnostic['severity'];
  readonly description: string;
}

export const VTL_DIAGNOSTICS: readonly VtlDiagnosticInfo[] = [
  { code: 'vtl-syntax', severity: 'error', description: 'Velocity 1.7 cannot parse the template: an unclosed block, a stray #end/#else, unbalanced parentheses, a broken #set, ...' },
  { code: 'vtl-unknown-util-method', severity: 'error', description: 'A $util member API Gateway does not have (AppSync-only functions included).' },
  { code: 'vtl-unknown-input-method', severity: 'error', description: 'A $input member other than body, json(x), path(x) and params(x).' },
  { code: 'vtl-argument-count', severity: 'error', description: 'A $input or $util method called with the wrong number of arguments.' },
  { code: 'vtl-input-body-property', severity: 'warning', description: '$input.body is a string: reading a property of it gives null.' },
  { code: 'vtl-unknown-context-variable', severity: 'warning', description: 'A $context variable API Gateway does not define.' },
  { code: 'vtl-access-log-only-variable', severity: 'warning', description: 'A $context variable that only has a value in access logs (or gateway responses), not in mapping templates.' },
  { code: 'vtl-override-stage', severity: 'warning', description: 'requestOverride in a response template or responseOverride in a request template: it has no effect there.' },
  { code: 'vtl-unknown-stage-variable', severity: 'warning', description: 'A $stageVariables name that no stage of the file defines.' },
  { code: 'vtl-hyphenated-reference', severity: 'warning', description: 'Velocity 1.7 reads $a-b as one variable named "a-b".' },
  { code: 'vtl-cfn-substitution', severity: 'error', description: 'A ${...} in an Fn::Sub template that CloudFormation would try to substitute although it is meant for VTL.' },
  { code: 'vtl-template-too-large', severity: 'error', description: 'The template is over API Gateway\'s 300 KB mapping template quota.' },
  { code: 'vtl-invalid-json', severity: 'hint', description: 'A JSON template that certainly renders invalid JSON (a quoted $input.json(...)).' },
];

const BY_CODE = new Map(VTL_DIAGNOSTICS.map((d) => [d.code, d]));

export function defaultSeverity(code: string): TemplateDiagnostic['severity'] {
  return BY_CODE.get(code)?.severity ?? 'warning';
}
