/** VTL knowledge for API Gateway mapping templates, as data: members, context variables, directives, sources. */
export * from './types';
export { SOURCES } from './sources';
export { INPUT_DOCS, INPUT_MEMBERS } from './input';
export { UTIL_DOCS, UTIL_MEMBERS, APPSYNC_ONLY_UTIL } from './util';
export { CONTEXT_DOCS, CONTEXT_VARIABLES, contextMembers, contextVariable } from './context';
export { DIRECTIVES, directiveDoc } from './directives';
export { ROOT_VARIABLES, FOREACH_MEMBERS, FOREACH_DOCS, VELOCITY_COUNT_DOCS } from './roots';
