/**
 * The syntax tree of a Velocity (VTL) template: every node carries template offsets (UTF-16, into the decoded
 * template text). Built by the tolerant parser in `parser.ts`, the one parser of the project: the editor features
 * read it, and the renderer (`../render/interpreter.ts`) runs it when it has no error-severity problem.
 */

export interface Span {
  readonly offset: number;
  readonly length: number;
}

export type VtlNode = TextNode | ReferenceNode | DirectiveNode | CommentNode | UnparsedNode | EscapedNode;

/** Literal output, including `$`/`#` that Velocity prints as they are (`$1`, `#/`, `$.name`). */
export interface TextNode extends Span {
  readonly type: 'text';
  /**
   * What Velocity 1.7 prints for this text, when it is not the source text as written: the `[ \t]*` line break
   * after a directive and the line break after a `##` comment are eaten, so is the white space alone between the
   * previous node and a `#set`, a `$` or `$!` right before a directive is dropped, a run of backslashes before a
   * live reference or directive prints half of them, and inside an interpolated string `""` is one `"`.
   */
  output?: string;
}

/** `## line` or `#* block *#` (also `#** doc *#`). */
export interface CommentNode extends Span {
  readonly type: 'comment';
  readonly block: boolean;
  readonly terminated: boolean;
}

/** `#[[ not parsed ]]#`. */
export interface UnparsedNode extends Span {
  readonly type: 'unparsed';
  readonly terminated: boolean;
}

/**
 * `\$ref` or `\#directive` after an odd run of backslashes. The span covers the backslashes and the whole escaped
 * reference (`\$a.b($x)`) or the directive's name (`\#if`). Velocity prints an escaped directive as written with
 * half the backslashes; an escaped reference is evaluated and printed as written, with half the backslashes when
 * it has a value and all of them when it is null.
 */
export interface EscapedNode extends Span {
  readonly type: 'escaped';
  readonly backslashes: number;
  /** The escaped reference (not listed in `VtlTemplate.references`: the editor treats it as text). */
  readonly reference?: ReferenceNode;
}

export interface PropertyPart extends Span {
  readonly kind: 'property';
  /** The span is the name only. */
  readonly name: string;
}

export interface MethodPart extends Span {
  readonly kind: 'method';
  /** The span runs from the name to the closing parenthesis (or where the call breaks off). */
  readonly name: string;
  readonly nameLength: number;
  readonly args: Expression[];
  readonly openParen: number;
  /** Offset of `)`, undefined when the call is never closed. */
  readonly closeParen: number | undefined;
}

export interface IndexPart extends Span {
  readonly kind: 'index';
  /** The span runs from `[` to `]`. */
  readonly index: Expression | undefined;
  readonly closed: boolean;
}

export type ReferencePart = PropertyPart | MethodPart | IndexPart;

/** `$a.b.c(x)[0]`, `$!a`, `${a.b}`, `$!{a}`. */
export interface ReferenceNode extends Span {
  readonly type: 'reference';
  readonly silent: boolean;
  readonly formal: boolean;
  /** The root variable name, without `$`. */
  readonly name: string;
  readonly nameOffset: number;
  readonly parts: ReferencePart[];
  /** For a formal reference: whether its `}` is there. Always true otherwise. */
  readonly closed: boolean;
}

export interface StringLiteral extends Span {
  readonly type: 'string';
  readonly quote: '"' | "'";
  /** The raw text between the quotes (Velocity doubles a quote to escape it: `""`, `''`). */
  readonly raw: string;
  /** The value with doubled quotes collapsed (interpolation not applied). */
  readonly value: string;
  readonly terminated: boolean;
  /** For double-quoted strings: the nodes of the interpolated content (references, directives, text). */
  readonly parts?: VtlNode[];
}

export interface NumberLiteral extends Span {
  readonly type: 'number';
  readonly value: number;
  /** Written with `.` or an exponent: a Java Double (`1.0`, `.5`, `1e5`); otherwise an Integer. */
  readonly floating: boolean;
}

export interface BooleanLiteral extends Span {
  readonly type: 'boolean';
  readonly value: boolean;
}

export interface ListLiteral extends Span {
  readonly type: 'list';
  readonly items: Expression[];
  readonly closed: boolean;
}

