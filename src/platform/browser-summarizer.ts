// The browser's own on-device summariser (Chrome's Summarizer API), used only when the reader
// turned it on and only when the model is already available for the page's language: Ringkas
// never starts a model download. Everything works without it (Firefox, other languages).

interface SummarizerLike {
  summarize: (text: string, options?: { context?: string }) => Promise<string>;
  destroy?: () => void;
}
interface SummarizerStatic {
  availability: (options: Record<string, unknown>) => Promise<string>;
  create: (options: Record<string, unknown>) => Promise<SummarizerLike>;
}

export async function browserSummary(
  text: string,
  lang: string,
  scope: object = globalThis,
): Promise<string | null> {
  const api = (scope as { Summarizer?: SummarizerStatic }).Summarizer;
  if (!api || !text.trim()) return null;
  const options = {
    type: 'tldr',
    format: 'plain-text',
    length: 'short',
    expectedInputLanguages: [lang],
    outputLanguage: lang,
  };
  let availability: string;
  try {
    availability = await api.availability(options);
  } catch {
    return null; // the language is not supported
  }
  if (availability !== 'available') return null;
  const summarizer = await api.create(options);
  try {
    return (await summarizer.summarize(text.slice(0, 12_000))).trim() || null;
  } finally {
    summarizer.destroy?.();
  }
}
