// Runs just before reader.js on the sites chosen for reading mode: tells it that nobody asked,
// so that it opens articles only and leaves other pages alone.
(globalThis as Record<string, unknown>).__ringkasAuto = true;

export const result = true;
