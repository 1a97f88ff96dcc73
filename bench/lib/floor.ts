// The floor of the browser benchmark: the least an extension popup can do to show something
// from the page. Its popup script does one scripting.executeScript returning the page's title
// and writes it; the time to that text on screen is what no popup can beat in this browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';

const MANIFEST = {
  manifest_version: 3,
  name: 'Floor',
  version: '1.0',
  action: { default_popup: 'popup.html' },
  permissions: ['scripting'],
  host_permissions: ['http://127.0.0.1/*'],
};

const POPUP_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>Floor</title>
<script src="popup.js"></script></head><body><p id="out"></p></body></html>
`;

// "Shown" is the mark after the next frame, as for Ringkas (src/shared/after-paint.ts).
const POPUP_JS = `
const tabId = Number(new URLSearchParams(location.search).get('tab'));
chrome.scripting.executeScript({ target: { tabId }, func: () => document.title }).then(([injection]) => {
  performance.mark('floor:result');
  const out = document.getElementById('out') || document.body.appendChild(document.createElement('p'));
  out.textContent = String(injection && injection.result);
  out.dataset.state = 'article';
  requestAnimationFrame(() => setTimeout(() => performance.mark('floor:shown')));
});
`;

/** Chromium's id of an unpacked extension without a key: the SHA-256 of its path, in a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Writes the floor extension to a fresh folder and returns it with its id. */
export function buildFloor(): { dir: string; id: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringkas-floor-'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  fs.writeFileSync(path.join(dir, 'popup.html'), POPUP_HTML);
  fs.writeFileSync(path.join(dir, 'popup.js'), POPUP_JS);
  return { dir: fs.realpathSync(dir), id: unpackedExtensionId(fs.realpathSync(dir)) };
}
