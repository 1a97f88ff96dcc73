// The summary's length by default, apart from the summariser: the settings and the popup need
// the number before (or without) the summariser's code.

/** Sentences in a summary unless the reader chose another number. */
export const DEFAULT_SENTENCES = 3;
export const MIN_SENTENCES = 1;
export const MAX_SENTENCES = 7;
