/**
 * The project configuration of `apigw lint`: `.apigwrc.json`, or an `apigw` key in package.json, found by
 * walking up from the working folder (or named with `--config`). It mirrors the editor's settings without the
 * `apigw.` prefix, so `"apigw.diagnostics.rules"` in settings.json is `{"diagnostics": {"rules": ...}}` here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, ParseError, printParseErrorCode } from 'jsonc-parser';
import { ALL_RULES, closest, SeveritySetting } from '../../service';

export const CONFIG_FILE = '.apigwrc.json';
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface LintConfig {
  /** Where it was read from (undefined: no configuration, the defaults). */
  readonly source?: string;
  /** Per-code severity overrides, as `apigw.diagnostics.rules`. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Things that are not errors but look like mistakes (an unknown rule code, an unknown key). */
  readonly warnings: readonly string[];
}

/** A configuration that cannot be used: the CLI stops with exit code 2. */
export class ConfigError extends Error {}

/** The nearest `.apigwrc.json` or package.json with an `apigw` key, from `start` up to the root. */
export function findConfigFile(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const rc = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(rc)) return rc;
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && packageJsonHasApigwKey(manifest)) return manifest;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function packageJsonHasApigwKey(file: string): boolean {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return isObject(value) && 'apigw' in value;
  } catch {
    return false; // someone else's broken package.json is not our configuration
  }
}

/** Reads and checks a configuration file; throws ConfigError when it cannot be used. */
export function loadConfig(file: string): LintConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const errors: ParseError[] = [];
  const parsed = parseJsonc(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length) {
    const first = errors[0];
    throw new ConfigError(`${file} is not valid JSON: ${printParseErrorCode(first.error)} at offset ${first.offset}`);
  }
  const isManifest = path.basename(file) === 'package.json';
  const value = isManifest && isObject(parsed) ? parsed.apigw : parsed;
  const where = isManifest ? `${file} (key "apigw")` : file;
  return { source: file, ...readConfig(value, where) };
}

/** Checks the shape `{"diagnostics": {"rules": {code: severity}}}`. */
export function readConfig(value: unknown, where: string): { rules: Record<string, SeveritySetting>; warnings: string[] } {
  const warnings: string[] = [];
  if (!isObject(value)) throw new ConfigError(`${where}: the configuration is an object like {"diagnostics": {"rules": {"ineffective-field": "off"}}}`);
  for (const key of Object.keys(value)) {
    if (key !== 'diagnostics' && key !== '$schema') warnings.push(`${where}: unknown key "${key}" ignored`);
  }
  const diagnostics = value.diagnostics;
  if (diagnostics === undefined) return { rules: {}, warnings };
  if (!isObject(diagnostics)) throw new ConfigError(`${where}: "diagnostics" must be an object`);
  for (const key of Object.keys(diagnostics)) {
    if (key !== 'rules') warnings.push(`${where}: unknown key "diagnostics.${key}" ignored`);
  }
  const rules = diagnostics.rules;
  if (rules === undefined) return { rules: {}, warnings };
  if (!isObject(rules)) throw new ConfigError(`${where}: "diagnostics.rules" must be an object of rule code → severity`);
  const out: Record<string, SeveritySetting> = {};
  for (const [code, severity] of Object.entries(rules)) {
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity as SeveritySetting)) {
      throw new ConfigError(`${where}: "diagnostics.rules.${code}" is ${JSON.stringify(severity)}; use one of ${SEVERITIES.join(', ')}`);
    }
    if (!(code in ALL_RULES)) warnings.push(`${where}: unknown rule code "${code}"${suggestion(code)}`);
    out[code] = severity as SeveritySetting;
  }
  return { rules: out, warnings };
}

function suggestion(code: string): string {
  const [near] = closest(code, Object.keys(ALL_RULES));
  return near ? ` (did you mean "${near}"?)` : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
