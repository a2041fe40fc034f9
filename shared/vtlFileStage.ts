import type { TemplateStage } from './renderTypes';

/**
 * The stage a standalone mapping template file renders as: `pet-response.vtl` a response template, any other
 * name a request template. Shared by the server (lens, VTL checks) and the client (Render Mapping Template).
 */
export function vtlFileStage(uriOrPath: string): TemplateStage {
  return /response/i.test(uriOrPath.split('/').pop() ?? '') ? 'response' : 'request';
}
