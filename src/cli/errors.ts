// The two ways the CLI fails: bad arguments (exit 2, with the usage) and a file it cannot read
// (exit 1, one line on stderr).

export const USAGE = `Usage:
  ringkas extract PAGE.html[.gz] [--url URL]
  ringkas extract PAGE.html|http://127.0.0.1:PORT/PATH --follow-pages
                                            the article's other pages joined (local files or
                                            loopback URLs only)
  ringkas extract --batch LIST.tsv          one line per page: id<TAB>path<TAB>url
  ringkas summarize --batch TEXTS.jsonl     one line per text: {"id", "paragraphs", "lang"?, "publishedTime"?}
Prints one JSON result per page on stdout.
`;

export class UsageError extends Error {}

export class CliError extends Error {}
