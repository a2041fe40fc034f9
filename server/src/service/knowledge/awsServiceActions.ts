/**
 * Common AWS service actions an `AWS` integration calls directly (no Lambda in between), as data: the uri, the
 * HTTP method, the request parameters and the request template each one needs, and the IAM action the
 * integration's role must allow. Completion offers them for `uri`; skeletons build whole integrations from them.
 *
 * Sources:
 * - uri forms: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (uri)
 * - DynamoDB: https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-dynamodb.html
 *   (REST tutorial), actions: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB.html
 * - SQS: https://docs.aws.amazon.com/apigateway/latest/developerguide/integrate-with-sqs.html
 *   (form-encoded `Action=SendMessage&MessageBody=...` to the queue path)
 * - SNS: https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 * - Kinesis: https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-kinesis.html
 * - Step Functions: https://docs.aws.amazon.com/step-functions/latest/dg/tutorial-api-gateway.html,
 *   StartSyncExecution (Express workflows only): https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html
 * - EventBridge: https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html (JSON 1.1 protocol:
 *   `X-Amz-Target: AWSEvents.PutEvents`, `Content-Type: application/x-amz-json-1.1`)
 * - S3: https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-s3.html
 * Checked against the aws-samples serverless-patterns templates in ../shared/corpus.
 */

export interface ServiceAction {
  /** Stable id, `{service}:{Action}`. */
  readonly id: string;
  /** Shown in completion lists (`DynamoDB PutItem`). */
  readonly label: string;
  /** The uri's service segment (`arn:aws:apigateway:{region}:{service}:...`). */
  readonly service: string;
  /**
   * What follows `{service}:`: `action/PutItem` or `path/...`. `{account}` stands for the account id;
   * UPPER_CASE words are placeholders for the user to fill.
   */
  readonly uriTail: string;
  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The IAM action the `credentials` role must allow. */
  readonly iamAction: string;
  readonly summary: string;
  readonly docUrl: string;
  /** REST `requestParameters` the call needs (values as written in the file, static values in single quotes). */
  readonly requestParameters?: Readonly<Record<string, string>>;
  /** A request template (VTL) for `application/json` to start from. */
  readonly requestTemplate?: string;
  /** The HTTP API integration subtype doing the same (integrationSubtype), when there is one. */
  readonly subtype?: string;
}

const DYNAMODB_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-dynamodb.html';
const FORM = "'application/x-www-form-urlencoded'";

