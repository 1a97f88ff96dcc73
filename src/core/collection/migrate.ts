// Record migrations: every stored or imported record passes through here on its way in, so a
// record written by an older Ringkas is brought to the current shape before it is checked.
// Version 1 is the first shape; a future version adds a step `from: 1` below.
import { RECORD_VERSION } from '../schema/saved-article';

type Raw = Record<string, unknown>;

interface Step {
  from: number;
  up: (record: Raw) => Raw;
}

/** Steps from one version to the next, in order. Empty while version 1 is the only shape. */
export const MIGRATIONS: Step[] = [];

export type Migrated = { ok: true; value: Raw } | { ok: false; reason: string };

export function migrateRecord(
  raw: unknown,
  newId: () => string,
  steps: Step[] = MIGRATIONS,
): Migrated {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: 'not an object' };
  let record: Raw = { ...(raw as Raw) };
  // A record without a version was written before versions existed: treat it as version 1.
  let version = record.schemaVersion === undefined ? 1 : record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'schemaVersion: not a version number' };
  }
  if (version > RECORD_VERSION) {
    return {
      ok: false,
      reason: `schemaVersion: ${version} is newer than this Ringkas (${RECORD_VERSION})`,
    };
  }
  while (version < RECORD_VERSION) {
    const step = steps.find((s) => s.from === version);
    if (!step) return { ok: false, reason: `schemaVersion: no migration from ${version}` };
    record = step.up(record);
    version += 1;
  }
  record.schemaVersion = RECORD_VERSION;
  if (typeof record.id !== 'string' || !record.id) record.id = newId();
  // The key is recomputed by the importer; fill it so the schema check passes first.
  if (typeof record.key !== 'string') record.key = '';
  return { ok: true, value: record };
}
