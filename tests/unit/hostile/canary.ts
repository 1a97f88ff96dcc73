// Runs markup where scripts may run (jsdom with runScripts) and fires, at every element, every
// event a payload listens for: if anything in it can run, window.__pwned gets set. jsdom loads no
// images, so the events are dispatched rather than waited for.
import { JSDOM } from 'jsdom';

const ALWAYS = ['click', 'error', 'load', 'focus', 'toggle', 'mouseover', 'animationstart'];

/** The event names of the handler attributes written in a piece of markup. */
export function handlerEvents(html: string): string[] {
  const names = new Set(ALWAYS);
  for (const match of html.matchAll(/\bon([a-z]+)\s*=/gi))
    names.add((match[1] ?? '').toLowerCase());
  return [...names];
}

/** The canary's value after the markup is inserted into a script-running document and stormed. */
export function stormCanary(html: string, events: string[]): unknown {
  // Parsed as the page itself, so that scripts run and handlers attach as in a browser.
  const { window } = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {
    runScripts: 'dangerously',
  });
  try {
    for (const element of Array.from(window.document.querySelectorAll('*'))) {
      for (const type of events) element.dispatchEvent(new window.Event(type, { bubbles: true }));
    }
    return (window as unknown as { __pwned?: unknown }).__pwned;
  } finally {
    window.close();
  }
}
