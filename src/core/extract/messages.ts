// What a person reads when a page cannot be read (kept apart so the read script needs no more).
/** The one the read script gives (alone, so the others stay out of the injected scripts). */
export const TOO_LARGE_MESSAGE = 'This page is too large to read.';
export const READ_FAILURE_MESSAGES = {
  'too-large': TOO_LARGE_MESSAGE,
  'not-article': 'This page has no article.',
  error: 'Ringkas could not read this page.',
} as const;
