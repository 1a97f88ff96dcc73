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
      autoSites: [],
    });
    expect(parseSettings({ summarySentences: 5, uiLanguage: 'id' })).toMatchObject({
      summarySentences: 5,
      uiLanguage: 'id',
    });
  });
});
