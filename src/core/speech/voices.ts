// Which of the device's voices reads an article: one of its own (`localService`), never a voice
// that sends the text to a server, in the article's language. Pure: the voice list comes in.

/** What Ringkas reads of a SpeechSynthesisVoice. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** Old ISO 639 codes some systems still give their voices (Android's "in-ID" for Indonesian). */
const LEGACY_CODES: Record<string, string> = { in: 'id', iw: 'he', ji: 'yi' };

/** The language of a tag, lower case, legacy codes mapped ("in_ID" -> "id"); '' for none. */
export function primaryLanguage(tag: string): string {
  const code = (tag.toLowerCase().split(/[-_]/)[0] ?? '').trim();
  return LEGACY_CODES[code] ?? code;
}

/**
 * The best device voice for text in `lang` (a BCP 47 tag, "id" or "en-GB"), or null when the
 * device has none: a voice of the same region first, then the system's default voice.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const want = primaryLanguage(lang);
  if (!want || want === 'und') return null;
  const region = (lang.split(/[-_]/)[1] ?? '').toLowerCase();
  let best: V | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    // Only the device's own voices: a remote one would send the article to its server.
    if (voice.localService !== true || primaryLanguage(voice.lang) !== want) continue;
    const voiceRegion = (voice.lang.split(/[-_]/)[1] ?? '').toLowerCase();
    const score = (region && voiceRegion === region ? 2 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