export const SERVICE_ACTIONS: readonly ServiceAction[] = [
  {
    id: 'dynamodb:PutItem',
    label: 'DynamoDB PutItem',
    service: 'dynamodb',
    uriTail: 'action/PutItem',
    httpMethod: 'POST',
    iamAction: 'dynamodb:PutItem',
    summary: 'Creates or replaces an item. The request template builds the `TableName` and `Item` (attribute values typed: `{"S": ...}`, `{"N": ...}`).',
    docUrl: DYNAMODB_DOC,
    requestTemplate: '{\n  "TableName": "TABLE_NAME",\n  "Item": {\n    "id": {"S": "$context.requestId"},\n    "body": {"S": "$util.escapeJavaScript($input.body)"}\n  }\n}',
  },
  {
    id: 'dynamodb:GetItem',
    label: 'DynamoDB GetItem',
    service: 'dynamodb',
    uriTail: 'action/GetItem',
    httpMethod: 'POST',
    iamAction: 'dynamodb:GetItem',
    summary: 'Reads one item by its primary key. Map the result in the integration response template (`$input.path(\'$.Item\')`).',
    docUrl: DYNAMODB_DOC,
    requestTemplate: '{\n  "TableName": "TABLE_NAME",\n  "Key": {"id": {"S": "$input.params(\'id\')"}}\n}',
  },
  {
    id: 'dynamodb:Query',
    label: 'DynamoDB Query',
    service: 'dynamodb',
    uriTail: 'action/Query',
    httpMethod: 'POST',
    iamAction: 'dynamodb:Query',
    summary: 'Reads the items with one partition key value (`KeyConditionExpression`).',
    docUrl: DYNAMODB_DOC,
    requestTemplate: '{\n  "TableName": "TABLE_NAME",\n  "KeyConditionExpression": "pk = :pk",\n  "ExpressionAttributeValues": {":pk": {"S": "$input.params(\'id\')"}}\n}',
  },
  {
    id: 'dynamodb:Scan',
    label: 'DynamoDB Scan',
    service: 'dynamodb',
    uriTail: 'action/Scan',
    httpMethod: 'POST',
    iamAction: 'dynamodb:Scan',
    summary: 'Reads every item of the table (paginated by `ExclusiveStartKey`).',
    docUrl: DYNAMODB_DOC,
    requestTemplate: '{\n  "TableName": "TABLE_NAME"\n}',
  },
  {
    id: 'dynamodb:UpdateItem',
    label: 'DynamoDB UpdateItem',
    service: 'dynamodb',
    uriTail: 'action/UpdateItem',
    httpMethod: 'POST',
    iamAction: 'dynamodb:UpdateItem',
    summary: 'Changes attributes of one item (`UpdateExpression`), creating it if needed.',
    docUrl: DYNAMODB_DOC,
    requestTemplate:
      '{\n  "TableName": "TABLE_NAME",\n  "Key": {"id": {"S": "$input.params(\'id\')"}},\n  "UpdateExpression": "SET #v = :v",\n  "ExpressionAttributeNames": {"#v": "value"},\n  "ExpressionAttributeValues": {":v": {"S": "$util.escapeJavaScript($input.path(\'$.value\'))"}}\n}',
  },
  {
    id: 'dynamodb:DeleteItem',
    label: 'DynamoDB DeleteItem',
    service: 'dynamodb',
    uriTail: 'action/DeleteItem',
    httpMethod: 'POST',
    iamAction: 'dynamodb:DeleteItem',
    summary: 'Deletes one item by its primary key.',
    docUrl: DYNAMODB_DOC,
    requestTemplate: '{\n  "TableName": "TABLE_NAME",\n  "Key": {"id": {"S": "$input.params(\'id\')"}}\n}',
  },
  {
    id: 'sqs:SendMessage',
    label: 'SQS SendMessage',
    service: 'sqs',
    uriTail: 'path/{account}/QUEUE_NAME',
    httpMethod: 'POST',
    iamAction: 'sqs:SendMessage',
    summary: 'Sends the request body to a queue. SQS reads a form-encoded body (`Action=SendMessage&MessageBody=...`), so the integration sets `Content-Type: application/x-www-form-urlencoded`.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integrate-with-sqs.html',
    requestParameters: { 'integration.request.header.Content-Type': FORM },
    requestTemplate: 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)',
    subtype: 'SQS-SendMessage',
  },
  {
    id: 'sns:Publish',
    label: 'SNS Publish',
    service: 'sns',
    uriTail: 'action/Publish',
    httpMethod: 'POST',
    iamAction: 'sns:Publish',
    summary: 'Publishes the request body to a topic. SNS reads form-encoded parameters (`TopicArn`, `Message`).',
    docUrl: 'https://docs.aws.amazon.com/sns/latest/api/API_Publish.html',
    requestParameters: { 'integration.request.header.Content-Type': FORM },
    requestTemplate: 'Action=Publish&TopicArn=$util.urlEncode(\'TOPIC_ARN\')&Message=$util.urlEncode($input.body)',
  },
  {
    id: 'kinesis:PutRecord',
    label: 'Kinesis PutRecord',
    service: 'kinesis',
    uriTail: 'action/PutRecord',
    httpMethod: 'POST',
    iamAction: 'kinesis:PutRecord',
    summary: 'Writes one record to a data stream: `Data` must be base64, `PartitionKey` picks the shard.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-kinesis.html',
    requestTemplate: '{\n  "StreamName": "STREAM_NAME",\n  "Data": "$util.base64Encode($input.body)",\n  "PartitionKey": "$context.requestId"\n}',
    subtype: 'Kinesis-PutRecord',
  },
  {
    id: 'states:StartExecution',
    label: 'Step Functions StartExecution',
    service: 'states',
    uriTail: 'action/StartExecution',
    httpMethod: 'POST',
    iamAction: 'states:StartExecution',
    summary: 'Starts a state machine execution asynchronously and answers with its `executionArn`. `input` must be a JSON string.',
    docUrl: 'https://docs.aws.amazon.com/step-functions/latest/dg/tutorial-api-gateway.html',
    requestTemplate: '{\n  "input": "$util.escapeJavaScript($input.json(\'$\'))",\n  "stateMachineArn": "STATE_MACHINE_ARN"\n}',
    subtype: 'StepFunctions-StartExecution',
  },
  {
    id: 'states:StartSyncExecution',
    label: 'Step Functions StartSyncExecution',
    service: 'states',
    uriTail: 'action/StartSyncExecution',
    httpMethod: 'POST',
    iamAction: 'states:StartSyncExecution',
    summary: 'Runs an Express state machine and waits for its result (`output`, `status`) within the integration timeout. Standard workflows are rejected.',
    docUrl: 'https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html',
    requestTemplate: '{\n  "input": "$util.escapeJavaScript($input.json(\'$\'))",\n  "stateMachineArn": "STATE_MACHINE_ARN"\n}',
    subtype: 'StepFunctions-StartSyncExecution',
  },
  {
    id: 'events:PutEvents',
    label: 'EventBridge PutEvents',
    service: 'events',
    uriTail: 'action/PutEvents',
    httpMethod: 'POST',
    iamAction: 'events:PutEvents',
    summary: 'Puts events on an event bus. EventBridge speaks the JSON 1.1 protocol: the integration sets `X-Amz-Target: AWSEvents.PutEvents` and `Content-Type: application/x-amz-json-1.1`; `Detail` is a JSON string.',
    docUrl: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html',
    requestParameters: {
      'integration.request.header.X-Amz-Target': "'AWSEvents.PutEvents'",
      'integration.request.header.Content-Type': "'application/x-amz-json-1.1'",
    },
    requestTemplate:
      '{\n  "Entries": [\n    {\n      "Source": "my.application",\n      "DetailType": "DETAIL_TYPE",\n      "Detail": "$util.escapeJavaScript($input.body)",\n      "EventBusName": "default"\n    }\n  ]\n}',
    subtype: 'EventBridge-PutEvents',
  },
  {
    id: 's3:GetObject',
    label: 'S3 GetObject (object path)',
    service: 's3',
    uriTail: 'path/BUCKET_NAME/{key}',
    httpMethod: 'GET',
    iamAction: 's3:GetObject',
    summary: 'Reads an object through the S3 REST path `{bucket}/{key}`. `{key}` is filled by `integration.request.path.key`. Add binary media types for binary objects.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-s3.html',
  },
  {
    id: 's3:PutObject',
    label: 'S3 PutObject (object path)',
    service: 's3',
    uriTail: 'path/BUCKET_NAME/{key}',
    httpMethod: 'PUT',
    iamAction: 's3:PutObject',
    summary: 'Stores the request body as an object at `{bucket}/{key}`. Pass `Content-Type` through with `integration.request.header.Content-Type`.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-s3.html',
  },
  {
    id: 's3:DeleteObject',
    label: 'S3 DeleteObject (object path)',
    service: 's3',
    uriTail: 'path/BUCKET_NAME/{key}',
    httpMethod: 'DELETE',
    iamAction: 's3:DeleteObject',
    summary: 'Deletes the object at `{bucket}/{key}`.',
    docUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-s3.html',
  },
];

