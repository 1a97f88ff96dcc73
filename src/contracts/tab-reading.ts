// What reading one tab gives back (src/platform/read-tab.ts), as the pages and the reader see it.
import type { Article, Digest, ExtractFailureReason } from '../core/types';

export type PageFailure = ExtractFailureReason | 'forbidden' | 'timeout';

export type TabReading =
  | { ok: true; tabId: number; article: Article; digest: Digest; ms: number }
  | { ok: false; reason: PageFailure; detail: string };
