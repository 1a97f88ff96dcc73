// The library's own address: `library.html#article=<id>` opens one saved article. A hand-edited
// or truncated address ("%E0%A4%A") is a bad address the page says so about, never a throw.
export type ArticleAddress = { kind: 'none' } | { kind: 'article'; id: string } | { kind: 'bad' };

export function articleAddress(hash: string): ArticleAddress {
  const match = /^#article=(.*)$/s.exec(hash);
  if (!match) return { kind: 'none' };
  try {
    const id = decodeURIComponent(match[1]!);
    return id ? { kind: 'article', id } : { kind: 'bad' };
  } catch {
    return { kind: 'bad' };
  }
}
