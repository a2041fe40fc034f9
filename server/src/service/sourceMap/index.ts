/** The template ↔ file source map: every VTL feature goes through it. */
export { decodeTemplate, identityTemplate } from './embeddedTemplate';
export type { DecodeOptions, EmbeddedTemplate, Segment, TemplateSubstitution } from './embeddedTemplate';
export { encodeForHost, type EncodeOptions } from './encode';
