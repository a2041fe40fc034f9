/**
 * CodeLenses above each mapping template: "Render" (this template, with the chosen sample request) and
 * "Simulate request" (the whole pipeline of its integration). The commands are the client's.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../model/parsedDocument';
import { findMappingTemplates } from '../../model/mappingTemplates';
import { summarizeTemplate } from '../renderRequests/templateSummaries';
import { RENDER_COMMANDS, RenderCommandArguments } from '../../../../../shared/renderTypes';

export function getCodeLenses(document: TextDocument, parsed: ParsedDocument): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const location of findMappingTemplates(parsed)) {
    const summary = summarizeTemplate(document, location);
    const range = summary.keyRange;
    if (location.unrenderable) {
      lenses.push({ range, command: { title: `Render: ${location.unrenderable}`, command: '' } });
    } else {
      const args: RenderCommandArguments = [document.uri, { templateId: location.id, position: range.start }];
      lenses.push({ range, command: { title: 'Render', command: RENDER_COMMANDS.render, arguments: args } });
    }
    if (location.integration && location.integration.location !== 'cfn-v2') {
      const args: RenderCommandArguments = [document.uri, { integrationId: location.integration.id, templateId: location.id, position: range.start }];
      lenses.push({ range, command: { title: 'Simulate request', command: RENDER_COMMANDS.simulate, arguments: args } });
    }
  }
  return lenses;
}
