/** `$util`: API Gateway's utility functions for mapping templates. */
import { SOURCES } from './sources';
import type { VtlMember } from './types';

export const UTIL_DOCS = '`$util` holds utility functions for mapping templates. Unless stated otherwise the character set is UTF-8.';

export const UTIL_MEMBERS: readonly VtlMember[] = [
  {
    name: 'escapeJavaScript',
    kind: 'method',
    signature: '$util.escapeJavaScript(s: String): String',
    argumentCounts: [1],
    returns: 'String',
    docs: 'Escapes the characters of a string using JavaScript string rules, so that it can sit inside a quoted string.',
    quirks: [
      "It also turns `'` into `\\'`, which is **not valid JSON**. In a JSON template undo it: `$util.escapeJavaScript($x).replaceAll(\"\\\\'\",\"'\")`.",
      'It escapes `"` as `\\"` too, so `$util.escapeJavaScript($input.json(\'$\'))` is a JSON *string body*, not JSON: put it inside quotes (the documentation example that shows it unquoted is idealised, as noted for golden case `awsdocs/mapping-template-reference/input-things`).',
    ],
    snippet: 'escapeJavaScript(${1:\\$input.body})',
    source: SOURCES.dataTransformations,
  },
  {
    name: 'parseJson',
    kind: 'method',
    signature: '$util.parseJson(s: String): Object',
    argumentCounts: [1],
    returns: 'Object (Map, List, String, Number, Boolean or null)',
    docs: 'Parses "stringified" JSON and returns an object whose fields can be read in VTL: `$util.parseJson($input.path(\'$.errorMessage\')).key2.arr[0]`.',
    quirks: ['Like `$input.path`, the object prints as a Java map (`{a=b}`), not as JSON.'],
    snippet: 'parseJson(${1:\\$input.body})',
    source: SOURCES.dataTransformations,
  },
  {
    name: 'urlEncode',
    kind: 'method',
    signature: '$util.urlEncode(s: String): String',
    argumentCounts: [1],
    returns: 'String',
    docs: 'Converts a string into `application/x-www-form-urlencoded` format.',
    quirks: [
      'Form encoding, not URI encoding: a space becomes `+`, not `%20` (recorded against AWS: golden case `localstack/input-body-formatting/url-encode`).',
    ],
    snippet: 'urlEncode(${1})',
    source: SOURCES.dataTransformations,
  },
  {
    name: 'urlDecode',
    kind: 'method',
    signature: '$util.urlDecode(s: String): String',
    argumentCounts: [1],
    returns: 'String',
    docs: 'Decodes an `application/x-www-form-urlencoded` string.',
    quirks: ['`+` decodes to a space.'],
    snippet: 'urlDecode(${1})',
    source: SOURCES.dataTransformations,
  },
  {
    name: 'base64Encode',
    kind: 'method',
    signature: '$util.base64Encode(s: String): String',
    argumentCounts: [1],
    returns: 'String',
    docs: 'Encodes the data into a base64-encoded string.',
    snippet: 'base64Encode(${1})',
    source: SOURCES.dataTransformations,
  },
  {
    name: 'base64Decode',
    kind: 'method',
    signature: '$util.base64Decode(s: String): String',
    argumentCounts: [1],
    returns: 'String',
    docs: 'Decodes the data from a base64-encoded string.',
    snippet: 'base64Decode(${1})',
    source: SOURCES.dataTransformations,
  },
];

/**
 * `$util` functions of AWS AppSync's resolver templates that API Gateway does not have: a template copied from
 * AppSync fails on them, so the diagnostic says where they come from.
 */
export const APPSYNC_ONLY_UTIL = new Set([
  'toJson',
  'qr',
  'quiet',
  'error',
  'appendError',
  'autoId',
  'autoUlid',
  'autoKsuid',
  'isNull',
  'isNullOrEmpty',
  'isNullOrBlank',
  'defaultIfNull',
  'defaultIfNullOrEmpty',
  'defaultIfNullOrBlank',
  'isString',
  'isNumber',
  'isBoolean',
  'isList',
  'isMap',
  'typeOf',
  'matches',
  'unauthorized',
  'validate',
  'time',
  'list',
  'map',
  'dynamodb',
  'transform',
  'math',
  'str',
  'rds',
  'http',
  'xml',
  'authType',
]);
