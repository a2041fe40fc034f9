/**
 * Completion inside integrations, in the file's dialect and format: the keys the caret's object may still take
 * (with their docs), enum values, uris (Lambda functions of the template, AWS service actions, URL templates),
 * request parameter mappings from the route's parameters, template content types, integration responses for the
 * declared status codes, and whole integration skeletons where an integration may go.
 *
 * Inside a mapping template (a requestTemplates/responseTemplates value) this returns nothing: VTL completion
 * answers there.
 */
import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../../model/parsedDocument';
import { caretAt, KeyCaret, ValueCaret } from '../common/caret';
import { CompletionContext } from './context';
import { keyItems } from './keys';
import { valueItems } from './values';
import { slotFor } from '../common/places';
import { isInMappingTemplate } from '../../model/mappingTemplates';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export function doComplete(document: TextDocument, parsed: ParsedDocument, position: Position): CompletionList {
  if (!parsed.isApiGateway) return EMPTY;
  const offset = document.offsetAt(position);
  if (isInMappingTemplate(parsed, offset)) return EMPTY;
  const caret = caretAt(parsed, offset);
  if (!caret) return EMPTY;
  const slot = slotFor(parsed.model, caret.container);
  if (!slot) return EMPTY;
  const context = new CompletionContext(document, parsed, caret, slot, offset);
  const items = caret.kind === 'key' ? keyItems(context as CompletionContext<KeyCaret>) : valueItems(context as CompletionContext<ValueCaret>);
  return { isIncomplete: false, items };
}
