// `summarize --batch TEXTS.jsonl`: the digest (sentences, summary, facts) of ready paragraphs.
import { analyze } from '../core/analyze';
import { nodeTaggers } from './ner-models';
import { readTextFile } from './read-input';

interface TextInput {
  id: string;
  paragraphs: string[];
  lang?: string;
  publishedTime?: string;
}

function parseLine(line: string): TextInput | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'Not a JSON line.';
  }
  if (!value || typeof value !== 'object') return 'Not a JSON object.';
  const obj = value as Record<string, unknown>;
  if (!Array.isArray(obj['paragraphs']) || !obj['paragraphs'].every((p) => typeof p === 'string'))
    return 'Expected "paragraphs": an array of strings.';
  return {
    id: String(obj['id'] ?? ''),
    paragraphs: obj['paragraphs'] as string[],
    ...(typeof obj['lang'] === 'string' ? { lang: obj['lang'] } : {}),
    ...(typeof obj['publishedTime'] === 'string' ? { publishedTime: obj['publishedTime'] } : {}),
  };
}

export function summarizeBatchCommand(listFile: string): number {
  const lines = readTextFile(listFile).split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const input = parseLine(line);
    if (typeof input === 'string') {
      let id = `line ${index + 1}`;
      try {
        id = String((JSON.parse(line) as { id?: unknown }).id ?? id);
      } catch {
        // keep the line number as the id
      }
      process.stdout.write(`${JSON.stringify({ id, error: input })}\n`);
      continue;
    }
    const start = performance.now();
    try {
      const digest = analyze(input.paragraphs, {
        lang: input.lang ?? null,
        publishedTime: input.publishedTime ?? null,
        taggers: nodeTaggers(),
      });
      const ms = Math.round((performance.now() - start) * 100) / 100;
      const { top: _top, ...facts } = digest.facts;
      process.stdout.write(
        `${JSON.stringify({ id: input.id, ms, sentences: digest.sentences, summary: digest.summary, facts })}\n`,
      );
    } catch {
      process.stdout.write(
        `${JSON.stringify({ id: input.id, error: 'Ringkas could not summarise this text.' })}\n`,
      );
    }
  }
  return 0;
}
