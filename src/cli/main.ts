// The Ringkas CLI, for people and for measurement. One JSON result on stdout per page.
//   npm run --silent cli -- extract PAGE.html[.gz] [--url URL]
//   npm run --silent cli -- extract PAGE.html|http://127.0.0.1:PORT/PATH --follow-pages
//   npm run --silent cli -- extract --batch LIST.tsv          (id<TAB>path<TAB>url per line)
//   npm run --silent cli -- summarize --batch TEXTS.jsonl     ({"id","paragraphs",...} per line)
// Exit codes: 0 done; 1 a page or list it cannot read (one line on stderr); 2 bad arguments.
// Commands load their modules (DOM, jsdom, the digest) only when they run, so a usage error is quick.
import { CliError, UsageError, USAGE } from './errors';

interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string>;
}

const FLAGS_WITH_VALUE = new Set(['--url', '--batch']);
const BOOLEAN_FLAGS = new Set(['--follow-pages']);

function parseArgs(argv: string[]): Parsed {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (BOOLEAN_FLAGS.has(name) && inline === undefined) {
        flags.set(name, 'true');
        continue;
      }
      if (!FLAGS_WITH_VALUE.has(name)) throw new UsageError(`Unknown option ${name}.`);
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
      flags.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  return { command, positional, flags };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const batch = args.flags.get('--batch');
  switch (args.command) {
    case 'extract':
      if (batch) {
        if (args.positional.length || args.flags.has('--url') || args.flags.has('--follow-pages'))
          throw new UsageError('--batch takes no page, no --url and no --follow-pages.');
        return (await import('./extract-command')).extractBatchCommand(batch);
      }
      if (args.positional.length !== 1)
        throw new UsageError('extract needs one page (or --batch LIST.tsv).');
      if (args.flags.has('--follow-pages'))
        return (await import('./extract-command')).extractFollowingCommand(
          args.positional[0]!,
          args.flags.get('--url'),
        );
      return (await import('./extract-command')).extractCommand(
        args.positional[0]!,
        args.flags.get('--url'),
      );
    case 'summarize':
      if (!batch || args.positional.length || args.flags.has('--url'))
        throw new UsageError('summarize needs --batch TEXTS.jsonl.');
      return (await import('./summarize-command')).summarizeBatchCommand(batch);
    default:
      throw new UsageError(args.command ? `Unknown command "${args.command}".` : '');
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    if (error.message) process.stderr.write(`ringkas: ${error.message}\n`);
    process.stderr.write(USAGE);
    process.exitCode = 2;
  } else if (error instanceof CliError) {
    process.stderr.write(`ringkas: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    // Never a stack trace: one line a person can act on.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ringkas: unexpected error: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  }
}
