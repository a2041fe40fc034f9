/**
 * What a parsed file means for API Gateway: the APIs it defines, their integrations, and the CloudFormation
 * resources around them. Built once per document version from the AST; every feature reads it.
 */
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode } from '../parse/ast';
import type { Dialect, IntegrationType, Protocol } from '../knowledge/integrationFields';

// The vocabulary is knowledge (the lowest layer); the model speaks it.
export type { Dialect, IntegrationType, Protocol } from '../knowledge/integrationFields';

import type { IntegrationLocation } from '../../../../shared/integrations';

export type { IntegrationLocation } from '../../../../shared/integrations';

/** A CloudFormation resource of the template. */
export interface CfnResource {
  readonly logicalId: string;
  readonly type: string;
  readonly node: ObjectNode;
  readonly keyNode: StringNode;
  readonly properties: ObjectNode | undefined;
}

export interface CfnTemplate {
  readonly root: ObjectNode;
  readonly resources: ReadonlyMap<string, CfnResource>;
  readonly parameters: ReadonlyMap<string, { node: AstNode | undefined; keyNode: StringNode }>;
  readonly conditions: ReadonlySet<string>;
  readonly isSam: boolean;
}

/** An OpenAPI/Swagger definition, standalone or embedded in a template's `Body`/`DefinitionBody`. */
export interface ApiDefinition {
  readonly node: ObjectNode;
  readonly version: '2.0' | '3.x' | undefined;
  readonly protocol: Protocol;
  /** Whether `protocol` is known (owner resource, HTTP-API-only fields) or a REST default. */
  readonly protocolCertain: boolean;
  /** The template resource that owns an embedded definition. */
  readonly owner?: CfnResource;
  readonly operations: Operation[];
  readonly componentIntegrations: ReadonlyMap<string, Integration>;
  /** Neighbours that change what an integration means. */
  readonly binaryMediaTypes: string[];
  readonly requestValidators: ReadonlyMap<string, PropertyNode>;
  readonly gatewayResponses: ObjectNode | undefined;
  readonly cors: ObjectNode | undefined;
  readonly authorizers: ReadonlyMap<string, ObjectNode>;
}

/** A method on a route: where integrations live and what they may refer to. */
export interface Operation {
  readonly path: string;
  /** Upper case (`GET`), or `ANY` for `x-amazon-apigateway-any-method`. */
  readonly method: string;
  readonly node: ObjectNode;
  readonly keyNode: StringNode;
  readonly pathItem: ObjectNode;
  /** Declared parameters (operation + path item), by location. */
  readonly parameters: DeclaredParameters;
  /** Status codes the method declares (`responses` keys / `MethodResponses`). */
  readonly responseCodes: string[] | undefined;
  readonly integration?: Integration;
}

export interface DeclaredParameters {
  readonly path: string[];
  readonly querystring: string[];
  readonly header: string[];
  /** False when some parameters could not be read ($ref we cannot follow, intrinsics): don't judge absence. */
  readonly complete: boolean;
}

export interface Integration {
  readonly id: string;
  readonly location: IntegrationLocation;
  readonly dialect: Dialect;
  readonly protocol: Protocol;
  readonly protocolCertain: boolean;
  /** The integration object (undefined for SAM events, which have none in the file). */
  readonly node: ObjectNode | undefined;
  /** The key that introduces it (`x-amazon-apigateway-integration`, `Integration`, the resource id, the event name). */
  readonly keyNode: StringNode;
  readonly api?: ApiDefinition;
  readonly operation?: Operation;
  readonly path?: string;
  readonly method?: string;
  /** The CloudFormation resource that holds it (Method, V2 Integration, the Api owning a DefinitionBody, the SAM function). */
  readonly resource?: CfnResource;
  /** For an operation whose integration is `$ref: '#/components/x-amazon-apigateway-integrations/x'`. */
  readonly ref?: { node: StringNode; target: Integration | undefined };
  /** SAM events: shown, never edited or linted. */
  readonly readOnly: boolean;
  /** Known facts for SAM events, which have no object to read them from. */
  readonly implicit?: { type: IntegrationType; functionLogicalId?: string; payloadFormatVersion?: string };
}

export interface ApiModel {
  readonly kind: 'openapi' | 'cloudformation' | 'unknown';
  readonly cfnTemplate: CfnTemplate | undefined;
  readonly apis: ApiDefinition[];
  readonly integrations: Integration[];
  /** V2 routes by integration logical id, for labels (`GET /pets`). */
  readonly v2Routes: ReadonlyMap<string, string[]>;
  /** `DefinitionBody`/`Body` given as `Fn::Transform: AWS::Include` of another file. */
  readonly includes: ApiInclude[];
}

export interface ApiInclude {
  readonly owner: CfnResource;
  readonly protocol: Protocol;
  /** The `Location` value when it is a literal (a local path or an s3:// URI). */
  readonly location: string | undefined;
  /** The `Location` node (or the transform when it has none). */
  readonly node: AstNode;
}

export type { ArrayNode };
