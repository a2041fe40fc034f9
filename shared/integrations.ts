/**
 * Small serialisable summaries of a document's integrations: what the workspace index keeps per file and the
 * Integrations view shows. The service makes them (features/symbols/), the protocol carries them.
 */
import type { Range } from 'vscode-languageserver-types';

/** Where an integration is written. */
export type IntegrationLocation =
  | 'openapi-operation' // paths.<path>.<method>.x-amazon-apigateway-integration
  | 'openapi-component' // components.x-amazon-apigateway-integrations.<name>
  | 'cfn-method' // AWS::ApiGateway::Method Properties.Integration
  | 'cfn-v2' // AWS::ApiGatewayV2::Integration Properties
  | 'sam-event'; // a SAM function's implicit Api/HttpApi event (read-only)

/** What the outline, workspace symbols and the Integrations view show about one integration. */
export interface IntegrationSummary {
  /** Stable within the file (the model's integration id). */
  readonly id: string;
  /** `GET /pets → AWS_PROXY ListPetsFunction`. */
  readonly label: string;
  /** The API it belongs to (template logical id, OpenAPI title, or SAM's implicit API). */
  readonly api: string;
  readonly method?: string;
  readonly path?: string;
  /** Upper-case integration type, when known. */
  readonly type?: string;
  /** What it calls: a function, `dynamodb PutItem`, a host, a subtype. */
  readonly target?: string;
  readonly location: IntegrationLocation;
  /** A SAM event's implicit integration (nothing to edit in the file). */
  readonly readOnly: boolean;
  /** The integration (its key and value) and its key. */
  readonly range: Range;
  readonly selectionRange: Range;
}

export interface IndexedFile {
  readonly uri: string;
  readonly integrations: readonly IntegrationSummary[];
}
