/**
 * What tools add to a project: the resources AWS SAM generates without a resource of that name in the template,
 * and the folders that hold no source (dependencies, version control, build output: SAM's .aws-sam, CDK's cdk.out).
 * Source: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
 */

/**
 * The implicit REST API of Api events and its Prod stage, the implicit HTTP API of HttpApi events and its $default
 * stage, and the CodeDeploy application of DeploymentPreference. SAM also generates names derived from a
 * resource's (`MyFunctionRole`, `MyApiProdStage`, `ServerlessRestApiDeployment1a2b3c`): rules/crossResource/cfnNames.ts
 * accepts those by prefix.
 */
export const SAM_GENERATED_NAMES: readonly string[] = ['ServerlessRestApi', 'ServerlessHttpApi', 'ServerlessRestApiProdStage', 'ServerlessHttpApiApiGatewayDefaultStage', 'ServerlessDeploymentApplication'];

/** Folders a workspace scan and `apigw lint` skip: dependencies, version control and build output. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.aws-sam', 'cdk.out', 'dist', 'out', '.vscode-test']);
