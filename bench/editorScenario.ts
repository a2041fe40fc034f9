/**
 * One file in one server, as an editor session: open it and wait for diagnostics, then edit one line in the
 * middle of the file again and again (a `timeoutInMillis` value toggled 29000 ↔ 35000, which changes the
 * diagnostics), and ask for completion and hover right after edits, before diagnostics come back.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-protocol';
import { timeoutSites } from './generate';
import { LspClient, ServerSpec } from '../test/helpers/lspClient';
import { summary, Summary } from './stats';

export interface ScenarioOptions {
  readonly edits: number;
  readonly requests: number;
  /** Longest wait for one answer. */
  readonly timeoutMs: number;
}

export interface ScenarioResult {
  readonly server: string;
  readonly diagnostics: 'pull' | 'push';
  readonly firstDiagnosticsMs: number;
  readonly firstDiagnosticsCount: number;
  readonly editToDiagnosticsMs: Summary;
  /** Whether every edit's diagnostics differed from the previous ones as they should (the edit was seen). */
  readonly editsVerified: boolean;
  readonly completionMs?: Summary;
  readonly completionItems?: number;
  readonly hoverMs?: Summary;
  readonly peakRssMb?: number;
  readonly error?: string;
}

export async function runEditorScenario(spec: ServerSpec, file: { path: string; text: string; languageId: string }, options: ScenarioOptions): Promise<ScenarioResult> {
  const client = LspClient.start(spec);
  const uri = `file://${file.path}`;
  let document = TextDocument.create(uri, file.languageId, 1, file.text);
  const partial: { -readonly [K in keyof ScenarioResult]?: ScenarioResult[K] } = { server: spec.name };
  try {
    await client.initialize(undefined, { pullDiagnostics: true });
    partial.diagnostics = client.pulls ? 'pull' : 'push';
    const waitDiagnostics = async (version: number, send: () => Promise<void>) => {
      if (client.pulls) {
        await send();
        return client.pull(uri, options.timeoutMs);
      }
      const pushed = client.nextPush(uri, version, options.timeoutMs);
      await send();
      return pushed;
    };

    let start = performance.now();
    let diagnostics = await waitDiagnostics(1, () => client.open(uri, file.languageId, file.text));
    partial.firstDiagnosticsMs = Math.round(performance.now() - start);
    partial.firstDiagnosticsCount = diagnostics.length;

    const site = timeoutSites(file.text)[Math.floor(timeoutSites(file.text).length / 2)];
    const toggle = () => {
      const current = document.getText().slice(site, site + 5);
      const range = { start: document.positionAt(site), end: document.positionAt(site + 5) };
      const text = current === '29000' ? '35000' : '29000';
      document = TextDocument.update(document, [{ range, text }], document.version + 1);
      return { range, text, version: document.version };
    };

    const editTimes: number[] = [];
    let verified = true;
    for (let i = 0; i < options.edits; i++) {
      const edit = toggle();
      start = performance.now();
      const next = await waitDiagnostics(edit.version, () => client.change(uri, edit.version, edit.range, edit.text));
      editTimes.push(performance.now() - start);
      // Our server adds or removes one warning per edit; a peer that only checks YAML syntax reports none.
      if (spec.name === 'apigw' && next.length === diagnostics.length) verified = false;
      diagnostics = next;
    }
    partial.editToDiagnosticsMs = summary(editTimes);
    partial.editsVerified = verified;

    const completionAt = positionOf(document, site, 'timeoutInMillis');
    const hoverAt = positionOf(document, site, 'type');
    if (options.requests > 0 && (client.capabilities.completionProvider || client.capabilities.hoverProvider)) {
      const completionTimes: number[] = [];
      const hoverTimes: number[] = [];
      let items = 0;
      for (let i = 0; i < options.requests; i++) {
        // Type, then ask at once: the answer needs this version's parse.
        const edit = toggle();
        const settled = client.pulls ? undefined : client.nextPush(uri, edit.version, options.timeoutMs);
        await client.change(uri, edit.version, edit.range, edit.text);
        if (client.capabilities.completionProvider) {
          start = performance.now();
          const result = (await client.completion(uri, completionAt, options.timeoutMs)) as { items?: unknown[] } | unknown[] | null;
          completionTimes.push(performance.now() - start);
          items = Array.isArray(result) ? result.length : (result?.items?.length ?? 0);
        }
        if (client.capabilities.hoverProvider) {
          start = performance.now();
          await client.hover(uri, hoverAt, options.timeoutMs);
          hoverTimes.push(performance.now() - start);
        }
        // Let the diagnostics of this version arrive before the next round.
        if (client.pulls) await client.pull(uri, options.timeoutMs);
        else await settled;
      }
      if (completionTimes.length) {
        partial.completionMs = summary(completionTimes);
        partial.completionItems = items;
      }
      if (hoverTimes.length) partial.hoverMs = summary(hoverTimes);
    }
    partial.peakRssMb = client.peakRssMb();
  } catch (error) {
    partial.error = `${(error as Error).message}${client.stderr ? ` (stderr: ${client.stderr.slice(-300)})` : ''}`;
    partial.peakRssMb = client.peakRssMb();
  } finally {
    await client.stop();
  }
  return partial as ScenarioResult;
}

/** The start of the nearest line above `offset` whose key is `key` (a key of the edited integration). */
function positionOf(document: TextDocument, offset: number, key: string): Position {
  const text = document.getText();
  const pattern = new RegExp(`^[ \\t]*"?${key}"?:`, 'gm');
  let found = -1;
  for (let m = pattern.exec(text); m && m.index < offset; m = pattern.exec(text)) found = m.index + m[0].indexOf(key);
  return document.positionAt(found < 0 ? offset : found);
}