export interface RangeLiteral extends Span {
  readonly type: 'range';
  readonly from: Expression;
  readonly to: Expression | undefined;
  readonly closed: boolean;
}

export interface MapLiteral extends Span {
  readonly type: 'map';
  readonly entries: { key: Expression; value: Expression | undefined }[];
  readonly closed: boolean;
}

export interface BinaryExpression extends Span {
  readonly type: 'binary';
  /** Normalised: `and`→`&&`, `or`→`||`, `eq`→`==`, `ne`→`!=`, `lt`→`<`, `gt`→`>`, `le`→`<=`, `ge`→`>=`. */
  readonly operator: string;
  readonly left: Expression;
  readonly right: Expression | undefined;
}

/** `!x`, `not x`; `-$x`/`-(...)` only in a template with an error (Velocity 1.7 has no unary minus). */
export interface UnaryExpression extends Span {
  readonly type: 'unary';
  readonly operator: '!' | '-';
  readonly operand: Expression | undefined;
}

export interface GroupExpression extends Span {
  readonly type: 'group';
  readonly expression: Expression | undefined;
  readonly closed: boolean;
}

/**
 * A bare word: a macro name in `#macro(name ...)`, a method argument (`$a.b(foo)`, `$m.put('k', null)`: Velocity
 * 1.7 accepts it and passes null), or an error elsewhere (`#if(null)`, `#set($a = foo)`).
 */
export interface WordExpression extends Span {
  readonly type: 'word';
  readonly name: string;
}

export type Expression =
  | ReferenceNode
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | ListLiteral
  | RangeLiteral
  | MapLiteral
  | BinaryExpression
  | UnaryExpression
  | GroupExpression
  | WordExpression;

export const DIRECTIVE_NAMES = ['set', 'if', 'elseif', 'else', 'end', 'foreach', 'break', 'stop', 'define', 'macro', 'evaluate', 'parse', 'include'] as const;
export type DirectiveName = (typeof DIRECTIVE_NAMES)[number];

/**
 * A directive: `#set(...)`, `#if(...)`, `#{end}`, a macro call `#name(...)` or `#@name(...)`.
 * The span covers `#name` and its parenthesised arguments; a block's body, branches and `#end` are separate.
 */
export interface DirectiveNode extends Span {
  readonly type: 'directive';
  /** The directive or macro name without `#`, braces or `@`. */
  readonly name: string;
  /** A call of a macro defined in the template (`#@name` for a block call). */
  readonly macroCall: boolean;
  readonly braced: boolean;
  /** The span of `#name` / `#{name}` / `#@name`. */
  readonly keywordLength: number;
  /** Offset of `(`, when the directive has arguments. */
  readonly argsOpen?: number;
  /** Offset of `)`, undefined when the arguments are never closed. */
  readonly argsClose?: number;
  readonly args: Expression[];
  /** `#set`: the assigned reference and the value. `#foreach`: the loop variable and the collection. */
  readonly target?: ReferenceNode;
  readonly value?: Expression;
  /** Block directives (`#if #foreach #define #macro #@call`): the nodes up to the first branch or `#end`. */
  body?: VtlNode[];
  /** `#if`: its `#elseif`/`#else` directives, each with its own body. */
  branches?: DirectiveNode[];
  /** The matching `#end`, when there is one. */
  end?: Span;
}

export interface VtlSyntaxError extends Span {
  readonly message: string;
  /** A stable sub-code: `unclosed-block`, `stray-end`, `unbalanced-parens`, ... (all reported as `vtl-syntax`). */
  readonly reason: string;
  /** `error`: Velocity 1.7 rejects the template (and the renderer refuses it). `warning`: it accepts it, oddly. */
  readonly severity: 'error' | 'warning';
}

export interface VtlTemplate {
  readonly text: string;
  /** Top-level nodes; block directives hold their own bodies. */
  readonly nodes: VtlNode[];
  readonly errors: VtlSyntaxError[];
  /** Every reference anywhere (text, directive arguments, method arguments, interpolated strings), in order. */
  readonly references: ReferenceNode[];
  /** Every directive anywhere (branches included), in order. */
  readonly directives: DirectiveNode[];
  /** Names of the macros the template defines. */
  readonly macros: ReadonlySet<string>;
}
