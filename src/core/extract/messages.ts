// What a person reads when a page cannot be read (kept apart so the read script needs no more).
export const READ_FAILURE_MESSAGES = {
  'too-large': 'This page is too large to read.',
  'not-article': 'This page has no article.',
  error: 'Ringkas could not read this page.',
} as const;
