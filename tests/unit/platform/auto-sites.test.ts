import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/contracts/settings';
import { AUTO_SCRIPT_ID, syncAutoSites } from '../../../src/platform/auto-sites';

describe('syncAutoSites', () => {
  /** Like the browser: a match pattern it cannot parse is an error, not a "no". */
  const VALID_PATTERN = /^(?:https?|\*):\/\/[^/]+\/\*$/;
  function fakeApi(granted: string[]) {
    const registered: { id: string; matches: string[] }[] = [
      { id: AUTO_SCRIPT_ID, matches: ['https://old.example/*'] },
    ];
    const api = {
      permissions: {
        contains: async ({ origins }: { origins: string[] }) => {
          if (!origins.every((o) => VALID_PATTERN.test(o)))
            throw new Error(`Invalid url pattern '${origins.join()}'`);
          return origins.every((o) => granted.includes(o));
        },
      },
      scripting: {
        getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
          registered.filter((r) => ids.includes(r.id)),
        unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
          for (const id of ids)
            registered.splice(
              registered.findIndex((r) => r.id === id),
              1,
            );
        },
        registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
          registered.push(...scripts.map(({ id, matches }) => ({ id, matches })));
        },
      },
    };
    return { api: api as unknown as Parameters<typeof syncAutoSites>[1], registered };
  }

  it('registers the chosen sites the browser granted, and only those', async () => {
    const { api, registered } = fakeApi(['https://a.example/*']);
    const settings = parseSettings({ autoSites: ['https://a.example', 'https://b.example'] });
    await expect(syncAutoSites(settings, api)).resolves.toEqual(['https://a.example/*']);
    expect(registered).toEqual([{ id: AUTO_SCRIPT_ID, matches: ['https://a.example/*'] }]);
  });
  // Issue 13, item 11.
  it('a malformed entry that got past the settings check is skipped, the others register', async () => {
    const { api, registered } = fakeApi(['https://a.example/*', 'https://old.example/*']);
    const settings = {
      ...DEFAULT_SETTINGS,
      autoSites: ['javascript:alert(1)', 'https://a.example'],
    };
    await expect(syncAutoSites(settings, api)).resolves.toEqual(['https://a.example/*']);
    // The removed site (old.example) no longer opens in reading mode.
    expect(registered).toEqual([{ id: AUTO_SCRIPT_ID, matches: ['https://a.example/*'] }]);
  });
  it('unregisters everything when no site is left', async () => {
    const { api, registered } = fakeApi([]);
    await syncAutoSites(parseSettings({ autoSites: [] }), api);
    expect(registered).toEqual([]);
  });
});
