/** Character classes of HCL2's native syntax (hashicorp/hcl hclsyntax/spec.md, "Identifiers", "Comments"). */

export const enum Ch {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Amp = 38,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Less = 60,
  Equals = 61,
  Greater = 62,
  Question = 63,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Underscore = 95,
  OpenBrace = 123,
  Pipe = 124,
  CloseBrace = 125,
  Tilde = 126,
}

const ID_START = /[\p{ID_Start}]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

/** `ID_Start` or `_` (an identifier's first character). */
export function isIdentStart(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === Ch.Underscore;
  return code >= 0 && ID_START.test(String.fromCharCode(code));
}

/** `ID_Continue` or `-` (identifiers may contain dashes: `aws-west`). */
export function isIdentPart(code: number): boolean {
  if (code < 128) return isIdentStart(code) || (code >= Ch.Zero && code <= Ch.Nine) || code === Ch.Minus;
  return code >= 0 && ID_CONTINUE.test(String.fromCharCode(code));
}

export function isDigit(code: number): boolean {
  return code >= Ch.Zero && code <= Ch.Nine;
}

/** Whitespace as Go's unicode.IsSpace sees it (what strip markers and `<<-` trim). */
export function isSpace(code: number): boolean {
  return code === Ch.Space || (code >= Ch.Tab && code <= Ch.CarriageReturn) || code === 0x85 || code === 0xa0 ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000;
}

/**
 * Block types that only occur at the top level of a Terraform file. One of them at the start of a line inside
 * an unclosed block (followed by a label or `{`) is read as the start of the next top-level block: the block
 * being typed is closed there, so the rest of the file keeps its structure.
 */
export const TOP_LEVEL_BLOCKS: ReadonlySet<string> = new Set([
  'resource', 'data', 'module', 'variable', 'output', 'locals', 'provider', 'terraform', 'moved', 'import',
  'check', 'removed', 'ephemeral',
]);
