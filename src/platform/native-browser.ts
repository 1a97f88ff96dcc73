// The browser's own promise-based extension API, without webextension-polyfill (about 3-4 KB
// gzip), for code that goes into injected scripts, where every byte is compiled in each tab
// (scripts/build.mjs aliases the polyfill to this module for them): Firefox's `browser` is what
// the polyfill copies, and MV3 Chrome's `chrome` returns promises for what this code uses
// (runtime.sendMessage and getURL, storage.sync, storage.onChanged). Typed as the polyfill's
// `browser`; only what both browsers give natively may be called through it.
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

const api = (scope.browser?.runtime ? scope.browser : scope.chrome) as Api;

export default api;
