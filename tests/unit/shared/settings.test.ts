import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/contracts/settings';
import { originPattern, parseSiteInput } from '../../../src/contracts/sites';
import { AUTO_SCRIPT_ID, syncAutoSites } from '../../../src/platform/auto-sites';

describe('settings', () => {
  it('fills every missing or broken value with its default and keeps the good ones', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({
        theme: 'dark',
        textSize: 99,
        font: 'comic',
        autoSites: ['https://a.example', 'not a url'],
      }),
    ).toMatchObject({
      theme: 'dark',
      textSize: DEFAULT_SETTINGS.textSize,
      font: DEFAULT_SETTINGS.font,
      autoSites: [],
    });
    expect(parseSettings({ summarySentences: 5, uiLanguage: 'id' })).toMatchObject({
      summarySentences: 5,
      uiLanguage: 'id',
    });
  });
});

describe('sites for reading mode', () => {
  it.each([
    ['news.example.com', 'https://news.example.com', 'https://news.example.com/*'],
    [
      'https://www.kompas.com/read/2025/12/01/x',
      'https://www.kompas.com',
      'https://www.kompas.com/*',
    ],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', 'http://127.0.0.1/*'],
  ])('%s -> %s', (input, origin, pattern) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, origin, pattern });
  });
  it.each([
    ['', 'siteErrorInvalid'],
    ['not a site', 'siteErrorInvalid'],
    ['localhostish', 'siteErrorInvalid'],
    ['ftp://files.example.com', 'siteErrorScheme'],
    ['javascript:alert(1)', 'siteErrorInvalid'],
  ])('refuses %j', (input, error) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error });
  });
  it('gives match patterns without ports', () => {
    expect(originPattern('https://a.example:8443')).toBe('https://a.example/*');
  });
});

describe('syncAutoSites', () => {
  function fakeApi(granted: string[]) {
    const registered: { id: string; matches: string[] }[] = [
      { id: AUTO_SCRIPT_ID, matches: ['https://old.example/*'] },
    ];
    const api = {
      permissions: {
        contains: async ({ origins }: { origins: string[] }) =>
          origins.every((o) => granted.includes(o)),
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
  it('unregisters everything when no site is left', async () => {
    const { api, registered } = fakeApi([]);
    await syncAutoSites(parseSettings({ autoSites: [] }), api);
    expect(registered).toEqual([]);
  });
});
