/**
 * The preview's HTML, as a pure function of the view (no DOM here, so it is tested in Node). Every value from
 * the template, the sample request or the file is escaped: the page's CSP allows no inline script or style.
 */
import type { PreviewView, RenderResultPayload, SourceRange } from '../src/preview/messages';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function attr(value: string): string {
  return `"${escapeHtml(value)}"`;
}

function section(id: string, title: string, body: string, extraClass = ''): string {
  return `<section id=${attr(id)} class=${attr(`section ${extraClass}`.trim())}><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function table(rows: [string, string][], empty: string): string {
  if (!rows.length) return `<p class="muted">${escapeHtml(empty)}</p>`;
  return `<table>${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td><code>${escapeHtml(v)}</code></td></tr>`).join('')}</table>`;
}

function valueText(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function statusClass(status: number): string {
  return status >= 500 ? 'status-5xx' : status >= 400 ? 'status-4xx' : status >= 300 ? 'status-3xx' : 'status-2xx';
}

function revealLink(range: SourceRange, text: string): string {
  return `<a href="#" class="reveal" data-reveal=${attr(JSON.stringify(range))}>${escapeHtml(text)}</a>`;
}

function header(view: PreviewView): string {
  const other = view.mode === 'render' ? 'Simulate request' : 'Render template';
  return `<header class="bar">
<div class="title" id="title">${escapeHtml(view.title)}</div>
<div class="actions">
<button data-action="pickRequest" title="Choose the sample request">Request: ${escapeHtml(view.requestLabel)} ▾</button>
${view.requestIsFile ? '<button data-action="openRequest" title="Open the sample request file">Open</button>' : ''}
<button data-action="createRequest" title="Create a sample request for this operation in .apigw/requests/">New request…</button>
<button data-action="switchMode">${escapeHtml(other)}</button>
</div>
</header>`;
}

function outputSection(result: RenderResultPayload): string {
  const check = result.outputCheck;
  let badge = '';
  let body: string;
  if (check.kind === 'empty') {
    body = '<pre id="output" class="output empty"></pre><p class="muted">(empty output)</p>';
  } else if (check.kind === 'json' && check.valid) {
    badge = '<span class="badge ok">valid JSON</span>';
    body = `<pre id="output" class="output">${escapeHtml(check.pretty ?? result.output)}</pre>`;
  } else if (check.kind === 'json' && check.error) {
    const at = Math.min(check.error.offset, result.output.length);
    const bad = result.output.slice(at, at + 1) || ' ';
    badge = '<span class="badge bad">invalid JSON</span>';
    body =
      `<p class="json-error" id="json-error">Not valid JSON at line ${check.error.line}, column ${check.error.column}: ${escapeHtml(check.error.message)}</p>` +
      `<pre id="output" class="output">${escapeHtml(result.output.slice(0, at))}<mark class="error-at">${escapeHtml(bad)}</mark>${escapeHtml(result.output.slice(at + 1))}</pre>`;
  } else {
    body = `<pre id="output" class="output">${escapeHtml(result.output)}</pre>`;
  }
  if (result.truncated) body += '<p class="muted">The output is longer than the preview shows; it was cut.</p>';
  return `<section id="output-section" class="section"><h2>${result.mode === 'simulate' ? 'Response body' : 'Output'} ${badge}</h2>${body}</section>`;
}

function summary(result: RenderResultPayload): string {
  const parts: string[] = [];
  // A request template has no status of its own: the backend's answer decides it.
  if (result.statusCode !== undefined) parts.push(`<span id="status" class=${attr(`status ${statusClass(result.statusCode)}`)}>${result.statusCode}</span>`);
  if (result.template) {
    parts.push(`<span class="template">${revealLink(result.template.range, result.template.label)}</span>`);
  } else if (result.integration) {
    parts.push(`<span class="template">${revealLink(result.integration.range, result.integration.label)}</span>`);
  }
  return `<div class="summary">${parts.join(' ')}</div>`;
}

function errorsSection(result: RenderResultPayload): string {
  if (!result.errors.length) return '';
  const items = result.errors.map((e) => {
    const where = e.range ? `line ${e.range.start.line + 1}` : '';
    const template = e.templateLine !== undefined ? ` (template line ${e.templateLine}${e.templateColumn !== undefined ? `:${e.templateColumn}` : ''})` : '';
    const stage = e.stage && result.mode === 'simulate' ? `${e.stage} template: ` : '';
    const text = `${stage}${e.kind} error: ${e.message}`;
    return `<li class="error">${e.range ? `${revealLink(e.range, `${where}${template}`)} — ` : ''}<span class="error-text">${escapeHtml(text)}</span></li>`;
  });
  return section('errors', 'Errors', `<ul class="errors">${items.join('')}</ul>`, 'errors');
}

export function renderView(view: PreviewView): string {
  const parts = [header(view)];
  const result = view.result;
  if (view.message) parts.push(`<p class="message" id="message">${escapeHtml(view.message)}</p>`);
  if (result) {
    parts.push(summary(result));
    if (result.requestProblems.length) {
      parts.push(section('request-problems', 'Sample request problems', `<ul>${result.requestProblems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`, 'warnings'));
    }
    parts.push(errorsSection(result));
    parts.push(outputSection(result));
    if (result.steps.length) {
      parts.push(section('steps', 'Which template, and why', `<ol class="steps">${result.steps.map((s) => `<li><span class="stage">${escapeHtml(s.stage)}:</span> ${escapeHtml(s.message)}</li>`).join('')}</ol>`));
    }
    if (result.statusCode !== undefined || Object.keys(result.headers).length) {
      parts.push(section('headers', 'Status and headers', table([['status', result.statusCode === undefined ? '' : String(result.statusCode)], ...Object.entries(result.headers)], '')));
    }
    if (result.substitutions?.length) {
      parts.push(section('substitutions', 'CloudFormation substitutions (Fn::Sub)', table(result.substitutions.map((v) => [`\${${v.name}}`, `${v.value} — ${v.source}`]), '')));
    }
    if (result.droppedHeaders?.length) {
      parts.push(section('dropped-headers', 'Headers API Gateway dropped', table(result.droppedHeaders.map((d) => [d.name, d.reason]), '')));
    }
    parts.push(section('context', '$context and inputs used', table(result.contextUsed.map((c) => [c.name, valueText(c.value)]), 'The template read no $context, $stageVariables or $input values.')));
    if (result.overrides?.request || result.overrides?.response) {
      const rows: [string, string][] = [];
      const o = result.overrides;
      for (const [where, map] of Object.entries(o.request ?? {})) for (const [k, v] of Object.entries(map)) rows.push([`requestOverride.${where}.${k}`, v]);
      if (o.response?.status !== undefined) rows.push(['responseOverride.status', String(o.response.status)]);
      for (const [k, v] of Object.entries(o.response?.header ?? {})) rows.push([`responseOverride.header.${k}`, v]);
      parts.push(section('overrides', 'Overrides', table(rows, '')));
    }
    if (result.integrationRequest) {
      const ir = result.integrationRequest;
      parts.push(
        section(
          'integration-request',
          'What the backend receives',
          table([...(ir.uri ? [['uri', ir.uri] as [string, string]] : []), ...Object.entries(ir.headers)], '') + (ir.body ? `<pre class="output">${escapeHtml(ir.body)}</pre>` : ''),
        ),
      );
    }
    if (result.lambdaEvent) parts.push(section('lambda-event', 'Lambda event', `<pre class="output">${escapeHtml(JSON.stringify(result.lambdaEvent, null, 2))}</pre>`));
    parts.push(`<p class="muted footer">Request: ${escapeHtml(result.requestName)}. Rendered in a sandbox: templates cannot reach files, the network or Node.</p>`);
  }
  return parts.filter(Boolean).join('\n');
}
