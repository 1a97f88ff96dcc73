// One manifest source (manifest.json); each browser gets its variant at build time.
//   chrome, firefox             release builds
//   test, test-firefox          the same with loopback host permissions, for the browser tests
export const TARGETS = ['chrome', 'firefox', 'test', 'test-firefox'];

export const GECKO_ID = 'ringkas@ringkas.app';
export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
/**
 * The Firefox the whole browser suite runs on (Firefox 153 ESR). Older releases are not tested,
 * so the store does not offer Ringkas to them (Firefox for Android takes the same minimum; it
 * has data_collection_permissions from 142 on).
 */
export const FIREFOX_MIN_VERSION = '153.0';

export function manifestFor(source, target, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  const firefox = target === 'firefox' || target === 'test-firefox';
  if (firefox) {
    manifest.background = { scripts: [source.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  if (target === 'test' || target === 'test-firefox') {
    manifest.name = 'Ringkas (test build)';
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOSTS];
  }
  return manifest;
}
