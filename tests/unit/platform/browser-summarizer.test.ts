import { describe, expect, it } from 'vitest';
import { browserSummary } from '../../../src/platform/browser-summarizer';

function fakeScope(availability: string, calls: string[] = []) {
  return {
    Summarizer: {
      availability: async (options: { expectedInputLanguages: string[] }) => {
        calls.push(`availability:${options.expectedInputLanguages.join()}`);
        return availability;
      },
      create: async () => {
        calls.push('create');
        return {
          summarize: async (text: string) => `summary of ${text.length} chars`,
          destroy: () => calls.push('destroy'),
        };
      },
    },
  };
}

describe('browserSummary', () => {
  it('summarises with the browser model when it is already on the device', async () => {
    const calls: string[] = [];
    await expect(
      browserSummary('Teks artikel.', 'id', fakeScope('available', calls)),
    ).resolves.toBe('summary of 13 chars');
    expect(calls).toEqual(['availability:id', 'create', 'destroy']);
  });
  it('never starts a model download', async () => {
    const calls: string[] = [];
    await expect(
      browserSummary('Text.', 'en', fakeScope('downloadable', calls)),
    ).resolves.toBeNull();
    expect(calls).not.toContain('create');
  });
  it('does nothing where the browser has no summariser (Firefox, older Chrome)', async () => {
    await expect(browserSummary('Text.', 'en', {})).resolves.toBeNull();
  });
  it('does nothing for a language the model does not take', async () => {
    const scope = {
      Summarizer: {
        availability: async () => Promise.reject(new Error('NotSupportedError')),
        create: async () => ({ summarize: async () => 'x' }),
      },
    };
    await expect(browserSummary('Text.', 'ms', scope)).resolves.toBeNull();
  });
});
