import type { SyntaxTree } from '../parse/ast';
import { isCloudFormationTemplate, readCfnTemplate, readCfnTemplateContents } from './cloudformation';
import type { ModelCache } from './modelCache';
import { isOpenApiDocument, readOpenApi } from './openapi';
import type { ApiModel } from './types';

/** What the file means for API Gateway: every document of it, template or OpenAPI definition. */
/** `cache`: what the previous build of the same document can lend (see modelCache.ts). */
export function buildModel(tree: SyntaxTree, cache?: ModelCache): ApiModel {
  const model: ApiModel = { kind: 'unknown', cfnTemplate: undefined, apis: [], integrations: [], v2Routes: new Map(), includes: [] };
  tree.roots.forEach((root, index) => {
    const prefix = tree.roots.length > 1 ? `doc${index}:` : '';
    if (isCloudFormationTemplate(root)) {
      const template = readCfnTemplate(root);
      const contents = readCfnTemplateContents(template, cache);
      Object.assign(model, {
        kind: 'cloudformation',
        cfnTemplate: model.cfnTemplate ?? template,
        v2Routes: new Map([...model.v2Routes, ...contents.v2Routes]),
      });
      model.apis.push(...contents.apis);
      model.integrations.push(...contents.integrations);
      model.includes.push(...contents.includes);
    } else if (isOpenApiDocument(root)) {
      const read = readOpenApi(root, { idPrefix: prefix, cache });
      if (model.kind === 'unknown') Object.assign(model, { kind: 'openapi' });
      model.apis.push(read.api);
      model.integrations.push(...read.integrations);
    }
  });
  return model;
}
