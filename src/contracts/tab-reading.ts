// What reading one tab gives back (src/platform/read-tab.ts), as the pages and the reader see it:
// the article first; its digest (facts, summary) is a later step.
import type { Article, Digest, ExtractFailureReason } from '../core/types';

export type PageFailure = ExtractFailureReason | 'forbidden' | 'timeout';
export type TabFailure = { ok: false; reason: PageFailure; detail: string };

/** A tab's article, before its digest. `ms` is the extraction's own time. */
export type TabReading = { ok: true; tabId: number; article: Article; ms: number } | TabFailure;

/** A reading with its digest: what is saved, copied and shown in full. */
export type DigestedReading = Extract<TabReading, { ok: true }> & { digest: Digest };
