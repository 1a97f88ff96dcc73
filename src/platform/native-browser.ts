// The browser's own extension namespace, which the injected scripts get in place of
// webextension-polyfill (scripts/build.mjs aliases it for them): what they use of it
// (runtime.sendMessage and getURL, storage.sync, storage.onChanged) returns promises in Chrome's
// Manifest V3 and in Firefox alike, and the polyfill would weigh about 3 KB gzipped in every tab.
const scope = globalThis as { browser?: { runtime?: unknown }; chrome?: unknown };

export default scope.browser?.runtime ? scope.browser : scope.chrome;
