// Tokenizes text the way VS Code does: vscode-textmate + vscode-oniguruma, VS Code 1.100's own YAML and JSON
// grammars (vendored in ./vendor), and our grammars wired exactly as package.json contributes them (scope names,
// paths and `injectTo`), so a manifest mistake fails these tests too.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** Fixtures and snapshots stay in the source tree (tests run from out/). */
export const GRAMMAR_TEST_DIR = join(REPO_ROOT, 'test', 'grammar');

const VENDORED: Record<string, string> = {
  'source.yaml': 'vendor/yaml/yaml.tmLanguage.json',
  'source.yaml.1.0': 'vendor/yaml/yaml-1.0.tmLanguage.json',
  'source.yaml.1.1': 'vendor/yaml/yaml-1.1.tmLanguage.json',
  'source.yaml.1.2': 'vendor/yaml/yaml-1.2.tmLanguage.json',
  'source.yaml.1.3': 'vendor/yaml/yaml-1.3.tmLanguage.json',
  'source.yaml.embedded': 'vendor/yaml/yaml-embedded.tmLanguage.json',
  'source.json': 'vendor/json/JSON.tmLanguage.json',
};

export interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}

export function readManifest(): { contributes: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
}

export function grammarContributions(): GrammarContribution[] {
  return (readManifest().contributes.grammars ?? []) as GrammarContribution[];
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Scopes from the outermost in, without the root scope (`source.yaml` etc.). */
  scopes: string[];
}

export interface Tokenizer {
  /** Tokens of every line of `text` (lines split on \n, \r\n). */
  tokenize(rootScope: string, text: string): Token[][];
}

let onigLib: Promise<textmate.IOnigLib> | undefined;

function loadOniguruma(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

/**
 * @param withInjections false gives the baseline: VS Code's YAML/JSON grammars exactly as they are without us.
 */
export async function createTokenizer(withInjections = true): Promise<Tokenizer> {
  const paths = new Map<string, string>();
  for (const [scope, rel] of Object.entries(VENDORED)) paths.set(scope, join(GRAMMAR_TEST_DIR, rel));
  const injections = new Map<string, string[]>();
  for (const g of grammarContributions()) {
    paths.set(g.scopeName, join(REPO_ROOT, g.path));
    if (withInjections) {
      for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
    }
  }
  const registry = new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      const path = paths.get(scopeName);
      return path ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: (scopeName) => injections.get(scopeName),
  });
  const grammars = new Map<string, textmate.IGrammar>();
  for (const scope of ['source.vtl', 'source.yaml', 'source.json']) {
    const grammar = await registry.loadGrammar(scope);
    if (!grammar) throw new Error(`grammar ${scope} did not load`);
    grammars.set(scope, grammar);
  }
  return {
    tokenize(rootScope, text) {
      const grammar = grammars.get(rootScope);
      if (!grammar) throw new Error(`no grammar for ${rootScope}`);
      let state = textmate.INITIAL;
      return text.split(/\r?\n/).map((line) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map((t) => ({
          text: line.slice(t.startIndex, t.endIndex),
          start: t.startIndex,
          end: t.endIndex,
          scopes: t.scopes.slice(1),
        }));
      });
    },
  };
}

export function rootScopeFor(fileName: string): string {
  if (/\.(vtl|vm)$/.test(fileName)) return 'source.vtl';
  if (/\.ya?ml$/.test(fileName)) return 'source.yaml';
  if (/\.json$/.test(fileName)) return 'source.json';
  throw new Error(`no grammar for ${fileName}`);
}

/** One readable snapshot: each source line (`>`), then one line per token: its text (JSON-quoted) and scopes. */
export function formatSnapshot(rootScope: string, text: string, lines: Token[][]): string {
  const source = text.split(/\r?\n/);
  const out = [`# ${rootScope}: each line (>) then its tokens: "text" and scopes, outermost first, root scope omitted`];
  lines.forEach((tokens, i) => {
    out.push(`>${source[i]}`);
    for (const t of tokens) out.push(` ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`.trimEnd());
  });
  return out.join('\n') + '\n';
}

const TEMPLATES_MARKER = /^meta\.apigw\.mapping-templates\./;
export const isVtlScope = (scope: string): boolean => scope.endsWith('.vtl');
export const hasVtlScope = (token: Token): boolean => token.scopes.some(isVtlScope);

/**
 * Tokens that carry no VTL scope but differ from VS Code's own tokenization (`theirs`) once the templates marker
 * scope is removed: whatever the injections changed outside the templates themselves. Empty when all is well.
 */
export function changesOutsideTemplates(ours: Token[][], theirs: Token[][]): string[] {
  const changes: string[] = [];
  ours.forEach((line, i) => {
    const baseline = new Map(theirs[i].map((t) => [`${t.start}:${t.end}`, t.scopes.join(' ')]));
    for (const token of line.filter((t) => !hasVtlScope(t))) {
      const scopes = token.scopes.filter((s) => !TEMPLATES_MARKER.test(s)).join(' ');
      const expected = baseline.get(`${token.start}:${token.end}`);
      if (expected !== scopes) {
        changes.push(`line ${i + 1} ${JSON.stringify(token.text)} at ${token.start}: ${scopes} (VS Code: ${expected ?? 'a different token'})`);
      }
    }
  });
  return changes;
}

/** The token covering character `at` of `needle`, on the first line that contains `needle`. */
export function tokenAt(lines: Token[][], text: string, needle: string, at = 0): Token {
  const source = text.split(/\r?\n/);
  for (let i = 0; i < source.length; i++) {
    const found = source[i].indexOf(needle);
    if (found < 0) continue;
    const col = found + at;
    const token = lines[i].find((t) => t.start <= col && col < t.end);
    if (token) return token;
  }
  throw new Error(`${JSON.stringify(needle)} not found`);
}
