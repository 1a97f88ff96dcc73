// What the popup tells the read script before it runs (see read-tab.ts).
// The name of a registry symbol (Symbol.for), out of reach of elements named after it.
export const READ_OPTIONS_KEY = 'ringkas.readOptions';
export interface ReadOptions {
  /**
   * Sanitise the article HTML in the page already. Only the background asks: it saves what it
   * reads and has no DOM to sanitise with; pages sanitise where they insert or store.
   */
  sanitize: boolean;
}
