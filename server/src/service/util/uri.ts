/**
 * Percent-encoding that never throws. Strings from a client or a sample request can hold lone surrogates
 * (`"\ud800"` is valid JSON), which make encodeURIComponent throw; `$ref`s can hold malformed escapes (`%E0%A4`),
 * which make decodeURIComponent throw.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The string with each lone surrogate replaced by U+FFFD, as a UTF-8 encoder writes it. */
export function toWellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd');
}

export function encodeComponent(s: string): string {
  return encodeURIComponent(toWellFormed(s));
}

/** The decoded text, or the text as written when it is not valid percent-encoding. */
export function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
