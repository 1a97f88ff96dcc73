// The background only registers listeners and routes validated messages; decisions live in
// src/core and src/shared where they are tested without a browser.
import browser, { type Runtime } from '../shared/browser';
import { senderKind, validateMessage, type Message } from '../shared/messages';

const extensionOrigin = browser.runtime.getURL('');

async function handle(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'library:open':
      await browser.tabs.create({ url: browser.runtime.getURL('library.html') });
      return { ok: true };
    case 'settings:changed':
    case 'reader:closed':
      return { ok: true };
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const checked = validateMessage(raw, senderKind(sender, browser.runtime.id, extensionOrigin));
  if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
  return handle(checked.message).catch((error: unknown) => ({ ok: false, error: String(error) }));
});

export const result = undefined;
