/** Shapes of the VTL knowledge data: every entry carries its docs, its signature and the source it comes from. */

export interface VtlMember {
  readonly name: string;
  readonly kind: 'method' | 'property';
  /** How it is written, with parameter names and types: `$input.json(x: String): String`. */
  readonly signature: string;
  /** Accepted argument counts (methods only). */
  readonly argumentCounts?: readonly number[];
  /** What it returns (Java-ish type names, as Velocity sees them). */
  readonly returns: string;
  /** Markdown: what it does. */
  readonly docs: string;
  /** Markdown bullets: where real API Gateway behaves in surprising ways, with the evidence. */
  readonly quirks?: readonly string[];
  /** A snippet to insert on completion (VS Code snippet syntax). */
  readonly snippet?: string;
  /** Where this comes from. */
  readonly source: string;
}

/** Where a `$context` variable has a value. */
export type ContextAvailability =
  /** Mapping templates (and access logs). */
  | 'template'
  /** Only in access log formats: empty in a mapping template. */
  | 'access-log'
  /** Only gateway response templates (simple substitution, not VTL) and access logs. */
  | 'gateway-response';

export interface ContextVariable {
  /** The path below `$context`: `identity.sourceIp`. */
  readonly path: string;
  readonly docs: string;
  readonly availability: ContextAvailability;
  /** A group (`identity`, `authorizer.claims`): it has members of its own. */
  readonly group?: boolean;
  /** The group takes any member name (authorizer context keys, claims, override header names). */
  readonly open?: boolean;
  /** Only in this kind of API (WebSocket APIs have their own variables); undefined = REST APIs (and WebSocket where shared). */
  readonly api?: 'websocket';
  /** Only meaningful in this kind of template (`requestOverride.*` in request templates). */
  readonly stage?: 'request' | 'response';
  readonly type?: string;
  readonly source: string;
}

export interface DirectiveDoc {
  readonly name: string;
  readonly syntax: string;
  readonly docs: string;
  readonly quirks?: readonly string[];
  /** A snippet inserted after `#`. */
  readonly snippet: string;
  /** Opens a block closed by `#end`. */
  readonly block: boolean;
  readonly source: string;
}

export interface RootVariable {
  readonly name: string;
  readonly docs: string;
  readonly source: string;
}
