// The VTL (Velocity 1.7, as API Gateway runs it) TextMate rules, written once and emitted for every place a
// mapping template can live. A template in a .vtl file or a YAML block scalar is raw text; inside a JSON string,
// a YAML double-quoted, single-quoted or plain scalar the same template is *encoded*: a VTL `"` is `\"` in JSON,
// a VTL `'` is `''` in a YAML single-quoted scalar, and the host string ends at a character the VTL rules must
// never swallow. A `Host` says how VTL text is spelled in its host; `vtlRepository(host)` returns the rules.

const IDENT = String.raw`[a-zA-Z_][a-zA-Z0-9_-]*`; // Velocity 1.7 identifiers may contain '-'
const NOT_IDENT = String.raw`(?![a-zA-Z0-9_-])`;
const CHAIN_GOES_ON = String.raw`\.[a-zA-Z_]|\[`; // what continues a reference: `.member` or `[index]`

/** Variables API Gateway (and Velocity) define for every template. */
const BUILTIN_VARIABLES = ['input', 'util', 'context', 'stageVariables', 'foreach', 'velocityCount', 'velocityHasNext'];
/** Variables whose members are API Gateway's own functions (`support.function`). */
const SUPPORT_OBJECTS = ['input', 'util'];
/** Directives that take a parenthesised argument list (`#macro` has its own rule). */
const ARG_DIRECTIVES = ['set', 'if', 'elseif', 'foreach', 'define', 'evaluate', 'parse', 'include', 'break'];
/** Every directive name, longest alternatives first so `elseif` wins over `else`. */
const ALL_DIRECTIVES = ['elseif', 'else', 'end', 'set', 'if', 'foreach', 'break', 'stop', 'define', 'macro', 'evaluate', 'parse', 'include'];

/**
 * @typedef {object} Host How VTL text is spelled where it lives.
 * @property {string} prefix      repository key prefix for this host's rules
 * @property {string} dq          regex for one VTL `"` character
 * @property {string} sq          regex for one VTL `'` character
 * @property {string} bs          regex for one VTL `\` character
 * @property {string} stringChar  regex for one VTL character inside a VTL "..." text string (for look-aheads)
 * @property {string} lineCommentChar regex for one character of a `##` comment (stops before the host's end)
 * @property {string} eol         zero-width regex: where a VTL line ends (`$`, or before a `\n` escape)
 * @property {string | null} stop look-ahead for the host string's end; every multi-token VTL rule also ends there
 * @property {object[]} escapes   host escape rules, tried inside every VTL rule so an escaped quote is never an end
 * @property {boolean} velocityEscapes whether `\$ref` / `\#directive` escapes can be recognised
 */

/**
 * A host string delimited by `"` with backslash escapes: a VTL `"` is `\"` and a VTL `\` is `\\`.
 * @param {string} prefix
 * @param {string} escapesInclude the host grammar's escape rules
 * @returns {Host}
 */
function backslashEscaped(prefix, escapesInclude) {
  return {
    prefix,
    dq: String.raw`\\"`,
    sq: "'",
    bs: String.raw`\\\\`,
    stringChar: String.raw`(?:[^"\\]|\\\\\\"|\\\\|\\[^"\\])`,
    lineCommentChar: String.raw`(?:[^"\\]|\\[^n])`,
    eol: String.raw`(?=\\n)|$`,
    stop: '(?=")',
    escapes: [{ include: escapesInclude }],
    velocityEscapes: false,
  };
}

