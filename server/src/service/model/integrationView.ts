/**
 * Reads an integration's fields by their canonical (OpenAPI) names in any dialect, and the facts rules and
 * features keep asking: its type, whether it calls Lambda, its parsed uri.
 */
import { FieldName, fieldForKey, keyFor, INTEGRATION_TYPES } from '../knowledge/integrationFields';
import { AstNode, getProperty, isIntrinsic, ObjectNode, PropertyNode } from '../parse/ast';
import { parseIntegrationUri, ParsedUri } from './integrationUri';
import type { CfnTemplate, Integration, IntegrationType } from './types';
import { evaluateString, knownString } from './values';

const LAMBDA_RESOURCE_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::Version']);

export interface TypeInfo {
  /** Normalised (upper case) when it names a valid type. */
  readonly value: IntegrationType | undefined;
  /** As written, when literal. */
  readonly raw: string | undefined;
  readonly node: AstNode | undefined;
  /** Written as an intrinsic: known only at deploy time. */
  readonly computed: boolean;
}

export class IntegrationView {
  readonly node: ObjectNode;
  private uriCache: ParsedUri | undefined | null = null;

  constructor(
    readonly integration: Integration & { node: ObjectNode },
    readonly cfnTemplate: CfnTemplate | undefined,
  ) {
    this.node = integration.node;
  }

  get dialect() {
    return this.integration.dialect;
  }

  get protocol() {
    return this.integration.protocol;
  }

  property(name: FieldName): PropertyNode | undefined {
    const key = keyFor(this.dialect, name);
    return key ? getProperty(this.node, key) : undefined;
  }

  value(name: FieldName): AstNode | undefined {
    return this.property(name)?.value;
  }

  string(name: FieldName): string | undefined {
    return knownString(this.value(name));
  }

  has(name: FieldName): boolean {
    return this.property(name) !== undefined;
  }

  get type(): TypeInfo {
    const node = this.value('type');
    const raw = knownString(node);
    const upper = raw?.toUpperCase();
    const value = INTEGRATION_TYPES.find((t) => t === upper);
    return { value, raw, node, computed: isIntrinsic(node) };
  }

  /** The parsed uri, or undefined when there is none or it is not a string. */
  get uri(): ParsedUri | undefined {
    if (this.uriCache === null) {
      const value = evaluateString(this.value('uri'));
      this.uriCache = value ? parseIntegrationUri(value) : undefined;
    }
    return this.uriCache;
  }

  /** Whether the backend is a Lambda function (proxy or custom). */
  get callsLambda(): boolean {
    const uri = this.uri;
    // Without a uri, AWS_PROXY still means Lambda (the only AWS_PROXY backend but for HTTP API subtypes).
    if (!uri) return this.type.value === 'AWS_PROXY' && !this.has('integrationSubtype');
    if (uri.kind === 'apigateway-arn') return uri.service === 'lambda';
    if (uri.kind === 'lambda-function-arn') return true;
    if (uri.kind === 'computed' && uri.hole.kind === 'getatt') {
      return LAMBDA_RESOURCE_TYPES.has(this.cfnTemplate?.resources.get(uri.hole.resource)?.type ?? '');
    }
    return this.type.value === 'AWS_PROXY' && this.protocol === 'rest';
  }

  /** Keys present on the object that the dialect does not define. */
  unknownKeys(): PropertyNode[] {
    return this.node.properties.filter((p) => !fieldForKey(this.dialect, p.key.value));
  }
}

export function viewOf(integration: Integration, template: CfnTemplate | undefined): IntegrationView | undefined {
  if (!integration.node || integration.readOnly) return undefined;
  return new IntegrationView(integration as Integration & { node: ObjectNode }, template);
}
