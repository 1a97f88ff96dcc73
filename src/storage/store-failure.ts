// What a failed write tells the caller: a reason the UI translates and a message for a person.
import type { Rejection } from '../core/collection/library-json';

export type StoreFailureReason = 'quota' | 'unavailable' | 'invalid' | 'error';
export interface StoreFailure {
  ok: false;
  reason: StoreFailureReason;
  /** For a person, in English; the UI shows its translation of `reason`. */
  message: string;
}

export type SaveResult = { ok: true; id: string; status: 'added' | 'updated' } | StoreFailure;
export type WriteResult<T = void> =
  ({ ok: true } & (T extends void ? object : { value: T })) | StoreFailure;

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** Images a library zip brought back with its articles. */
  images?: number;
}
export type ImportResult = { ok: true; report: ImportReport } | StoreFailure;

const STORE_FAILURE_MESSAGES: Record<StoreFailureReason, string> = {
  quota:
    'There is not enough storage space to save this. Nothing was changed: your saved articles are all still there. Free some space or delete articles you no longer need, then try again.',
  unavailable:
    'The browser does not let Ringkas use its storage here (a private window or a storage setting). Nothing was saved.',
  invalid: 'This could not be saved because its data is not valid.',
  error: 'Saving failed and nothing was changed. Your saved articles are all still there.',
};

/** Known storage errors become a result a person can read; a bug still throws. */
export function toFailure(error: unknown, reason?: StoreFailureReason): StoreFailure {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { name?: unknown; inner?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner;
  }
  const text = String((error as { message?: unknown })?.message ?? '');
  let kind: StoreFailureReason = reason ?? 'error';
  if (!reason) {
    if (names.some((n) => n === 'QuotaExceededError') || /quota|disk.*full|no space/i.test(text)) {
      kind = 'quota';
    } else if (
      names.some(
        (n) =>
          n === 'MissingAPIError' ||
          n === 'InvalidStateError' ||
          n === 'SecurityError' ||
          n === 'OpenFailedError',
      )
    ) {
      kind = 'unavailable';
    }
  }
  return { ok: false, reason: kind, message: STORE_FAILURE_MESSAGES[kind] };
}
