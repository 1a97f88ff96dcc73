// What the popup tells the read script before it runs (see read-tab.ts).
export const READ_OPTIONS_KEY = '__ringkasReadOptions';
export interface ReadOptions {
  summarySentences: number;
}
