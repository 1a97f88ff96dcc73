export const FIREFOX_INSTALL_HINT: string;
export function findFirefox(env?: NodeJS.ProcessEnv): string | null;
