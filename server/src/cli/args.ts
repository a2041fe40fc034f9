/**
 * The command line read by node:util.parseArgs (`--opt value`, `--opt=value`, `-o value`, `-ovalue`, `--` ends the
 * options), leniently as the commands always read it: a string option takes the next argument whatever it is, and
 * each command checks the values itself, in the order they were given, with its own usage messages.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

export interface GivenOption {
  readonly name: string;
  /** As written: `--format`, `-f`. */
  readonly rawName: string;
  /** A string option's value; undefined when the command line ended first. */
  readonly value: string | undefined;
}

export interface CommandLine {
  /** Every option, in order (a repeated option appears each time). */
  readonly options: readonly GivenOption[];
  readonly positionals: readonly string[];
}

/** The options and positionals of `args`, or the usage error to print (an option the command does not have). */
export function readCommandLine(args: readonly string[], specs: Readonly<Record<string, OptionSpec>>): CommandLine | string {
  const { tokens } = parseArgs({ args: [...args], options: specs, strict: false, allowPositionals: true, tokens: true });
  const options: GivenOption[] = [];
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') {
      const spec = specs[token.name];
      if (!spec) return `unknown option ${token.rawName}`;
      options.push({ name: token.name, rawName: token.rawName, value: spec.type === 'string' ? token.value : undefined });
    }
  }
  return { options, positionals };
}
