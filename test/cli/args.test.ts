// The CLI reads its command line with node:util.parseArgs (server/src/cli/args.ts): every spelling of an option,
// options in order, `--` ending them, and its own message for an option a command does not have.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCommandLine } from '../../server/src/cli/args';
import { parseLintArguments } from '../../server/src/cli/commands/lint';

const SPECS = { format: { type: 'string', short: 'f' }, quiet: { type: 'boolean' } } as const;

describe('the command line', () => {
  it('reads --opt value, --opt=value, -o value, -ovalue, in order, and positionals around them', () => {
    const line = readCommandLine(['a', '--format', 'json', '--format=sarif', '-f', 'human', '-fjson', '--quiet', 'b', '--', '--not-an-option'], SPECS);
    assert.ok(typeof line !== 'string');
    assert.deepEqual(line.options.map((o) => `${o.rawName}=${o.value}`), ['--format=json', '--format=sarif', '-f=human', '-f=json', '--quiet=undefined']);
    assert.deepEqual(line.positionals, ['a', 'b', '--not-an-option']);
  });

  it('a string option takes the next argument whatever it is, and has no value at the end', () => {
    const line = readCommandLine(['--format', '--quiet', '--format'], SPECS);
    assert.ok(typeof line !== 'string');
    assert.deepEqual(line.options.map((o) => o.value), ['--quiet', undefined]);
  });

  it('refuses an option the command does not have', () => {
    assert.equal(readCommandLine(['--bogus'], SPECS), 'unknown option --bogus');
    assert.equal(readCommandLine(['-x'], SPECS), 'unknown option -x');
  });

  it('apigw lint: the last of --progress/--no-progress wins, --quiet is --min-severity error', () => {
    const parsed = parseLintArguments(['--no-progress', 'x.yaml', '--progress', '--quiet']);
    assert.ok(typeof parsed === 'object');
    assert.equal(parsed.progress, true);
    assert.equal(parsed.minSeverity, 'error');
    assert.deepEqual(parsed.patterns, ['x.yaml']);
    assert.equal(parseLintArguments(['-h']), 'help');
  });
});
