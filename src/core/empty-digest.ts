import type { Digest } from './types';

/** A digest with nothing in it: what a view shows when the facts could not be computed. */
export function emptyDigest(lang = 'und'): Digest {
  return {
    lang,
    sentences: [],
    summary: [],
    facts: {
      people: [],
      places: [],
      organizations: [],
      dates: [],
      numbers: [],
      quotes: [],
      top: [],
    },
  };
}
