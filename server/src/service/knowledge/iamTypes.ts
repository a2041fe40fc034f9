/** An IAM policy statement as data (AWS managed policies, SAM policy templates). */
export interface PolicyStatementData {
  /** Allow when absent. */
  readonly effect?: 'Allow' | 'Deny';
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  /** ARN patterns; SAM templates use `${Param}` and pseudo-parameter placeholders. */
  readonly resources?: readonly string[];
  readonly notResources?: readonly string[];
  /** The statement has a Condition (treated as satisfiable). */
  readonly condition?: boolean;
}
