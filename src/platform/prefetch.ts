// Files of the extension fetched ahead of their use, handed over once: the popup's first script
// (src/popup/early.ts) starts fetching the entity models while the page is read and the popup's
// modules load, and the digest (src/platform/model-digester.ts) takes the bytes when it needs
// them. A registry symbol on the window (the extension's own page; no other script runs there).
const KEY = Symbol.for('ringkas.prefetched');

type Registry = Map<string, Promise<ArrayBuffer>>;

function registry(): Registry {
  const scope = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (scope[KEY] ??= new Map());
}

/** Starts fetching the extension's files at these paths (relative to its root). */
export function prefetch(paths: readonly string[], urlOf: (path: string) => string): void {
  const files = registry();
  for (const path of paths) {
    if (files.has(path)) continue;
    const bytes = fetch(urlOf(path)).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.arrayBuffer();
    });
    // Whoever takes it sees a failure; unclaimed, it is not an unhandled rejection.
    bytes.catch(() => undefined);
    files.set(path, bytes);
  }
}

/** The bytes of a prefetched file, once (a second use fetches again), or null. */
export function takePrefetched(path: string): Promise<ArrayBuffer> | null {
  const files = registry();
  const bytes = files.get(path) ?? null;
  files.delete(path);
  return bytes;
}
