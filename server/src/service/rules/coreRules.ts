/**
 * Problems the parser and the runner report themselves: the file is not YAML/JSON, it is past the analysis
 * limits (parse/limits.ts), or a check threw (runner.ts). Their records have no check.
 */
import { defineRule } from './record';

export const CORE_RULES = [
  defineRule({
    code: 'internal-error',
    severity: 'warning',
    family: 'integration',
    description: 'A rule failed on this input (a bug: please report it); other rules still ran.',
    docs: null,
    reads: [],
    check: null,
  }),
  defineRule({
    code: 'syntax-error',
    severity: 'error',
    family: 'integration',
    description: 'The file is not valid YAML/JSON.',
    docs: null,
    reads: [],
    check: null,
  }),
  defineRule({
    code: 'analysis-limit',
    severity: 'warning',
    family: 'integration',
    description: 'The file is too large or nests too deeply to analyse: nothing else is checked in it.',
    docs: null,
    reads: [],
    check: null,
  }),
];
