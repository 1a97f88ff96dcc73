// Runs just before reader.js on the sites chosen for reading mode: tells it that nobody asked,
// so that it opens articles only and leaves other pages alone.
(globalThis as Record<symbol, unknown>)[Symbol.for('ringkas.auto')] = true;

export const result = true;
