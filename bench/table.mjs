#!/usr/bin/env node
// `node bench/table.mjs [.bench/results.json]`: the report of `npm run bench` as the Markdown tables of the
// README's Performance section (so the numbers there are copied from a run, not typed).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? '.bench/results.json', 'utf8'));
const ms = (v) => (v === undefined ? '–' : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : v >= 100 ? `${Math.round(v)} ms` : v >= 1 ? `${v.toFixed(1)} ms` : `${Math.round(v * 1000)} µs`);
const mb = (v) => (v === undefined ? '–' : `${Math.round(v)} MB`);
const server = (file, name) => file.servers.find((s) => (name === 'apigw' ? s.server === 'apigw' : s.server !== 'apigw'));

const m = report.machine;
console.log(`Measured ${m.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, Node ${m.node} (${m.minutes} minutes, load ${m.loadAverageAtStart[0]}).\n`);
console.log('| File | Size | Server | First diagnostics | Edit → diagnostics (median / p95) | Completion (median / p95) | Hover (median / p95) | Peak memory |');
console.log('|---|---|---|---|---|---|---|---|');
for (const file of report.files) {
  for (const name of ['apigw', 'peer']) {
    const s = server(file, name);
    if (!s) continue;
    const label = s.server === 'apigw' ? 'this extension' : s.server;
    const pair = (x) => (x ? `${ms(x.median)} / ${ms(x.p95)}` : '–');
    const error = s.error ? ` (${s.error.slice(0, 60)})` : '';
    console.log(`| ${file.file} | ${file.megabytes} MB | ${label} | ${ms(s.firstDiagnosticsMs)} | ${pair(s.editToDiagnosticsMs)} | ${pair(s.completionMs)} | ${pair(s.hoverMs)} | ${mb(s.peakRssMb)}${error} |`);
  }
}
console.log('\n| File | `yaml` parseDocument / JSON.parse | Our parse, whole | Our parse after a one-line edit (pieces, as the server / two strings) |');
console.log('|---|---|---|---|');
for (const file of report.files) {
  const f = file.floor;
  const strings = f.ourIncrementalParseFromStringsMs === undefined ? '' : ` / ${ms(f.ourIncrementalParseFromStringsMs)}`;
  console.log(`| ${file.file} | ${ms(f.rawParseMs)} (${f.rawParser}) | ${ms(f.ourParseMs)} | ${ms(f.ourIncrementalParseMs)}${strings} |`);
}
if (report.render) {
  console.log(`\n| Template (render, median of many) | This renderer | ${report.render.peer} |`);
  console.log('|---|---|---|');
  for (const t of report.render.templates) {
    const us = (x) => (x ? `${x.median.toFixed(1)} µs` : '–');
    console.log(`| ${t.template} | ${us(t.oursUs)} | ${us(t.peerUs)}${t.peerToOurs ? ` (${t.peerToOurs}×)` : ''} |`);
  }
}
if (report.workspace) {
  const w = report.workspace;
  console.log(`\nWorkspace: indexing the corpus (${w.filesWithIntegrations} files with integrations, ${w.integrations} integrations) took ${ms(w.indexMs)}; a workspace symbol query ${ms(w.workspaceSymbolMs)}; server peak memory ${mb(w.peakRssMb)}.`);
}
console.log('\n| Target | Value | Result |');
console.log('|---|---|---|');
for (const [name, t] of Object.entries(report.targets)) {
  console.log(`| ${name} | ${t.value === undefined ? '–' : typeof t.value === 'number' ? (name.includes('memory') ? mb(t.value) : ms(t.value)) : t.value}${t.peer !== undefined ? ` (peer ${mb(t.peer)})` : ''} | ${t.result} |`);
}
