/**
 * What an AWS service integration asks IAM for: the action behind an `arn:aws:apigateway:{region}:{service}:...`
 * uri, and what CloudFormation resource types stand for on the IAM side.
 * Sources: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (uri),
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 * (service prefixes, actions, resource ARN formats), https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
 */

/** The uri's service part (the API endpoint prefix) → the IAM service prefix, where they differ. */
const IAM_PREFIX: Readonly<Record<string, string>> = {
  email: 'ses',
  'runtime.sagemaker': 'sagemaker',
  'runtime.lex': 'lex',
  'runtime-v2-lex': 'lex',
  monitoring: 'cloudwatch',
  'data.iot': 'iot',
  iotdata: 'iot',
  'data-ats.iot': 'iot',
  'streams.dynamodb': 'dynamodb',
  'api.ecr': 'ecr',
  'api.pricing': 'pricing',
  'execute-api': 'execute-api',
};

/** The IAM prefix for a uri service (`mybucket.s3` → `s3`, `email` → `ses`). */
export function iamServicePrefix(uriService: string): string {
  if (/\.s3$/.test(uriService) || uriService === 's3') return 's3';
  return IAM_PREFIX[uriService] ?? uriService;
}

/** S3 object-level actions by the integration's HTTP method (HEAD needs s3:GetObject, as HeadObject does). */
export const S3_OBJECT_ACTIONS: Readonly<Record<string, string>> = {
  GET: 's3:GetObject',
  HEAD: 's3:GetObject',
  PUT: 's3:PutObject',
  DELETE: 's3:DeleteObject',
};

/** S3 bucket-level actions (a path with a bucket and no key). */
export const S3_BUCKET_ACTIONS: Readonly<Record<string, string>> = {
  GET: 's3:ListBucket',
  HEAD: 's3:ListBucket',
  PUT: 's3:CreateBucket',
  DELETE: 's3:DeleteBucket',
};

/** CloudFormation resource types → the IAM service whose resources they are, and how to write their ARN. */
export interface ResourceTypeInfo {
  readonly service: string;
  /** How a template spells this resource's ARN (`{id}` is the logical id), when it has one. */
  readonly arn?: { readonly kind: 'getatt'; readonly attribute: string } | { readonly kind: 'ref' };
}

export const RESOURCE_TYPES: Readonly<Record<string, ResourceTypeInfo>> = {
  'AWS::SQS::Queue': { service: 'sqs', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::SNS::Topic': { service: 'sns', arn: { kind: 'ref' } },
  'AWS::DynamoDB::Table': { service: 'dynamodb', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::DynamoDB::GlobalTable': { service: 'dynamodb', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::Serverless::SimpleTable': { service: 'dynamodb' },
  'AWS::Kinesis::Stream': { service: 'kinesis', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::KinesisFirehose::DeliveryStream': { service: 'firehose', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::StepFunctions::StateMachine': { service: 'states', arn: { kind: 'ref' } },
  'AWS::Serverless::StateMachine': { service: 'states', arn: { kind: 'ref' } },
  'AWS::Events::EventBus': { service: 'events', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::S3::Bucket': { service: 's3', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::Lambda::Function': { service: 'lambda', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::Serverless::Function': { service: 'lambda', arn: { kind: 'getatt', attribute: 'Arn' } },
  'AWS::Lambda::Alias': { service: 'lambda', arn: { kind: 'ref' } },
  'AWS::Lambda::Version': { service: 'lambda', arn: { kind: 'ref' } },
  'AWS::SageMaker::Endpoint': { service: 'sagemaker', arn: { kind: 'ref' } },
  'AWS::SES::ConfigurationSet': { service: 'ses' },
  'AWS::SES::EmailIdentity': { service: 'ses' },
};

/**
 * Resource-based policies: a queue policy (or bucket policy, ...) can grant the role what its own policies do not,
 * so a template that has one for the service is not judged.
 */
export const RESOURCE_POLICY_TYPES: Readonly<Record<string, readonly string[]>> = {
  sqs: ['AWS::SQS::QueuePolicy', 'AWS::SQS::QueueInlinePolicy'],
  sns: ['AWS::SNS::TopicPolicy', 'AWS::SNS::TopicInlinePolicy'],
  s3: ['AWS::S3::BucketPolicy'],
  events: ['AWS::Events::EventBusPolicy'],
  kinesis: ['AWS::Kinesis::ResourcePolicy'],
  dynamodb: ['AWS::DynamoDB::ResourcePolicy'],
};
