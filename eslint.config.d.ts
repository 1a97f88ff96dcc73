// Types of eslint.config.js for the test that proves its layer map (tests/unit/lint/layers.test.ts).
export const LAYERS: Record<string, string[]>;
declare const config: unknown[];
export default config;
