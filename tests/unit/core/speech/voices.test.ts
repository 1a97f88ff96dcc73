import { describe, expect, it } from 'vitest';
import { chooseVoice, primaryLanguage, type VoiceLike } from '../../../../src/core/speech/voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('primaryLanguage', () => {
  it.each([
    ['id-ID', 'id'],
    ['in_ID', 'id'],
    ['EN-gb', 'en'],
    ['ms', 'ms'],
    ['', ''],
  ])('%s is %s', (tag, code) => expect(primaryLanguage(tag)).toBe(code));
});

describe('chooseVoice', () => {
  const voices = [
    voice('Google Bahasa Indonesia', 'id-ID', false),
    voice('English (US)', 'en-US', true, true),
    voice('English (UK)', 'en-GB'),
    voice('Damayanti', 'id-ID'),
    voice('Android Indonesian', 'in-ID'),
  ];

  it('takes a device voice of the article language, never a remote one', () => {
    expect(chooseVoice(voices, 'id')?.name).toBe('Damayanti');
    expect(chooseVoice([voice('Remote', 'id-ID', false)], 'id')).toBeNull();
  });

  it('knows the legacy code some systems give Indonesian voices', () => {
    expect(chooseVoice([voice('Android Indonesian', 'in-ID')], 'id-ID')?.name).toBe(
      'Android Indonesian',
    );
  });

  it('prefers the same region, then the default voice', () => {
    expect(chooseVoice(voices, 'en-GB')?.name).toBe('English (UK)');
    expect(chooseVoice(voices, 'en')?.name).toBe('English (US)');
  });

  it('has none for a language without a device voice, or an unknown language', () => {
    expect(chooseVoice(voices, 'ms')).toBeNull();
    expect(chooseVoice(voices, 'und')).toBeNull();
    expect(chooseVoice([], 'id')).toBeNull();
  });
});
