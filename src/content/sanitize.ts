// Injected by the background before it saves a page it read (a context menu "Save", the
// reader's Save button): the one DOMPurify configuration needs a DOM, and Chrome's service
// worker has none. The HTML arrives in this script's isolated world first (see
// src/platform/sanitize-in-tab.ts); the result is the value of the script.
import { sanitizeHtml } from '../core/sanitize';
import { SANITIZE_INPUT_KEY } from '../platform/sanitize-in-tab';

function run(): string | null {
  const scope = globalThis as Record<symbol, unknown>;
  const input = scope[Symbol.for(SANITIZE_INPUT_KEY)];
  delete scope[Symbol.for(SANITIZE_INPUT_KEY)];
  return typeof input === 'string' ? sanitizeHtml(input, window) : null;
}

export const result = run();
