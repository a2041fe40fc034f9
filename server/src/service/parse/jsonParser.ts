/**
 * JSON → AST with exact offsets, built straight from jsonc-parser's scanner events (no intermediate tree).
 * Recovers from errors like jsonc-parser does, so a half-typed file still has a tree.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode, SyntaxProblem, SyntaxTree } from './ast';
import { asLongFormIntrinsic } from './longForm';

type Container = ObjectNode | ArrayNode;

interface OpenProperty {
  property: PropertyNode;
}

export function parseJson(text: string): SyntaxTree {
  const problems: SyntaxProblem[] = [];
  let root: AstNode | undefined;
  const stack: Container[] = [];
  // The property whose value comes next, per open object.
  const pending: (OpenProperty | undefined)[] = [];

  const attach = (node: AstNode) => {
    const container = stack[stack.length - 1];
    if (!container) {
      root ??= node;
      return;
    }
    if (container.type === 'array') {
      node.parent = container;
      container.items.push(node);
      return;
    }
    const open = pending[stack.length - 1];
    if (open && !open.property.value) {
      const property = open.property as { value: AstNode | undefined; length: number; offset: number };
      property.value = node;
      node.parent = open.property;
      property.length = node.offset + node.length - property.offset;
    }
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => {
        const object: ObjectNode = { type: 'object', offset, length: 0, properties: [] };
        stack.push(object);
        pending.push(undefined);
      },
      onObjectProperty: (name, offset, length) => {
        const object = stack[stack.length - 1];
        if (object?.type !== 'object') return;
        const key: StringNode = { type: 'string', offset, length, value: name, style: 'json' };
        const property: PropertyNode = { type: 'property', offset, length, key, value: undefined, colonOffset: -1, parent: object };
        key.parent = property;
        object.properties.push(property);
        pending[stack.length - 1] = { property };
      },
      onSeparator: (character, offset) => {
        if (character !== ':') return;
        const open = pending[stack.length - 1];
        if (open && open.property.colonOffset < 0) {
          (open.property as { colonOffset: number; length: number }).colonOffset = offset;
          (open.property as { length: number }).length = offset + 1 - open.property.offset;
        }
      },
      onObjectEnd: (offset, length) => {
        const object = stack.pop() as ObjectNode;
        pending.pop();
        (object as { length: number }).length = offset + length - object.offset;
        attach(asLongFormIntrinsic(object));
      },
      onArrayBegin: (offset) => {
        stack.push({ type: 'array', offset, length: 0, items: [] });
        pending.push(undefined);
      },
      onArrayEnd: (offset, length) => {
        const array = stack.pop() as ArrayNode;
        pending.pop();
        (array as { length: number }).length = offset + length - array.offset;
        attach(array);
      },
      onLiteralValue: (value, offset, length) => {
        attach(literal(value, offset, length));
      },
      onError: (error, offset, length) => {
        problems.push({ offset, length: Math.max(1, length), message: describe(printParseErrorCode(error)) });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true },
  );

  // Unterminated containers at end of file: close them where the text ends so the tree stays usable.
  while (stack.length) {
    const container = stack.pop()!;
    pending.pop();
    (container as { length: number }).length = text.length - container.offset;
    attach(container.type === 'object' ? asLongFormIntrinsic(container) : container);
  }
  return { format: 'json', roots: [root], problems };
}

function literal(value: unknown, offset: number, length: number): AstNode {
  if (typeof value === 'string') return { type: 'string', offset, length, value, style: 'json' };
  if (typeof value === 'number') return { type: 'number', offset, length, value };
  if (typeof value === 'boolean') return { type: 'boolean', offset, length, value };
  return { type: 'null', offset, length };
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace `}` expected',
  CloseBracketExpected: 'Closing bracket `]` expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode escape sequence',
  InvalidEscapeCharacter: 'Invalid escape character in string',
  InvalidCharacter: 'Invalid character in string (control characters must be escaped)',
};

function describe(code: string): string {
  return MESSAGES[code] ?? code;
}
