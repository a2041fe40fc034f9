/**
 * The names a `Ref`, `Fn::GetAtt` or `${...}` may use in a template: its resources and parameters, the pseudo
 * parameters, and the resources AWS SAM generates from its own (`MyFunctionRole`, `ServerlessRestApi`,
 * `MyApi.Stage`, `MyFunction.Alias`, ...).
 * Sources: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
 */
import type { CfnTemplate } from '../../model/types';
import { PSEUDO_PARAMETERS } from '../../model/values';

/** Resources SAM creates without a resource of the same name in the template. */
const SAM_IMPLICIT = ['ServerlessRestApi', 'ServerlessHttpApi', 'ServerlessRestApiProdStage', 'ServerlessHttpApiApiGatewayDefaultStage', 'ServerlessDeploymentApplication'];

/** Whether `name` (a Ref target or the resource part of a GetAtt) exists once the template is deployed. */
export function isKnownName(template: CfnTemplate, name: string): boolean {
  if (template.resources.has(name) || template.parameters.has(name)) return true;
  if ((PSEUDO_PARAMETERS as readonly string[]).includes(name)) return true;
  if (!template.isSam) return false;
  if (SAM_IMPLICIT.includes(name) || name.startsWith('ServerlessRestApi') || name.startsWith('ServerlessHttpApi')) return true;
  // `MyFunction.Alias`, `MyApi.Stage` (Ref forms) and `MyFunctionRole`, `MyApiProdStage`, `MyFunctionAliaslive`, ...
  for (const resource of template.resources.values()) {
    if (resource.type.startsWith('AWS::Serverless::') && name.startsWith(resource.logicalId)) return true;
  }
  return false;
}

/** Names worth suggesting for a misspelt reference. */
export function referenceCandidates(template: CfnTemplate, kind: 'ref' | 'getatt'): string[] {
  const names = [...template.resources.keys()];
  return kind === 'ref' ? [...names, ...template.parameters.keys(), ...PSEUDO_PARAMETERS] : names;
}
