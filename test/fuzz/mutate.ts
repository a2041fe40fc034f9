/**
 * Mutations of real files: what users' editors hold between keystrokes, what broken generators write, and what a
 * hostile repository may contain. Each mutation is a pure function of the text and the generator.
 */
import type { Random } from './random';

export interface Mutation {
  readonly name: string;
  apply(text: string, random: Random, limits: MutationLimits): string;
}

export interface MutationLimits {
  /** The longest scalar a `huge-scalar` mutation inserts (characters). */
  readonly hugeScalar: number;
  /** The deepest nesting a `deep-nesting` mutation inserts. */
  readonly nesting: number;
}

export const DEFAULT_LIMITS: MutationLimits = { hugeScalar: 200_000, nesting: 2_000 };

/** Pieces of the languages in play: YAML, JSON, CloudFormation, OpenAPI, API Gateway and VTL. */
export const TOKENS: readonly string[] = [
  // YAML and JSON structure
  '{', '}', '[', ']', ':', ': ', ',', '"', "'", '- ', '-', '? ', '|', '|-', '>', '>-', '|+', '#', '&a ', '*a', '<<: *a', '!!str ', '!!binary ',
  '---\n', '...\n', '%YAML 1.2\n', '\n', '\n  ', '\n    - ', '\\', '\\"', '\\u', '\\ud83d', '~', 'null', 'true', 'false', '1e999', '-0', '0x1F', '.inf',
  // CloudFormation
  '!Ref ', '!Sub ', '!GetAtt ', '!Join ', '!If ', '!Select ', 'Fn::Sub', 'Fn::GetAtt', 'Fn::Join', 'Ref', '${AWS::Region}', '${Fn.Arn}', '${',
  'Type: AWS::ApiGateway::Method', 'Type: AWS::Serverless::Api', 'DefinitionBody:', 'Integration:', 'Properties:', 'Resources:',
  // OpenAPI / API Gateway
  'x-amazon-apigateway-integration', 'type: aws_proxy', 'type: aws', 'type: mock', 'uri: ', 'httpMethod: POST', 'requestTemplates:', 'responseTemplates:',
  'responses:', 'default:', 'statusCode: 200', 'selectionPattern: ', 'requestParameters:', 'integration.request.header.x', 'method.request.path.id',
  'application/json', 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/', '$ref', '#/components/x-amazon-apigateway-integrations/a',
  'credentials: ', 'passthroughBehavior: when_no_match', 'timeoutInMillis: 29000', 'payloadFormatVersion: "2.0"', 'connectionType: VPC_LINK',
  // VTL
  '$', '$!', '${', '$input', "$input.json('$')", "$input.path('$.a')", '$input.params()', '$util.escapeJavaScript(', '$util.parseJson(', '$context.',
  '$stageVariables.', '#set($x = ', '#if(', '#elseif(', '#else', '#end', '#foreach($i in ', '#break', '#stop', '#macro(m)', '#define($d)', '#evaluate(',
  '#parse(', '##', '#*', '*#', '#[[', ']]#', '(', ')', '.', '[1..9]', '$x.getClass()', '.constructor', '["__proto__"]',
  // text oddities
  '\t', '\r', '\r\n', '\u0000', '\u2028', '\ufeff', '\ud800', '\udfff', '\uffff', '😀', 'é', '\u200b',
];

const huge = (random: Random, limits: MutationLimits): string => {
  const length = random.between(limits.hugeScalar / 4, limits.hugeScalar);
  const unit = random.pick(['a', 'ab ', '$input.json("$")', '\\"', '😀', '{', '- ', 'x'.repeat(79) + '\n']);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
};

const offsetIn = (text: string, random: Random): number => random.int(text.length + 1);

