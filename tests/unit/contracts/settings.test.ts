import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/contracts/settings';

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
      // One bad entry is dropped, not the whole list (issue 13, item 11).
      autoSites: ['https://a.example'],
    });
    expect(parseSettings({ summarySentences: 5, uiLanguage: 'id' })).toMatchObject({
      summarySentences: 5,
      uiLanguage: 'id',
    });
  });
});
describe('synced autoSites, entry by entry (issue 13, item 11)', () => {
  it('drops malformed entries, keeps and normalises the good ones', () => {
    expect(
      parseSettings({
        autoSites: [
          'https://a.example',
          'javascript:alert(1)',
          'data:text/html,x',
          'not a url',
          42,
          null,
          'https://B.example/some/path?q=1',
          'https://a.example',
          'ftp://files.example',
        ],
      }).autoSites,
    ).toEqual(['https://a.example', 'https://b.example']);
  });
  it('a list that is not a list is an empty list, the other settings stay', () => {
    expect(parseSettings({ autoSites: 'https://a.example', theme: 'dark' })).toMatchObject({
      autoSites: [],
      theme: 'dark',
    });
  });
});
