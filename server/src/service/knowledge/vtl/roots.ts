/** The variables API Gateway puts into every mapping template, and the loop helpers Velocity adds. */
import { CONTEXT_DOCS } from './context';
import { INPUT_DOCS } from './input';
import { SOURCES } from './sources';
import type { RootVariable, VtlMember } from './types';
import { UTIL_DOCS } from './util';

export const ROOT_VARIABLES: readonly RootVariable[] = [
  { name: 'input', docs: INPUT_DOCS, source: SOURCES.dataTransformations },
  { name: 'util', docs: UTIL_DOCS, source: SOURCES.dataTransformations },
  { name: 'context', docs: CONTEXT_DOCS, source: SOURCES.dataTransformations },
  {
    name: 'stageVariables',
    docs: "The stage variables of the stage that serves the request: `$stageVariables.<name>`, `$stageVariables['<name>']` or `$stageVariables.get('<name>')`.",
    source: SOURCES.stageVariables,
  },
];

/** `$foreach` inside a `#foreach` loop (Velocity 1.7). */
export const FOREACH_MEMBERS: readonly VtlMember[] = [
  { name: 'index', kind: 'property', signature: '$foreach.index: int', returns: 'int', docs: 'The index of the current iteration, from 0.', source: SOURCES.velocityUserGuide },
  { name: 'count', kind: 'property', signature: '$foreach.count: int', returns: 'int', docs: 'The number of the current iteration, from 1.', source: SOURCES.velocityUserGuide },
  { name: 'hasNext', kind: 'property', signature: '$foreach.hasNext: boolean', returns: 'boolean', docs: 'True when another iteration follows: `#if($foreach.hasNext),#end` separates JSON items.', source: SOURCES.velocityUserGuide },
  { name: 'first', kind: 'property', signature: '$foreach.first: boolean', returns: 'boolean', docs: 'True in the first iteration.', source: SOURCES.velocityUserGuide },
  { name: 'last', kind: 'property', signature: '$foreach.last: boolean', returns: 'boolean', docs: 'True in the last iteration.', source: SOURCES.velocityUserGuide },
];

export const FOREACH_DOCS = 'The state of the innermost `#foreach` loop (Velocity 1.7).';
export const VELOCITY_COUNT_DOCS = 'The 1-based counter of the innermost `#foreach` loop (the pre-1.7 name of `$foreach.count`).';