/** @type {Record<string, Host>} */
export const HOSTS = {
  // A .vtl file or a YAML block scalar: the template text itself.
  raw: {
    prefix: '',
    dq: '"',
    sq: "'",
    bs: String.raw`\\`,
    stringChar: String.raw`(?:[^"\\]|\\.)`,
    lineCommentChar: '.',
    eol: '$',
    stop: null,
    escapes: [],
    velocityEscapes: true,
  },
  // A JSON string value, and a YAML double-quoted scalar (escapes as in JSON, plus YAML's own)
  json: backslashEscaped('json-', 'source.json#stringcontent'),
  yamlDouble: backslashEscaped('dq-', 'source.yaml.1.2#double-escape'),
  // A YAML single-quoted scalar: `''` is one `'`, a lone `'` ends it.
  yamlSingle: {
    prefix: 'sq-',
    dq: '"',
    sq: "''",
    bs: String.raw`\\`,
    stringChar: String.raw`(?:[^"'\\]|''|\\[^'])`,
    lineCommentChar: String.raw`(?:[^']|'')`,
    eol: '$',
    stop: "(?='(?!'))",
    escapes: [{ match: "''", name: 'constant.character.escape.single-quote.yaml' }],
    velocityEscapes: false,
  },
  // A YAML plain scalar: ends where a comment (` #`) starts.
  yamlPlain: {
    prefix: 'plain-',
    dq: '"',
    sq: "'",
    bs: String.raw`\\`,
    stringChar: String.raw`(?:[^"\\]|\\.)`,
    lineCommentChar: String.raw`(?:(?![\t ]#).)`,
    eol: '$',
    stop: String.raw`(?=[\t ]+#)`,
    escapes: [],
    velocityEscapes: true,
  },
};

/**
 * The VTL rules for one host, as a TextMate repository. Its entry `${prefix}template` is the whole template.
 * @param {Host} host
 * @returns {Record<string, object>}
 */
