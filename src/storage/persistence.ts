// Persistent storage for the library: asked of the browser once (remembered in the library's
// meta store), so the library is not the first thing evicted when space runs low.
import type { LibraryDb } from './library-db';

export interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export async function askPersistence(
  db: LibraryDb,
  storage: StorageLike | undefined,
): Promise<boolean | undefined> {
  if (!storage?.persist) return undefined;
  try {
    if (await storage.persisted?.()) return true;
    const asked = await db.meta.get('persist-asked');
    if (asked) return Boolean(asked.value);
    const granted = await storage.persist();
    await db.meta.put({ name: 'persist-asked', value: granted });
    return granted;
  } catch {
    return undefined;
  }
}

export async function estimate(
  storage: StorageLike | undefined,
): Promise<{ usage?: number; quota?: number } | undefined> {
  try {
    return await storage?.estimate?.();
  } catch {
    return undefined;
  }
}
