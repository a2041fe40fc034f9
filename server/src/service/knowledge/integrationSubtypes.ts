/**
 * HTTP API AWS service integrations (`integrationSubtype`) and their parameters.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 */
export interface SubtypeInfo {
  readonly name: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** The IAM action the role in `credentials` must allow. */
  readonly action: string;
}

export const INTEGRATION_SUBTYPES: readonly SubtypeInfo[] = [
  { name: 'EventBridge-PutEvents', required: ['Detail', 'DetailType', 'Source'], optional: ['Time', 'EventBusName', 'Region', 'Resources', 'TraceHeader'], action: 'events:PutEvents' },
  { name: 'SQS-SendMessage', required: ['QueueUrl', 'MessageBody'], optional: ['DelaySeconds', 'MessageAttributes', 'MessageDeduplicationId', 'MessageGroupId', 'MessageSystemAttributes', 'Region'], action: 'sqs:SendMessage' },
  { name: 'SQS-ReceiveMessage', required: ['QueueUrl'], optional: ['AttributeNames', 'MaxNumberOfMessages', 'MessageAttributeNames', 'ReceiveRequestAttemptId', 'VisibilityTimeout', 'WaitTimeSeconds', 'Region'], action: 'sqs:ReceiveMessage' },
  { name: 'SQS-DeleteMessage', required: ['QueueUrl', 'ReceiptHandle'], optional: ['Region'], action: 'sqs:DeleteMessage' },
  { name: 'SQS-PurgeQueue', required: ['QueueUrl'], optional: ['Region'], action: 'sqs:PurgeQueue' },
  { name: 'AppConfig-GetConfiguration', required: ['Application', 'Environment', 'Configuration', 'ClientId'], optional: ['ClientConfigurationVersion', 'Region'], action: 'appconfig:GetConfiguration' },
  { name: 'Kinesis-PutRecord', required: ['StreamName', 'Data', 'PartitionKey'], optional: ['SequenceNumberForOrdering', 'ExplicitHashKey', 'Region'], action: 'kinesis:PutRecord' },
  { name: 'StepFunctions-StartExecution', required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region'], action: 'states:StartExecution' },
  { name: 'StepFunctions-StartSyncExecution', required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region', 'TraceHeader'], action: 'states:StartSyncExecution' },
  { name: 'StepFunctions-StopExecution', required: ['ExecutionArn'], optional: ['Cause', 'Error', 'Region'], action: 'states:StopExecution' },
];

export function subtypeInfo(name: string): SubtypeInfo | undefined {
  return INTEGRATION_SUBTYPES.find((s) => s.name === name);
}
