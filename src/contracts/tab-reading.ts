// What reading one tab gives back (src/platform/read-tab.ts), as the pages and the reader see it.
import type { Article, ExtractFailureReason } from '../core/types';

export type PageFailure = ExtractFailureReason | 'forbidden' | 'timeout';

/** A tab's article, as the read script returns it; the digest comes after (src/platform/digest.ts). */
export type TabReading =
  | { ok: true; tabId: number; article: Article; ms: number }
  | { ok: false; reason: PageFailure; detail: string };