export function vtlRepository(host) {
  const p = host.prefix;
  const inc = (/** @type {string} */ key) => ({ include: `#${p}${key}` });
  /** A multi-token rule's end: its own end, or the host string's end. */
  const end = (/** @type {string} */ re) => (host.stop ? `${re}|${host.stop}` : re);
  /** Patterns of a multi-token rule: its own, then the host escapes. */
  const within = (/** @type {object[]} */ patterns) => [...patterns, ...host.escapes];
  const { dq, sq, bs } = host;
  const directiveAlternation = ALL_DIRECTIVES.join('|');

  /** @type {Record<string, object>} */
  const repo = {};

  repo.template = {
    patterns: [
      inc('comments'),
      inc('unparsed'),
      inc('directives'),
      ...(host.velocityEscapes ? [inc('velocity-escape')] : []),
      inc('references'),
      inc('text'),
      ...host.escapes,
    ],
  };

  repo.comments = {
    patterns: [
      {
        match: `(##)${host.lineCommentChar}*`,
        name: 'comment.line.number-sign.vtl',
        captures: { 1: { name: 'punctuation.definition.comment.vtl' } },
      },
      {
        begin: String.raw`#\*\*(?!#)`,
        end: end(String.raw`\*#`),
        captures: { 0: { name: 'punctuation.definition.comment.vtl' } },
        name: 'comment.block.documentation.vtl',
        patterns: within([]),
      },
      {
        begin: String.raw`#\*`,
        end: end(String.raw`\*#`),
        captures: { 0: { name: 'punctuation.definition.comment.vtl' } },
        name: 'comment.block.vtl',
        patterns: within([]),
      },
    ],
  };

  repo.unparsed = {
    begin: String.raw`#\[\[`,
    end: end(String.raw`\]\]#`),
    beginCaptures: { 0: { name: 'punctuation.section.unparsed.begin.vtl' } },
    endCaptures: { 0: { name: 'punctuation.section.unparsed.end.vtl' } },
    name: 'meta.unparsed.vtl',
    contentName: 'string.unquoted.unparsed.vtl',
    patterns: within([]),
  };

  // `#name` / `#{name}`: group 1 is the whole keyword, 2 the `#`, 3 and 5 the braces, 4 the name.
  const keyword = (/** @type {string} */ names) => String.raw`((#)(\{)?(${names})(?(3)(\})|${NOT_IDENT}))`;
  const keywordCaptures = (/** @type {string} */ scope) => ({
    1: { name: scope },
    2: { name: 'punctuation.definition.directive.vtl' },
    3: { name: 'punctuation.definition.directive.begin.vtl' },
    5: { name: 'punctuation.definition.directive.end.vtl' },
  });
  /** A rule whose `begin` ends with an argument list's `(`: expressions up to the `)`. */
  const withArguments = (/** @type {object} */ rule) => ({
    ...rule,
    end: end(String.raw`\)`),
    endCaptures: { 0: { name: 'punctuation.definition.arguments.end.vtl' } },
    patterns: within([inc('expression')]),
  });

  repo.directives = {
    patterns: [
      withArguments({
        // #macro(name $param ...)
        begin: String.raw`${keyword('macro')}[\t ]*(\()[\t ]*(${IDENT})?`,
        beginCaptures: {
          ...keywordCaptures('keyword.control.directive.macro.vtl'),
          6: { name: 'punctuation.definition.arguments.begin.vtl' },
          7: { name: 'entity.name.function.macro.vtl' },
        },
        name: 'meta.directive.macro.vtl',
      }),
      withArguments({
        // #set(...) #if(...) #elseif(...) #foreach(... in ...) #define(...) #evaluate(...) #parse(...) #include(...)
        begin: String.raw`${keyword(ARG_DIRECTIVES.join('|'))}[\t ]*(\()`,
        beginCaptures: {
          ...keywordCaptures('keyword.control.directive.$4.vtl'),
          6: { name: 'punctuation.definition.arguments.begin.vtl' },
        },
        name: 'meta.directive.$4.vtl',
      }),
      {
        // #else #end #break #stop, and any directive still missing its arguments
        match: keyword(directiveAlternation),
        captures: keywordCaptures('keyword.control.directive.$4.vtl'),
      },
      withArguments({
        // #myMacro(...) / #{myMacro}(...): a macro call needs its '(' right after the name
        begin: String.raw`((#)(\{)?(${IDENT})(?(3)(\})))(\()`,
        beginCaptures: {
          1: { name: 'entity.name.function.macro.vtl' },
          2: { name: 'punctuation.definition.directive.vtl' },
          3: { name: 'punctuation.definition.directive.begin.vtl' },
          5: { name: 'punctuation.definition.directive.end.vtl' },
          6: { name: 'punctuation.definition.arguments.begin.vtl' },
        },
        name: 'meta.function-call.macro.vtl',
      }),
    ],
  };

  if (host.velocityEscapes) {
    // Velocity prints `\$ref` and `\#if` literally
    repo['velocity-escape'] = {
      match: String.raw`\\(?:\$!?\{?${IDENT}\}?|#\{?(?:${directiveAlternation})\}?)`,
      name: 'constant.character.escape.vtl',
    };
  }

  // ---- references: $x $!x ${x} $!{x} $a.b.c $a.m(...) $a[0] ----
  // `$!name`: group 1 is the whole reference head, 2 the `$`, 3 the quiet `!`
  const variableHead = (/** @type {string} */ scope) => ({
    1: { name: scope },
    2: { name: 'punctuation.definition.variable.vtl' },
    3: { name: 'keyword.operator.quiet.vtl' },
  });
  const call = (/** @type {string} */ prefix, /** @type {string} */ functionScope) => withArguments({
    begin: String.raw`${prefix}(\.)(${IDENT})(\()`,
    beginCaptures: {
      1: { name: 'punctuation.accessor.vtl' },
      2: { name: functionScope },
      3: { name: 'punctuation.definition.arguments.begin.vtl' },
    },
    name: 'meta.function-call.vtl',
  });

  repo['reference-members'] = {
    patterns: [
      call('', 'entity.name.function.vtl'),
      {
        match: String.raw`(\.)(${IDENT})`,
        captures: { 1: { name: 'punctuation.accessor.vtl' }, 2: { name: 'variable.other.property.vtl' } },
      },
      {
        begin: String.raw`\[`,
        end: end(String.raw`\]`),
        beginCaptures: { 0: { name: 'punctuation.definition.index.begin.vtl' } },
        endCaptures: { 0: { name: 'punctuation.definition.index.end.vtl' } },
        name: 'meta.index.vtl',
        patterns: within([inc('expression')]),
      },
    ],
  };

  const supportMemberPatterns = [
    call(String.raw`\G`, 'support.function.vtl'),
    {
      match: String.raw`\G(\.)(${IDENT})`,
      captures: { 1: { name: 'punctuation.accessor.vtl' }, 2: { name: 'support.function.vtl' } },
    },
  ];
  const otherBuiltins = BUILTIN_VARIABLES.filter((v) => !SUPPORT_OBJECTS.includes(v));

  repo.references = {
    patterns: [
      {
        // ${name...} / $!{name...}
        begin: String.raw`(\$)(!)?(\{)`,
        beginCaptures: {
          1: { name: 'punctuation.definition.variable.vtl' },
          2: { name: 'keyword.operator.quiet.vtl' },
          3: { name: 'punctuation.definition.variable.begin.vtl' },
        },
        end: end(String.raw`\}`),
        endCaptures: { 0: { name: 'punctuation.definition.variable.end.vtl' } },
        name: 'meta.reference.formal.vtl',
        patterns: within([
          {
            match: String.raw`\G(${SUPPORT_OBJECTS.join('|')})(?:(\.)(${IDENT}))?${NOT_IDENT}`,
            captures: {
              1: { name: 'variable.language.vtl' },
              2: { name: 'punctuation.accessor.vtl' },
              3: { name: 'support.function.vtl' },
            },
          },
          { match: String.raw`\G(?:${otherBuiltins.join('|')})${NOT_IDENT}`, name: 'variable.language.vtl' },
          { match: String.raw`\G${IDENT}`, name: 'variable.other.vtl' },
          inc('reference-members'),
          withArguments({
            // arguments of a `$util.x` call matched above
            begin: String.raw`\(`,
            beginCaptures: { 0: { name: 'punctuation.definition.arguments.begin.vtl' } },
            name: 'meta.function-call.vtl',
          }),
        ]),
      },
      {
        // $util.x(...) / $input.x(...): API Gateway's functions
        begin: String.raw`((\$)(!)?(?:${SUPPORT_OBJECTS.join('|')}))${NOT_IDENT}`,
        beginCaptures: variableHead('variable.language.vtl'),
        end: end(`(?!${CHAIN_GOES_ON})`),
        patterns: within([...supportMemberPatterns, inc('reference-members')]),
      },
      {
        begin: String.raw`((\$)(!)?(?:${otherBuiltins.join('|')}))${NOT_IDENT}`,
        beginCaptures: variableHead('variable.language.vtl'),
        end: end(`(?!${CHAIN_GOES_ON})`),
        patterns: within([inc('reference-members')]),
      },
      {
        begin: String.raw`((\$)(!)?${IDENT})`,
        beginCaptures: variableHead('variable.other.vtl'),
        end: end(`(?!${CHAIN_GOES_ON})`),
        patterns: within([inc('reference-members')]),
      },
    ],
  };

  // ---- expressions: directive and call arguments ----
  repo.expression = {
    patterns: [
      inc('string-double'),
      inc('string-single'),
      inc('references'),
      {
        // lists and ranges: [1, 2] [1..10] [$a..$b]
        begin: String.raw`\[`,
        end: end(String.raw`\]`),
        beginCaptures: { 0: { name: 'punctuation.definition.list.begin.vtl' } },
        endCaptures: { 0: { name: 'punctuation.definition.list.end.vtl' } },
        name: 'meta.structure.list.vtl',
        patterns: within([{ match: String.raw`\.\.`, name: 'keyword.operator.range.vtl' }, inc('expression')]),
      },
      {
        // maps: {"key": $value}
        begin: String.raw`\{`,
        end: end(String.raw`\}`),
        beginCaptures: { 0: { name: 'punctuation.definition.map.begin.vtl' } },
        endCaptures: { 0: { name: 'punctuation.definition.map.end.vtl' } },
        name: 'meta.structure.map.vtl',
        patterns: within([{ match: ':', name: 'punctuation.separator.key-value.vtl' }, inc('expression')]),
      },
      {
        begin: String.raw`\(`,
        end: end(String.raw`\)`),
        beginCaptures: { 0: { name: 'punctuation.section.group.begin.vtl' } },
        endCaptures: { 0: { name: 'punctuation.section.group.end.vtl' } },
        name: 'meta.group.vtl',
        patterns: within([inc('expression')]),
      },
      { match: String.raw`\b\d+(?:\.\d+)?\b`, name: 'constant.numeric.vtl' },
      { match: String.raw`\b(?:true|false)\b`, name: 'constant.language.boolean.vtl' },
      { match: String.raw`\bnull\b`, name: 'constant.language.null.vtl' },
      { match: String.raw`==|!=|<=|>=|<|>`, name: 'keyword.operator.comparison.vtl' },
      { match: String.raw`&&|\|\||!`, name: 'keyword.operator.logical.vtl' },
      { match: '=', name: 'keyword.operator.assignment.vtl' },
      { match: String.raw`[-+*/%]`, name: 'keyword.operator.arithmetic.vtl' },
      { match: String.raw`\b(?:eq|ne|lt|gt|le|ge)\b`, name: 'keyword.operator.comparison.vtl' },
      { match: String.raw`\b(?:and|or|not)\b`, name: 'keyword.operator.logical.vtl' },
      { match: String.raw`\bin\b`, name: 'keyword.operator.expression.in.vtl' },
      { match: ',', name: 'punctuation.separator.comma.vtl' },
      ...host.escapes,
    ],
  };

  repo['string-double'] = {
    // interpolated: references and directives inside are evaluated
    begin: dq,
    end: end(`${dq}(?!${dq})`),
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.vtl' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.vtl' } },
    name: 'string.quoted.double.vtl',
    patterns: within([
      { match: `${dq}${dq}`, name: 'constant.character.escape.vtl' },
      inc('directives'),
      inc('references'),
    ]),
  };

  repo['string-single'] = {
    // literal: nothing inside is evaluated
    begin: sq,
    end: end(`${sq}(?!${sq})`),
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.vtl' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.vtl' } },
    name: 'string.quoted.single.vtl',
    patterns: within([{ match: `${sq}${sq}`, name: 'constant.character.escape.vtl' }]),
  };

  // ---- the text around the directives: light JSON structure, harmless for XML and plain text ----
  const textStringPatterns = within([
    {
      match: String.raw`${bs}(?:${dq}|${bs}|[bfnrt/]|u[0-9a-fA-F]{4})`,
      name: 'constant.character.escape.json.vtl',
    },
    inc('comments'),
    inc('unparsed'),
    inc('directives'),
    inc('references'),
  ]);
  const textStringEnd = end(`${dq}|${host.eol}`);
  // a number or constant starts at a word boundary, or right after a `\n`-style escape in an encoded host
  const valueStart = host.escapes.length ? String.raw`(?:(?<=\\[nrt])|(?<![\w.$-]))` : String.raw`(?<![\w.$-])`;

  repo.text = {
    patterns: [
      {
        begin: `(${dq})(?=${host.stringChar}*?${dq}[\\t ]*:)`,
        end: textStringEnd,
        beginCaptures: { 1: { name: 'punctuation.support.type.property-name.begin.json.vtl' } },
        endCaptures: { 0: { name: 'punctuation.support.type.property-name.end.json.vtl' } },
        name: 'string.quoted.double.json.vtl support.type.property-name.json.vtl',
        patterns: textStringPatterns,
      },
      {
        begin: dq,
        end: textStringEnd,
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.json.vtl' } },
        endCaptures: { 0: { name: 'punctuation.definition.string.end.json.vtl' } },
        name: 'string.quoted.double.json.vtl',
        patterns: textStringPatterns,
      },
      {
        // not the `1.2` of a version `1.2.3`
        match: String.raw`${valueStart}-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?\b(?!\.\d)`,
        name: 'constant.numeric.json.vtl',
      },
      { match: String.raw`${valueStart}(?:true|false|null)\b`, name: 'constant.language.json.vtl' },
      { match: String.raw`\{`, name: 'punctuation.definition.dictionary.begin.json.vtl' },
      { match: String.raw`\}`, name: 'punctuation.definition.dictionary.end.json.vtl' },
      { match: String.raw`\[`, name: 'punctuation.definition.array.begin.json.vtl' },
      { match: String.raw`\]`, name: 'punctuation.definition.array.end.json.vtl' },
      { match: ':', name: 'punctuation.separator.dictionary.key-value.json.vtl' },
      { match: ',', name: 'punctuation.separator.comma.json.vtl' },
    ],
  };

  return Object.fromEntries(Object.entries(repo).map(([k, v]) => [`${p}${k}`, v]));
}