function lines(text: string): string[] {
  return text.split('\n');
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'byte-flip',
    apply(text, random) {
      // Works on the UTF-8 bytes and decodes them leniently, as an editor opening a damaged file does.
      const bytes = Buffer.from(text, 'utf8');
      const count = random.between(1, 8);
      for (let i = 0; i < count && bytes.length; i++) bytes[random.int(bytes.length)] = random.int(256);
      return new TextDecoder('utf-8').decode(bytes);
    },
  },
  {
    name: 'invalid-utf8',
    apply(text, random) {
      const bytes = Buffer.from(text, 'utf8');
      const at = random.int(bytes.length + 1);
      const junk = Buffer.from(random.pick([[0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80, 0x80, 0x80]]));
      return new TextDecoder('utf-8').decode(Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]));
    },
  },
  {
    name: 'lone-surrogate',
    apply(text, random) {
      // Strings over JSON-RPC can carry lone surrogates (`"\ud800"`), which no UTF-8 file can.
      const at = offsetIn(text, random);
      return text.slice(0, at) + random.pick(['\ud800', '\udc00', '\udbff\udbff']) + text.slice(at);
    },
  },
  {
    name: 'delete-range',
    apply(text, random) {
      const at = offsetIn(text, random);
      return text.slice(0, at) + text.slice(Math.min(text.length, at + random.between(1, 40)));
    },
  },
  {
    name: 'insert-token',
    apply(text, random) {
      const at = offsetIn(text, random);
      return text.slice(0, at) + random.pick(TOKENS) + text.slice(at);
    },
  },
  {
    name: 'replace-token',
    apply(text, random) {
      // Replace one word, quote or bracket with a token of the languages in play.
      const matches = [...text.matchAll(/[\w$#.-]+|[{}[\]"':,|>]/g)];
      if (!matches.length) return text;
      const m = random.pick(matches);
      return text.slice(0, m.index) + random.pick(TOKENS) + text.slice(m.index! + m[0].length);
    },
  },
  {
    name: 'splice',
    apply(text, random) {
      // Copy a piece of the file elsewhere: realistic keys and values in unrealistic places.
      const from = offsetIn(text, random);
      const piece = text.slice(from, from + random.between(1, 200));
      const at = offsetIn(text, random);
      return text.slice(0, at) + piece + text.slice(at);
    },
  },
  {
    name: 'line-ops',
    apply(text, random) {
      const all = lines(text);
      if (!all.length) return text;
      const i = random.int(all.length);
      switch (random.int(5)) {
        case 0:
          all.splice(i, 1);
          break;
        case 1:
          all.splice(i, 0, all[i]);
          break;
        case 2: {
          const j = random.int(all.length);
          [all[i], all[j]] = [all[j], all[i]];
          break;
        }
        case 3:
          all[i] = ' '.repeat(random.between(1, 6)) + all[i];
          break;
        default:
          all[i] = all[i].replace(/^ {1,4}/, '');
      }
      return all.join('\n');
    },
  },
  {
    name: 'truncate',
    apply(text, random) {
      return text.slice(0, offsetIn(text, random));
    },
  },
  {
    name: 'deep-nesting',
    apply(text, random, limits) {
      const depth = random.between(limits.nesting / 4, limits.nesting);
      const at = offsetIn(text, random);
      const pieces: [string, string][] = [
        ['[', ']'],
        ['{"a":', '}'],
        ['- ', ''],
        ['#if(true)', '#end'],
        ['#foreach($i in [1..2])', '#end'],
        ['(', ')'],
        ['!Sub [', ']'],
        ['{"Fn::Sub": ', '}'],
      ];
      const [open, close] = random.pick(pieces);
      const indentNested = open === '- ';
      const inner = indentNested ? Array.from({ length: Math.min(depth, 400) }, (_, k) => ' '.repeat(k * 2) + '- a').join('\n') : open.repeat(depth) + 'x' + close.repeat(random.chance(0.7) ? depth : random.int(depth));
      return text.slice(0, at) + inner + text.slice(at);
    },
  },
  {
    name: 'huge-scalar',
    apply(text, random, limits) {
      const at = offsetIn(text, random);
      return text.slice(0, at) + huge(random, limits) + text.slice(at);
    },
  },
  {
    name: 'long-line',
    apply(text, random, limits) {
      // One line of the file made enormous (minified files, base64 blobs).
      const all = lines(text);
      const i = random.int(all.length);
      all[i] += huge(random, limits).replace(/\n/g, ' ');
      return all.join('\n');
    },
  },
  {
    name: 'bom',
    apply(text, random) {
      return random.chance(0.8) ? '\ufeff' + text : text.replace('\n', '\n\ufeff');
    },
  },
  {
    name: 'crlf',
    apply(text, random) {
      switch (random.int(3)) {
        case 0:
          return text.replace(/\r?\n/g, '\r\n');
        case 1:
          return text.replace(/\n/g, () => (random.chance(0.5) ? '\r\n' : '\n'));
        default:
          return text.replace(/\n/g, () => (random.chance(0.3) ? '\r' : '\n'));
      }
    },
  },
  {
    name: 'tabs',
    apply(text, random) {
      if (random.chance(0.5)) return text.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2));
      return text.replace(/ {2}/g, () => (random.chance(0.2) ? '\t' : '  '));
    },
  },
];

export const MUTATION_NAMES = MUTATIONS.map((m) => m.name);

/** One to `max` stacked mutations; returns the text and the names applied (for the report). */
export function mutate(text: string, random: Random, limits: MutationLimits = DEFAULT_LIMITS, max = 3): { text: string; applied: string[] } {
  const applied: string[] = [];
  const count = random.between(1, max);
  let out = text;
  for (let i = 0; i < count; i++) {
    const mutation = random.pick(MUTATIONS);
    out = mutation.apply(out, random, limits);
    applied.push(mutation.name);
  }
  return { text: out, applied };
}
