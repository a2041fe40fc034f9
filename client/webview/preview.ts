/**
 * The preview webview's script: draws each view the extension sends (view.ts builds the HTML), turns clicks
 * into typed messages, and reports back what it shows. No network, no eval: the page's CSP allows only this
 * script (by nonce) and the extension's stylesheet.
 */
import type { FromWebview, PreviewView, ToWebview } from '../src/preview/messages';
import { renderView } from './view';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: unknown): void;
  getState(): unknown;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
let current: PreviewView | undefined;

function draw(view: PreviewView): void {
  current = view;
  root.innerHTML = renderView(view);
  document.body.classList.remove('busy');
  vscode.setState({ version: view.version });
  const text = (id: string) => document.getElementById(id)?.textContent ?? '';
  vscode.postMessage({
    type: 'didRender',
    version: view.version,
    title: text('title'),
    status: text('status'),
    output: text('output'),
    errors: Array.from(document.querySelectorAll('#errors li')).map((li) => li.textContent ?? ''),
  });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') draw(message.view);
  else if (message.type === 'busy' && (!current || message.version > current.version)) document.body.classList.add('busy');
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : undefined;
  const reveal = target?.closest<HTMLElement>('[data-reveal]');
  if (reveal) {
    event.preventDefault();
    try {
      vscode.postMessage({ type: 'reveal', range: JSON.parse(reveal.dataset.reveal ?? '') });
    } catch {
      // a malformed range cannot come from us; ignore it
    }
    return;
  }
  const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'pickRequest' || action === 'openRequest' || action === 'createRequest' || action === 'switchMode') {
    vscode.postMessage({ type: action });
  }
});

vscode.postMessage({ type: 'ready' });