export function serviceAction(id: string): ServiceAction {
  const action = SERVICE_ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`unknown service action ${id}`);
  return action;
}

/** The action a parsed `arn:aws:apigateway:...` uri calls, when it is one of ours. */
export function actionForUri(service: string, actionType: string, rest: string, httpMethod: string | undefined): ServiceAction | undefined {
  if (actionType === 'action') {
    const name = rest.split(/[&?/]/)[0];
    return SERVICE_ACTIONS.find((a) => a.service === service && a.uriTail === `action/${name}`);
  }
  if (service === 's3' && actionType === 'path') {
    const method = (httpMethod ?? 'GET').toUpperCase();
    return SERVICE_ACTIONS.find((a) => a.service === 's3' && a.httpMethod === method);
  }
  if (service === 'sqs' && actionType === 'path') return SERVICE_ACTIONS.find((a) => a.id === 'sqs:SendMessage');
  return undefined;
}

/** Human names of services in `arn:aws:apigateway:{region}:{service}:...`, for hover. */
export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  lambda: 'AWS Lambda',
  dynamodb: 'Amazon DynamoDB',
  sqs: 'Amazon SQS',
  sns: 'Amazon SNS',
  kinesis: 'Amazon Kinesis Data Streams',
  firehose: 'Amazon Data Firehose',
  states: 'AWS Step Functions',
  events: 'Amazon EventBridge',
  s3: 'Amazon S3',
  ses: 'Amazon SES',
  appconfig: 'AWS AppConfig',
  execute_api: 'API Gateway (execute-api)',
};
