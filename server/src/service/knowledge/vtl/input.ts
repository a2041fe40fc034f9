/** `$input`: the method request (or, in a response template, the integration response) payload and parameters. */
import { SOURCES } from './sources';
import type { VtlMember } from './types';

export const INPUT_DOCS =
  '`$input` is the incoming payload and parameters the template maps: the method request in a request template, ' +
  'the integration response in a response template.';

export const INPUT_MEMBERS: readonly VtlMember[] = [
  {
    name: 'body',
    kind: 'property',
    signature: '$input.body: String',
    returns: 'String',
    docs: 'The raw payload as a string, exactly as received.',
    quirks: [
      'It is a plain string, not a parsed object: `$input.body.name` is null (and prints nothing with `$!`). Read fields with `$input.path(\'$.name\')` or `$util.parseJson($input.body).name` (recorded against AWS: golden case `localstack/input-body-formatting/body-attr-access`).',
      'Inside a JSON string value it needs `$util.escapeJavaScript(...)`: quotes and line breaks in the body would break the JSON.',
    ],
    source: SOURCES.dataTransformations,
  },
  {
    name: 'json',
    kind: 'method',
    signature: '$input.json(x: String): String',
    argumentCounts: [1],
    returns: 'String (JSON text)',
    docs: 'Evaluates the JSONPath expression `x` on the payload and returns the result **as a JSON string**: `$input.json(\'$.pets\')` gives the `pets` structure serialised as JSON.',
    quirks: [
      'The result is already JSON: a string value comes back *with its quotes* (`"Bob"`). Do not wrap it in quotes in a JSON template: `"name": $input.json(\'$.name\')`, not `"name": "$input.json(\'$.name\')"`.',
    ],
    snippet: "json('\\$${1}')",
    source: SOURCES.dataTransformations,
  },
  {
    name: 'path',
    kind: 'method',
    signature: '$input.path(x: String): Object',
    argumentCounts: [1],
    returns: 'Object (Map, List, String, Number, Boolean or null)',
    docs: 'Evaluates the JSONPath expression `x` on the payload and returns the result as a Velocity object, so its fields can be read (`$input.path(\'$.pets\').size()`, `$input.path(\'$\').name`) and iterated with `#foreach`.',
    quirks: [
      'Printing an object does not give JSON: it prints as a Java map, `{foo=bar}`, while a list prints as JSON, `[{"foo":"bar"}]` (recorded against AWS: golden cases `localstack/input-path-formatting/dict-response` and `json-list`). Use `$input.json(x)` to emit JSON.',
      'A path that selects nothing (or a JSON `null`) gives null: it prints as nothing and equals both `$null` and `""` (recorded against AWS: golden case `localstack/input-path-formatting/empty-body`).',
      'A string value prints without quotes; quote it yourself in a JSON template and escape it with `$util.escapeJavaScript(...)`.',
    ],
    snippet: "path('\\$${1}')",
    source: SOURCES.dataTransformations,
  },
  {
    name: 'params',
    kind: 'method',
    signature: '$input.params(): Map<String, Map<String, String>>\n$input.params(x: String): String',
    argumentCounts: [0, 1],
    returns: 'Map (no argument) or String (with a name)',
    docs:
      'Without an argument: a map of all request parameters, `{path: {...}, querystring: {...}, header: {...}}` ' +
      '(`$input.params().header.get(\'Accept\')`). With a name: the value of that parameter, searched in the ' +
      'path, then the query string, then the headers.',
    quirks: ['Precedence is path → query string → header: a query string parameter named like a path parameter is shadowed.'],
    snippet: "params('${1}')",
    source: SOURCES.dataTransformations,
  },
];
