// The summary's lengths, on their own: the settings and the popup need these numbers, not the
// summariser's code (which the background runs).
export const DEFAULT_SENTENCES = 3;
export const MIN_SENTENCES = 1;
export const MAX_SENTENCES = 7;
