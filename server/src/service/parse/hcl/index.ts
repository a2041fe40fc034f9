/** Terraform (HCL2 native syntax) files: the tolerant parser, template decoding, references. */
export * from './ast';
export { parseHcl, parseHclTemplate, type HclParseOptions } from './parser';
export { decodeTemplate, fileOffsetAt, templateOffsetAt, type DecodedHole, type DecodedSegment, type DecodedTemplate } from './decode';
export { resourceReference, traversalOf, type Traversal, type TraversalStep } from './references';
export { attributeOf, blocksOf, callName, forEachNode, staticString } from './navigate';
export { formatNumber, renderJsonencode, type EncodedJson, type JsonHole } from './jsonencode';
