// What the popup tells the read script before it runs (see read-tab.ts).
// The name of a registry symbol (Symbol.for), out of reach of elements named after it.
export const READ_OPTIONS_KEY = 'ringkas.readOptions';
export interface ReadOptions {
  summarySentences: number;
}
