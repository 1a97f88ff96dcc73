// The page's markup without what extraction never reads: its scripts (except JSON-LD, which the
// metadata comes from) and its style sheets. They are often most of a page's bytes (inline
// application state, inlined CSS): leaving them out makes the string the read script builds,
// sends and the extension parses smaller. Readability drops both anyway.

/** Whether extraction reads this element: a JSON-LD script (src/core/extract/metadata.ts). */
function kept(el: Element): boolean {
  return el.localName === 'script' && el.getAttribute('type')?.trim().toLowerCase() === LD_JSON;
}
const LD_JSON = 'application/ld+json';

/**
 * `root.outerHTML` with the scripts and style sheets cut out. Each one's own serialisation is
 * found in the whole, in document order, and skipped; one found elsewhere first (the same text
 * in a comment before it) is cut there instead, which changes nothing extraction reads. Reads
 * the page, never writes it.
 */
export function leanMarkup(root: Element): string {
  // Read, never written: the markup goes to a parser in the extension, not into any page.
  // eslint-disable-next-line no-restricted-properties
  const whole = root.outerHTML;
  let lean = '';
  let from = 0;
  for (const el of Array.from(root.querySelectorAll('script, style'))) {
    if (kept(el)) continue;
    // eslint-disable-next-line no-restricted-properties
    const part = el.outerHTML;
    const at = whole.indexOf(part, from);
    if (at < 0) continue;
    lean += whole.slice(from, at);
    from = at + part.length;
  }
  return from ? lean + whole.slice(from) : whole;
}
