/**
 * The rendered output checked as JSON when JSON is expected (a JSON content type, or text that starts like
 * JSON): pretty-printed without touching its tokens when valid, the first error's position when not.
 */
import { applyEdits, format, parse, ParseError, ParseErrorCode, printParseErrorCode } from 'jsonc-parser';
import type { OutputCheck } from '../../../../../shared/renderTypes';

const MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'malformed number',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes is expected',
  [ParseErrorCode.ValueExpected]: 'a value is expected',
  [ParseErrorCode.ColonExpected]: "':' is expected",
  [ParseErrorCode.CommaExpected]: "',' is expected",
  [ParseErrorCode.CloseBraceExpected]: "'}' is expected",
  [ParseErrorCode.CloseBracketExpected]: "']' is expected",
  [ParseErrorCode.EndOfFileExpected]: 'text after the end of the JSON value',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed in JSON',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unterminated comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unterminated number',
  [ParseErrorCode.InvalidUnicode]: 'invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape in a string',
  [ParseErrorCode.InvalidCharacter]: 'a control character inside a string must be escaped',
};

/** Pretty-printing bigger outputs costs more than it helps; they are still validated. */
const MAX_PRETTY_CHARS = 256 * 1024;

export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json') || type === 'text/json';
}

export function checkOutput(output: string, contentType: string | undefined): OutputCheck {
  if (!output.trim()) return { kind: 'empty', valid: true };
  const looksLikeJson = /^\s*[{[]/.test(output);
  if (!isJsonContentType(contentType) && !looksLikeJson) return { kind: 'text', valid: true };
  const errors: ParseError[] = [];
  parse(output, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  let error: { message: string; offset: number } | undefined;
  if (errors.length) {
    const e = errors[0];
    error = { message: MESSAGES[e.error] ?? printParseErrorCode(e.error), offset: insideString(output, e) };
  } else {
    // jsonc-parser is lenient in a few corners (e.g. some control characters); JSON.parse decides.
    try {
      JSON.parse(output);
    } catch (e) {
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      error = { message: message.replace(/ in JSON at position \d+.*$/, ''), offset: at ? Number(at[1]) : 0 };
    }
  }
  if (error) {
    const { line, column } = lineColumn(output, error.offset);
    return { kind: 'json', valid: false, error: { ...error, line, column } };
  }
  if (output.length > MAX_PRETTY_CHARS) return { kind: 'json', valid: true };
  const pretty = applyEdits(output, format(output, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' }));
  return { kind: 'json', valid: true, pretty };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** jsonc-parser reports string errors at the string's start; point at the bad escape or character instead. */
function insideString(text: string, e: ParseError): number {
  const codes = [ParseErrorCode.InvalidEscapeCharacter, ParseErrorCode.InvalidUnicode, ParseErrorCode.InvalidCharacter];
  if (!codes.includes(e.error)) return e.offset;
  const end = Math.min(text.length, e.offset + Math.max(e.length, 1));
  for (let i = e.offset + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (e.error === ParseErrorCode.InvalidCharacter && c < 0x20) return i;
    if (text[i] === '\\') {
      const next = text[i + 1];
      if (e.error === ParseErrorCode.InvalidEscapeCharacter && !'"\\/bfnrtu'.includes(next)) return i;
      if (e.error === ParseErrorCode.InvalidUnicode && next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i;
      i++;
    }
  }
  return e.offset;
}
