/**
 * `apigw`: the command line over the same language service and engine as the editor.
 *   apigw lint [paths or globs...] [--format human|json|sarif] [--max-warnings N] [--config FILE]
 *   apigw render TEMPLATE_FILE --request REQ.json [--integration-response RESP.json] [--json]
 *   apigw simulate DEFINITION_FILE --path /p --method GET --request REQ.json [--backend RESP.json]
 * esbuild bundles this file to dist/cli.js (package.json `bin: apigw`).
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCommand } from './commands/lint';
import { renderCommand } from './commands/render';
import { simulateCommand } from './commands/simulate';
import { CliIO, EXIT } from './io';

interface Command {
  readonly summary: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Every subcommand, by name, with the same CliIO and exit codes (0 clean, 1 findings, 2 usage). */
export const COMMANDS: Record<string, Command> = {
  lint: { summary: 'report the problems the editor shows, for CI (human, JSON or SARIF output)', run: lintCommand },
  render: { summary: 'render one mapping template (.vtl) with a sample request', run: renderCommand },
  simulate: { summary: "run a sample request through an operation's whole integration pipeline", run: simulateCommand },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'usage: apigw <command> [options]   (apigw <command> --help for its options)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 ok, 1 findings (template errors), 2 usage or input errors.',
    '',
  ].join('\n');
}

function version(): string {
  try {
    // dist/cli.js → the package's manifest beside dist/
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`apigw: unknown command '${name}'\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A bug, not bad input: say so with the stack, and never pretend success.
    io.stderr(`apigw ${name}: internal error: ${(error as Error).stack ?? error}\n`);
    return 70;
  }
}

if (require.main === module) {
  // `apigw lint | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIO = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: (path) => readFile(path, 'utf8'),
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
