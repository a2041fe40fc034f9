/**
 * Rules that need the whole template: an integration's IAM role and what it allows, the Lambda permission
 * that lets API Gateway invoke a function, references to other resources, stages and VPC links.
 */
import type { RuleContext } from '../context';
import { checkUnresolvedReferences } from './references';
import { checkLambdaPermissions } from './lambdaPermission';
import { checkRolePermissions } from './roleRules';
import { checkSensitiveData } from './sensitiveData';
import { checkStageVariables } from './stageVariables';
import { checkConnectionIds } from './vpcLink';

export const CROSS_RESOURCE_RULES: readonly ((context: RuleContext) => void)[] = [
  checkUnresolvedReferences,
  checkRolePermissions,
  checkLambdaPermissions,
  checkConnectionIds,
  checkStageVariables,
  checkSensitiveData,
];
