export const TARGETS: string[];
export const GECKO_ID: string;
export const TEST_HOSTS: string[];
export const FIREFOX_MIN_VERSION: string;
export function manifestFor(
  source: Record<string, unknown>,
  target: string,
  version: string,
): Record<string, unknown>;
