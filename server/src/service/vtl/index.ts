/**
 * VTL for API Gateway mapping templates: a tolerant Velocity 1.7 parser and the editor features over it, all in
 * template coordinates (map results to the file with `../sourceMap`).
 */
export * from './ast';
export { parseTemplate, velocityParseError, type ParseOptions } from './parser';
export type { TemplateCompletion, MappingContext, TemplateDiagnostic, TemplateEdit, TemplateHover, TemplateSubstitution } from './types';
export { VTL_CHECKS, defaultSeverity, type VtlCheckRecord, type VtlCode } from './checks';
export { validateTemplate, MAX_TEMPLATE_BYTES } from './validate';
export { completeTemplate } from './complete';
export { hoverTemplate } from './hover';
