// Bytes of a page to a string, by the charset the page declares (BOM, then <meta charset>,
// then <meta http-equiv content-type>), UTF-8 when it says nothing or names an unknown one.

const SNIFF_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i;

function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const match = META_CHARSET.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

export function decodeHtml(bytes: Uint8Array): string {
  const charset = declaredCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown or misspelt label: the web's default for such pages is UTF-8.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
