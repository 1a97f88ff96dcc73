// One manifest source (manifest.json); each browser gets its variant at build time.
export const TARGETS = ['chrome', 'firefox', 'test'];

export const GECKO_ID = 'ringkas@ringkas.app';
export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export function manifestFor(source, target, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  if (target === 'firefox') {
    manifest.background = { scripts: [source.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  if (target === 'test') {
    manifest.name = 'Ringkas (test build)';
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOSTS];
  }
  return manifest;
}
