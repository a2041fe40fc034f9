/**
 * The syntax tree of one Terraform (HCL2 native syntax) file, with absolute UTF-16 offsets into the file text,
 * as the YAML/JSON tree has (parse/ast.ts).
 *
 * The parser is tolerant: a file being typed is never valid, so every node may be incomplete. `closed: false`
 * says a bracket, quote or heredoc marker is missing; a missing expression is an `HclMissing` node; what
 * could not be parsed is skipped and named in `problems`. The grammar is hashicorp/hcl `hclsyntax/spec.md`.
 */

export interface HclSpan {
  /** Offset of the node's first character in the file. */
  readonly offset: number;
  /** Length of the node's source text. */
  readonly length: number;
}

export interface HclFile {
  readonly body: HclBody;
  readonly problems: HclProblem[];
}

export interface HclProblem extends HclSpan {
  readonly message: string;
  /** `syntax-error`, or `analysis-limit` when the file is past the parser's budget. */
  readonly code: 'syntax-error' | 'analysis-limit';
}

export interface HclBody extends HclSpan {
  readonly type: 'body';
  readonly items: (HclAttribute | HclBlock)[];
}

/** A name as written: an attribute name, a block type, an unquoted label, a traversal step, a function name. */
export interface HclName extends HclSpan {
  readonly value: string;
}

export interface HclAttribute extends HclSpan {
  readonly type: 'attribute';
  readonly name: HclName;
  /** Offset of the `=`. */
  readonly equalsOffset: number;
  /** An `HclMissing` when nothing follows the `=` (`x =` being typed). */
  readonly value: HclExpression;
}

export interface HclBlock extends HclSpan {
  readonly type: 'block';
  readonly blockType: HclName;
  /** `resource "aws_x" "y"`: quoted labels are templates without interpolation; unquoted ones are names. */
  readonly labels: HclLabel[];
  /** Offset of the `{`, or undefined when the block header has none yet. */
  readonly openOffset: number | undefined;
  readonly body: HclBody;
  /** Whether the closing `}` was found. */
  readonly closed: boolean;
}

export interface HclLabel extends HclSpan {
  /** The label's value (escapes decoded for a quoted label). */
  readonly value: string;
  readonly quoted: boolean;
}

export type HclExpression =
  | HclLiteral
  | HclTemplate
  | HclVariable
  | HclGetAttr
  | HclIndex
  | HclSplat
  | HclCall
  | HclTuple
  | HclObject
  | HclFor
  | HclConditional
  | HclBinary
  | HclUnary
  | HclParens
  | HclMissing;

export interface HclLiteral extends HclSpan {
  readonly type: 'literal';
  readonly value: number | boolean | null;
}

/**
 * A quoted string (`"..."`), a heredoc (`<<EOF` / `<<-EOF`), or a whole template file read by `templatefile()`
 * (kind `file`: hclsyntax.ParseTemplate, no escapes but `$${` and `%%{`), with its interpolations and directives.
 */
export interface HclTemplate extends HclSpan {
  readonly type: 'template';
  readonly kind: 'quoted' | 'heredoc' | 'file';
  /** For a heredoc: `<<-` (the minimum indentation of the lines is removed). */
  readonly flush: boolean;
  /** For a heredoc: the marker (`EOF`). */
  readonly marker: string;
  /** Where the template's content starts (after `"`, or after the heredoc header's newline) and ends. */
  readonly contentOffset: number;
  readonly contentEnd: number;
  readonly parts: HclTemplatePart[];
  /** Whether the closing quote / marker line was found. */
  readonly closed: boolean;
}

export type HclTemplatePart = HclTemplateLiteral | HclInterpolation | HclDirective;

/** Literal text of a template as written (escapes not yet decoded: see decode.ts). */
export interface HclTemplateLiteral extends HclSpan {
  readonly type: 'text';
}

/** `${ expr }`; `~` strip markers trim the whitespace of the neighbouring literal text. */
export interface HclInterpolation extends HclSpan {
  readonly type: 'interpolation';
  readonly expression: HclExpression;
  readonly stripBefore: boolean;
  readonly stripAfter: boolean;
  readonly closed: boolean;
}

/** `%{ if x }`, `%{ else }`, `%{ endif }`, `%{ for k, v in x }`, `%{ endfor }` (kept flat, in text order). */
export interface HclDirective extends HclSpan {
  readonly type: 'directive';
  readonly keyword: string;
  /** The condition of `if`, the collection of `for`. */
  readonly expression: HclExpression | undefined;
  /** The loop variables of `for`. */
  readonly variables: HclName[];
  readonly stripBefore: boolean;
  readonly stripAfter: boolean;
  readonly closed: boolean;
}

export interface HclVariable extends HclSpan {
  readonly type: 'variable';
  readonly name: string;
}

/** `object.name` (also the legacy index form `list.0`, whose name is the digits). */
export interface HclGetAttr extends HclSpan {
  readonly type: 'getattr';
  readonly object: HclExpression;
  readonly name: HclName;
}

export interface HclIndex extends HclSpan {
  readonly type: 'index';
  readonly object: HclExpression;
  readonly key: HclExpression;
  readonly closed: boolean;
}

/** `list.*.name` (attribute splat) or `list[*].name` (full splat); `each` is what follows the splat. */
export interface HclSplat extends HclSpan {
  readonly type: 'splat';
  readonly object: HclExpression;
  readonly full: boolean;
}

export interface HclCall extends HclSpan {
  readonly type: 'call';
  /** The function name, with a provider namespace when there is one (`provider::aws::arn_parse`). */
  readonly name: HclName;
  readonly args: HclExpression[];
  /** `f(list...)`: the last argument is expanded. */
  readonly expandFinal: boolean;
  readonly closed: boolean;
}

export interface HclTuple extends HclSpan {
  readonly type: 'tuple';
  readonly items: HclExpression[];
  readonly closed: boolean;
}

export interface HclObject extends HclSpan {
  readonly type: 'object';
  readonly items: HclObjectItem[];
  readonly closed: boolean;
}

export interface HclObjectItem extends HclSpan {
  /** A bare name key is an `HclVariable` (its name is the key, as Terraform reads it); else any expression. */
  readonly key: HclExpression;
  /** Offset of the `=` or `:`. */
  readonly equalsOffset: number | undefined;
  readonly value: HclExpression;
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface HclFor extends HclSpan {
  readonly type: 'for';
  readonly object: boolean;
  readonly variables: HclName[];
  readonly collection: HclExpression;
  readonly key: HclExpression | undefined;
  readonly value: HclExpression;
  readonly condition: HclExpression | undefined;
  readonly grouping: boolean;
  readonly closed: boolean;
}

export interface HclConditional extends HclSpan {
  readonly type: 'conditional';
  readonly condition: HclExpression;
  readonly then: HclExpression;
  readonly else: HclExpression;
}

export interface HclBinary extends HclSpan {
  readonly type: 'binary';
  readonly operator: string;
  readonly left: HclExpression;
  readonly right: HclExpression;
}

export interface HclUnary extends HclSpan {
  readonly type: 'unary';
  readonly operator: '!' | '-';
  readonly operand: HclExpression;
}

export interface HclParens extends HclSpan {
  readonly type: 'parens';
  readonly expression: HclExpression;
  readonly closed: boolean;
}

/** Where an expression should be and none is (zero length, at the place it was expected). */
export interface HclMissing extends HclSpan {
  readonly type: 'missing';
}
