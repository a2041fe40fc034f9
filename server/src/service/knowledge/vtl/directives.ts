/** Velocity 1.7 directives, as API Gateway's engine reads them. */
import { SOURCES } from './sources';
import type { DirectiveDoc } from './types';

const REF = SOURCES.velocityReference;

export const DIRECTIVES: readonly DirectiveDoc[] = [
  {
    name: 'set',
    syntax: '#set($name = value)',
    docs: 'Assigns a value to a reference: a variable (`$x`), a property (`$map.key`) or an override (`$context.responseOverride.status`).',
    quirks: [
      'Without `(` Velocity prints `#set` as text.',
      'If the value is null (an undefined reference, a missing JSON field), the assignment is skipped and the variable keeps its previous value, a classic bug inside `#foreach`.',
    ],
    snippet: 'set(\\$${1:name} = ${2:value})',
    block: false,
    source: REF,
  },
  {
    name: 'if',
    syntax: '#if(condition) ... #elseif(condition) ... #else ... #end',
    docs: 'Renders its block when the condition is true. A reference is true when it is defined and not null (and not the boolean `false`).',
    quirks: ['Velocity 1.7 has no `null` literal: write `#if($x == $null)` (an undefined reference is null) or `#if(!$x)`, or `#if("$!x" == "")` to also catch empty strings.'],
    snippet: 'if(${1:condition})\n$0\n#end',
    block: true,
    source: REF,
  },
  {
    name: 'elseif',
    syntax: '#elseif(condition)',
    docs: 'A further condition of an `#if` block, tested when the previous ones were false.',
    snippet: 'elseif(${1:condition})',
    block: false,
    source: REF,
  },
  {
    name: 'else',
    syntax: '#else',
    docs: 'The branch of an `#if` block taken when no condition was true. Write `#{else}` when text follows directly.',
    snippet: 'else',
    block: false,
    source: REF,
  },
  {
    name: 'end',
    syntax: '#end',
    docs: 'Closes the innermost open `#if`, `#foreach`, `#macro` or `#define` block. Write `#{end}` when text follows directly.',
    snippet: 'end',
    block: false,
    source: REF,
  },
  {
    name: 'foreach',
    syntax: '#foreach($item in $collection) ... #end',
    docs: 'Repeats its block for each element of a list, an array, a map\'s values, or a range `[1..5]`. Inside the loop `$foreach.index` (from 0), `$foreach.count` (from 1), `$foreach.hasNext`, `$foreach.first` and `$foreach.last` describe the iteration; `$velocityCount` is the older 1-based counter.',
    quirks: ['Use `#if($foreach.hasNext),#end` to separate JSON items with commas.'],
    snippet: 'foreach(\\$${1:item} in ${2:\\$list})\n$0\n#end',
    block: true,
    source: REF,
  },
  {
    name: 'break',
    syntax: '#break',
    docs: 'Stops the innermost `#foreach` (or the whole template outside a loop).',
    snippet: 'break',
    block: false,
    source: REF,
  },
  {
    name: 'stop',
    syntax: '#stop',
    docs: 'Stops rendering the template: what was rendered so far is the output.',
    snippet: 'stop',
    block: false,
    source: REF,
  },
  {
    name: 'define',
    syntax: '#define($name) ... #end',
    docs: 'Assigns a block of template text to a reference; the block is rendered each time the reference is printed.',
    snippet: 'define(\\$${1:name})\n$0\n#end',
    block: true,
    source: REF,
  },
  {
    name: 'macro',
    syntax: '#macro(name $arg1 $arg2) ... #end',
    docs: 'Defines a macro, called as `#name(value1 value2)`.',
    snippet: 'macro(${1:name} \\$${2:arg})\n$0\n#end',
    block: true,
    source: REF,
  },
  {
    name: 'evaluate',
    syntax: '#evaluate(string)',
    docs: 'Renders a string as a template, with the current variables.',
    snippet: 'evaluate(${1:\\$template})',
    block: false,
    source: REF,
  },
  {
    name: 'parse',
    syntax: '#parse(name)',
    docs: 'Renders another template resource. API Gateway has no resources to load: avoid it in mapping templates.',
    snippet: 'parse(${1})',
    block: false,
    source: REF,
  },
  {
    name: 'include',
    syntax: '#include(name)',
    docs: 'Inserts a resource without rendering it. API Gateway has no resources to load: avoid it in mapping templates.',
    snippet: 'include(${1})',
    block: false,
    source: REF,
  },
];

const BY_NAME = new Map(DIRECTIVES.map((d) => [d.name, d]));

export function directiveDoc(name: string): DirectiveDoc | undefined {
  return BY_NAME.get(name);
}
