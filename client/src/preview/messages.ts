/**
 * The messages between the extension and the preview webview, typed on both sides (client/webview/ imports
 * these types). The extension sends whole views; the webview answers with what the user clicked and, after
 * each update, what it now shows (tests read that back through `apigw.preview.lastRendered`).
 */
import type { RenderResultPayload } from '../../../shared/renderTypes';

export type { RenderResultPayload };

export interface PreviewView {
  /** Increases with every render the extension starts; the webview echoes it back. */
  readonly version: number;
  readonly mode: 'render' | 'simulate';
  readonly title: string;
  /** The sample request: its file name, or how it was made. */
  readonly requestLabel: string;
  /** Whether the request is a file the user can open. */
  readonly requestIsFile: boolean;
  readonly result?: RenderResultPayload;
  /** Why there is nothing to show (no template at the cursor, the document closed, ...). */
  readonly message?: string;
}

export interface SourceRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export type ToWebview = { readonly type: 'update'; readonly view: PreviewView } | { readonly type: 'busy'; readonly version: number };

export type FromWebview =
  | { readonly type: 'ready' }
  /** Reveal a range of the source document (an error's position, the template). */
  | { readonly type: 'reveal'; readonly range: SourceRange }
  | { readonly type: 'pickRequest' }
  | { readonly type: 'openRequest' }
  | { readonly type: 'createRequest' }
  | { readonly type: 'switchMode' }
  /** Sent after each update: the text the webview shows, for tests and for the record. */
  | { readonly type: 'didRender'; readonly version: number; readonly title: string; readonly status: string; readonly output: string; readonly errors: string[] };

export function isFromWebview(value: unknown): value is FromWebview {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && ['ready', 'reveal', 'pickRequest', 'openRequest', 'createRequest', 'switchMode', 'didRender'].includes(type);
}
