// `apigw lint [paths or globs...]`: the editor's diagnostics for CI, over files, folders and globs, with the
// project's rule severities (.apigwrc.json or an `apigw` key in package.json). Exit codes: 0 clean, 1 errors
// (or more warnings than --max-warnings), 2 usage, configuration or unreadable input, 70 a bug in the service.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../../service';
import { EXIT, CliIO } from '../io';
import { ConfigError, findConfigFile, LintConfig, loadConfig } from '../lint/config';
import { SKIPPED_FOLDERS } from '../../service';
import { collectFiles } from '../lint/files';
import { progressReporter } from '../lint/progress';
import { buildReport, formatHuman, formatJson, SEVERITY_ORDER, summaryLine } from '../lint/report';
import { lintFiles } from '../lint/run';
import { formatSarif } from '../lint/sarif';
import { packageVersion } from '../version';
import { readCommandLine } from '../args';

export const LINT_USAGE = `usage: apigw lint [options] [paths or globs...]

Reports the problems the editor shows, for every file with API Gateway content (OpenAPI/Swagger with
x-amazon-apigateway-integration, SAM and CloudFormation templates). Folders are walked for .yaml, .yml, .json
and .template files, skipping ${[...SKIPPED_FOLDERS].join(', ')}; globs (quote them) support *, **, ?,
{a,b} and [abc]. With no path, the working folder.

Options:
  -f, --format human|json|sarif  output format (default human: file:line:col severity code message)
  -o, --output FILE              write the report to FILE (the summary still goes to stdout)
  --max-warnings N               exit 1 when more than N warnings are reported
  --min-severity LEVEL           report error, warning, information (default) or hint and above
  --quiet                        report errors only (--min-severity error)
  -c, --config FILE              rule severities from FILE instead of the nearest .apigwrc.json or
                                 package.json "apigw" key, e.g. {"diagnostics": {"rules": {"ineffective-field": "off"}}}
  --no-config                    ignore configuration files
  --progress / --no-progress     progress on stderr (default: only when stderr is a terminal)

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage, configuration or input errors.
`;

type Format = 'human' | 'json' | 'sarif';

export interface LintArguments {
  readonly patterns: string[];
  readonly format: Format;
  readonly output?: string;
  readonly maxWarnings?: number;
  readonly minSeverity: Severity;
  readonly config?: string;
  readonly noConfig: boolean;
  readonly progress?: boolean;
}

const LINT_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  'min-severity': { type: 'string' },
  quiet: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
} as const;

/** Parses the arguments; a string is a usage error to print. */
export function parseLintArguments(args: readonly string[]): LintArguments | string | 'help' {
  const line = readCommandLine(args, LINT_OPTIONS);
  if (typeof line === 'string') return line;
  let format: Format = 'human';
  let output: string | undefined;
  let maxWarnings: number | undefined;
  let minSeverity: Severity = 'information';
  let config: string | undefined;
  let noConfig = false;
  let progress: boolean | undefined;
  for (const { name, rawName, value: v } of line.options) {
    switch (name) {
      case 'help': return 'help';
      case 'format':
        if (v !== 'human' && v !== 'json' && v !== 'sarif') return `--format is human, json or sarif (got ${v ?? 'nothing'})`;
        format = v;
        break;
      case 'output':
        if (!v) return `${rawName} needs a file`;
        output = v;
        break;
      case 'max-warnings':
        if (v === undefined || !/^\d+$/.test(v)) return `--max-warnings needs a whole number (got ${v ?? 'nothing'})`;
        maxWarnings = Number(v);
        break;
      case 'min-severity':
        if (!SEVERITY_ORDER.includes(v as Severity)) return `--min-severity is ${SEVERITY_ORDER.join(', ')} (got ${v ?? 'nothing'})`;
        minSeverity = v as Severity;
        break;
      case 'quiet': minSeverity = 'error'; break;
      case 'config':
        if (!v) return `${rawName} needs a file`;
        config = v;
        break;
      case 'no-config': noConfig = true; break;
      case 'progress': progress = true; break;
      case 'no-progress': progress = false; break;
    }
  }
  if (config && noConfig) return '--config and --no-config exclude each other';
  const patterns = [...line.positionals];
  return { patterns: patterns.length ? patterns : ['.'], format, output, maxWarnings, minSeverity, config, noConfig, progress };
}

export async function lintCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseLintArguments(args);
  if (parsed === 'help') {
    io.stdout(LINT_USAGE);
    return EXIT.ok;
  }
  if (typeof parsed === 'string') {
    io.stderr(`apigw lint: ${parsed}\n\n${LINT_USAGE}`);
    return EXIT.usage;
  }
  const cwd = process.cwd();

  let config: LintConfig = { rules: {}, warnings: [] };
  try {
    const file = parsed.noConfig ? undefined : parsed.config ? path.resolve(cwd, parsed.config) : findConfigFile(cwd);
    if (file) config = loadConfig(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`apigw lint: ${error.message}\n`);
    return EXIT.usage;
  }
  for (const warning of config.warnings) io.stderr(`apigw lint: warning: ${warning}\n`);

  const collected = collectFiles(parsed.patterns, cwd);
  for (const pattern of collected.unmatched) io.stderr(`apigw lint: no files match ${pattern}\n`);
  for (const folder of collected.unreadable) io.stderr(`apigw lint: cannot read folder ${folder}\n`);

  const showProgress = parsed.progress ?? process.stderr.isTTY === true;
  const progress = showProgress ? progressReporter(io.stderr, process.stderr.isTTY === true, cwd) : undefined;
  const started = Date.now();
  const run = lintFiles(collected.files, { rules: config.rules, onProgress: progress?.update });
  progress?.done(Date.now() - started);

  const failures = [
    ...run.unreadable.map((u) => ({ file: u.file, message: `cannot read ${u.file}: ${u.reason}` })),
    ...run.crashed.map((c) => ({ file: c.file, message: `internal error on ${c.file}: ${c.error}` })),
  ];
  for (const f of failures) io.stderr(`apigw lint: ${f.message}\n`);

  const report = buildReport(run, parsed.minSeverity, cwd);
  const text = parsed.format === 'json' ? formatJson(report, packageVersion())
    : parsed.format === 'sarif' ? formatSarif({ report, version: packageVersion(), failures })
    : formatHuman(report);
  if (parsed.output) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(cwd, parsed.output)), { recursive: true });
      fs.writeFileSync(path.resolve(cwd, parsed.output), text);
    } catch (error) {
      io.stderr(`apigw lint: cannot write ${parsed.output}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    io.stdout(`${summaryLine(report)}\n`);
  } else io.stdout(text);

  const tooManyWarnings = parsed.maxWarnings !== undefined && report.counts.warning > parsed.maxWarnings;
  if (tooManyWarnings) io.stderr(`apigw lint: ${report.counts.warning} warnings, more than --max-warnings ${parsed.maxWarnings}\n`);
  if (run.crashed.length) return 70;
  if (collected.unmatched.length || collected.unreadable.length || run.unreadable.length) return EXIT.usage;
  return report.counts.error > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}
