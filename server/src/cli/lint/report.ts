/**
 * What `apigw lint` prints: the problems at or above the minimum severity, as lines (`file:line:col severity
 * code message`) with a summary, or as JSON. SARIF is in sarif.ts.
 */
import * as path from 'node:path';
import type { Severity } from '../../service';
import type { FileResult, LintProblem, LintRun } from './run';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export interface Report {
  /** Files with API Gateway content, each with the problems that are shown. */
  readonly results: FileResult[];
  /** Problems shown, by severity. */
  readonly counts: Counts;
  /** Problems below the minimum severity, not shown. */
  readonly hidden: number;
  readonly skipped: number;
  readonly cwd: string;
}

export function buildReport(run: LintRun, minSeverity: Severity, cwd: string): Report {
  const limit = SEVERITY_ORDER.indexOf(minSeverity);
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let hidden = 0;
  const results = run.results.map((r) => {
    const problems = r.problems.filter((p) => SEVERITY_ORDER.indexOf(p.severity) <= limit);
    hidden += r.problems.length - problems.length;
    for (const p of problems) counts[p.severity]++;
    return { file: r.file, problems };
  });
  return { results, counts, hidden, skipped: run.skipped, cwd };
}

/** The path as the user sees it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function formatLine(file: string, p: LintProblem): string {
  return `${file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message.replace(/\s*\n\s*/g, ' ')}`;
}

export function formatHuman(report: Report): string {
  const lines: string[] = [];
  for (const result of report.results) {
    const file = displayPath(result.file, report.cwd);
    for (const p of result.problems) lines.push(formatLine(file, p));
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(report: Report): string {
  const { counts } = report;
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const checked = report.results.length;
  const withProblems = report.results.filter((r) => r.problems.length).length;
  const parts: string[] = [];
  if (total === 0) parts.push(`no problems in ${plural(checked, 'file')}`);
  else {
    const bySeverity = [
      plural(counts.error, 'error'),
      plural(counts.warning, 'warning'),
      `${counts.information} information`,
      ...(counts.hint ? [plural(counts.hint, 'hint')] : []),
    ];
    parts.push(`${plural(total, 'problem')} (${bySeverity.join(', ')}) in ${withProblems} of ${plural(checked, 'file')}`);
  }
  if (report.skipped) parts.push(`${plural(report.skipped, 'file')} without API Gateway content skipped`);
  if (report.hidden) parts.push(`${report.hidden} below the minimum severity not shown`);
  return `apigw lint: ${parts.join('; ')}`;
}

export function formatJson(report: Report, version: string): string {
  const json = {
    tool: { name: 'apigw', version },
    files: report.results.map((r) => ({ path: displayPath(r.file, report.cwd), problems: r.problems })),
    summary: {
      files: report.results.length,
      skipped: report.skipped,
      problems: report.counts.error + report.counts.warning + report.counts.information + report.counts.hint,
      errors: report.counts.error,
      warnings: report.counts.warning,
      information: report.counts.information,
      hints: report.counts.hint,
      hidden: report.hidden,
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
