/** The documents the VTL knowledge comes from. */
export const SOURCES = {
  /** "Variables for data transformations for API Gateway" (the current REST API reference). */
  dataTransformations: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  /** "Variables for access logging for API Gateway". */
  accessLogging: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-variables-for-access-logging.html',
  /** The archived "API Gateway mapping template and access logging variable reference" (awsdocs, 2023). */
  archivedReference:
    'https://github.com/awsdocs/amazon-api-gateway-developer-guide/blob/main/doc_source/api-gateway-mapping-template-reference.md',
  websocketTemplates: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html',
  overrides: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html',
  stageVariables: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html',
  gatewayResponses: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html',
  quotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  velocityUserGuide: 'https://velocity.apache.org/engine/1.7/user-guide.html',
  velocityReference: 'https://velocity.apache.org/engine/1.7/vtl-reference.html',
  appsyncUtil: 'https://docs.aws.amazon.com/appsync/latest/devguide/utility-helpers-in-util.html',
  /** Recorded against real AWS (LocalStack's validated snapshots), in ../shared/corpus/vtl-golden/cases.json. */
  goldenCases: 'corpus: vtl-golden/cases.json',
} as const;
