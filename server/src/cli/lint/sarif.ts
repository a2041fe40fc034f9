/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run whose driver lists every
 * rule of the catalogue (id, descriptions, help link), and one result per problem with its region. Paths inside
 * the working folder are relative to `%SRCROOT%` (the working folder), as code scanning expects; others are
 * absolute file URIs.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES, ruleGroup, ruleHelpUri, Severity } from '../../service';
import type { Report } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifInput {
  readonly report: Report;
  readonly version: string;
  /** Files that could not be read or crashed the service: the run did not finish as asked. */
  readonly failures: readonly { file: string; message: string }[];
}

export function formatSarif(input: SarifInput): string {
  return `${JSON.stringify(buildSarif(input), null, 2)}\n`;
}

export function buildSarif({ report, version, failures }: SarifInput): object {
  const codes = Object.keys(ALL_RULES);
  for (const result of report.results) {
    for (const p of result.problems) if (!codes.includes(p.code)) codes.push(p.code);
  }
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map((code) => {
    const info = ALL_RULES[code];
    const description = info?.description ?? code;
    const helpUri = ruleHelpUri(code);
    return {
      id: code,
      name: pascalCase(code),
      shortDescription: { text: firstSentence(plain(description)) },
      fullDescription: { text: plain(description), markdown: description },
      ...(helpUri ? { helpUri } : {}),
      help: {
        text: helpUri ? `${plain(description)} See ${helpUri}` : plain(description),
        markdown: helpUri ? `${description}\n\n[Documentation](${helpUri})` : description,
      },
      defaultConfiguration: { level: LEVEL[info?.severity ?? 'warning'] },
      properties: { tags: ['api-gateway', ruleGroup(code)], ...(info ? { severity: info.severity } : {}) },
    };
  });
  const results = report.results.flatMap((result) => {
    const location = artifactLocation(result.file, report.cwd);
    return result.problems.map((p) => ({
      ruleId: p.code,
      ruleIndex: ruleIndex.get(p.code),
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [{
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
        },
      }],
      properties: { severity: p.severity },
    }));
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: { name: 'apigw', fullName: 'apigw lint (API Gateway Integrations)', version, semanticVersion: version, rules },
      },
      invocations: [{
        executionSuccessful: failures.length === 0,
        toolExecutionNotifications: failures.map((f) => ({
          level: 'error',
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file, report.cwd) } }],
        })),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(report.cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, file);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** Markdown code spans as plain text. */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

/** Up to the first full stop outside parentheses (a rule's title in code scanning). */
function firstSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0 && (i + 1 === text.length || text[i + 1] === ' ')) return text.slice(0, i + 1);
  }
  return text;
}

function pascalCase(code: string): string {
  return code.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
