// Pathological pages, generated in memory (never committed): shared by the core suite and the
// browser suite. Each must end with a clear result in bounded time.

export interface PathologicalPage {
  name: string;
  description: string;
  /** The page as parsed by the core tests (linkedom keeps any depth). */
  html: () => string;
  /** The page as served to the browser (may build itself with a script). */
  browserHtml: () => string;
  /** What readPage must answer on `html`, or null when only the browser can show the case. */
  coreReason: 'too-large' | 'not-article' | null;
  /** The popup states that count as a clear answer in the browser. */
  browserStates: string[];
}

const SENTENCE =
  'The harbour city switched on its first movable flood barrier on Thursday morning after a decade of planning. ';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pathological page</title>${head}</head><body>${body}</body></html>`;
}

/**
 * About 50 MB of article text in ordinary paragraphs. `hidden` wraps the bulk for the browser:
 * laying out 50 MB of visible text takes Chromium half a minute on a 2-core machine before Ringkas
 * is even asked; hidden, the page is just as large to read and the test measures Ringkas.
 */
function hugeHtml(hidden = false): string {
  const paragraph = `<p>${SENTENCE.repeat(40)}</p>\n`;
  const bulk = paragraph.repeat(Math.ceil(50_000_000 / paragraph.length));
  return page(
    `<article><h1>A very long page</h1><p>${SENTENCE.repeat(5)}</p>${hidden ? `<div hidden>${bulk}</div>` : bulk}</article>`,
  );
}

function manyElementsHtml(hidden = false): string {
  const bulk = '<span>x</span>'.repeat(200_000);
  return page(
    `<article><h1>Many elements</h1><p>${SENTENCE.repeat(5)}</p>${hidden ? `<div hidden>${bulk}</div>` : bulk}</article>`,
  );
}

function deepHtml(): string {
  return page(`${'<div>'.repeat(10_000)}<p>${SENTENCE.repeat(5)}</p>${'</div>'.repeat(10_000)}`);
}

/**
 * Browsers cap the parser's nesting (Chromium at 512), so the browser page builds its depth itself,
 * out of the layout (Chromium's renderer crashes laying out 10,000 levels, before Ringkas is asked).
 */
function deepBuiltHtml(): string {
  return page(
    `<p>${SENTENCE}</p><script>
      const root = document.createElement('div');
      root.style.display = 'none';
      document.body.appendChild(root);
      let node = root;
      for (let i = 0; i < 10000; i++) { const div = document.createElement('div'); node.appendChild(div); node = div; }
      const p = document.createElement('p'); p.textContent = ${JSON.stringify(SENTENCE.repeat(5))}; node.appendChild(p);
    </script>`,
  );
}

function rewritingHtml(): string {
  return page(
    `<article><h1>A page that never stops</h1><p>${SENTENCE.repeat(5)}</p></article><script>
      let n = 0;
      setInterval(() => {
        n++;
        const article = document.createElement('article');
        const h1 = document.createElement('h1');
        h1.textContent = 'Rewrite ' + n;
        article.append(h1);
        for (let i = 0; i < 20; i++) { const p = document.createElement('p'); p.textContent = ${JSON.stringify(SENTENCE.repeat(3))} + n; article.append(p); }
        document.body.replaceChildren(article);
      }, 1);
    </script>`,
  );
}

function emptyHtml(): string {
  return page(
    '<div class="wrapper"><div class="hero"><img src="media/photo-1.png" alt=""></div><div></div><nav></nav></div>',
  );
}

export const PATHOLOGICAL_PAGES: PathologicalPage[] = [
  {
    name: 'huge',
    description: '50 MB of HTML',
    html: () => hugeHtml(),
    browserHtml: () => hugeHtml(true),
    coreReason: 'too-large',
    browserStates: ['too-large'],
  },
  {
    name: 'many-elements',
    description: '200,000 elements',
    html: () => manyElementsHtml(),
    browserHtml: () => manyElementsHtml(true),
    coreReason: 'too-large',
    browserStates: ['too-large'],
  },
  {
    name: 'deep',
    description: '10,000-deep nesting in the markup',
    html: deepHtml,
    browserHtml: deepHtml,
    coreReason: 'too-large',
    browserStates: ['too-large', 'not-article', 'article'],
  },
  {
    name: 'deep-built',
    description: '10,000-deep nesting built by a script',
    html: deepHtml,
    browserHtml: deepBuiltHtml,
    coreReason: 'too-large',
    browserStates: ['too-large'],
  },
  {
    name: 'rewriting',
    description: 'a page that rewrites itself every millisecond',
    html: rewritingHtml,
    browserHtml: rewritingHtml,
    coreReason: null,
    browserStates: ['article', 'not-article'],
  },
  {
    name: 'empty',
    description: 'a page with no text',
    html: emptyHtml,
    browserHtml: emptyHtml,
    coreReason: 'not-article',
    browserStates: ['not-article'],
  },
];

/** A tiny valid one-page PDF (cross-reference offsets computed). */
export function tinyPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 50 Td (Ringkas test) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

/** A 1x1 PNG. */
export function tinyPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC',
    'base64',
  );
}

/**
 * Pages under 2 MB built to be slow to read (issue 13, item 17): each must read in well under a
 * second of pipeline time. `npm run bench -- pathological` measures them.
 */
export interface SlowPage {
  name: string;
  html: () => string;
}

const PROSE = `<p>${SENTENCE.repeat(4)}</p>`;
const CAPITALS = 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike ';

export const SLOW_PAGES: SlowPage[] = [
  {
    name: 'br-99k',
    html: () =>
      page(`<article><h1>Breaks</h1>${PROSE}<p>${'word<br>'.repeat(99_000)}</p></article>`),
  },
  {
    name: 'weekday-spaces',
    html: () =>
      page(
        `<article><h1>Spaces</h1>${PROSE}<p>Senin, (${' '.repeat(400_000)}x</p>${PROSE}</article>`,
      ),
  },
  {
    name: 'weekday-urls',
    html: () =>
      page(
        `<article><h1>Links</h1>${PROSE}${`<p>Monday https://example.com/${'a/'.repeat(300)} and Senin me@example.com ${'b'.repeat(200)}.</p>`.repeat(400)}</article>`,
      ),
  },
  {
    name: 'nested-b-50k',
    html: () =>
      page(
        `<article><h1>Nested</h1>${PROSE}<p>${'<b>x '.repeat(50_000)}${'</b>'.repeat(50_000)}</p></article>`,
      ),
  },
  {
    name: 'tiny-paragraphs-5k',
    html: () => page(`<article><h1>Tiny</h1>${PROSE}${'<p>Ya.</p>'.repeat(5_000)}</article>`),
  },
  {
    name: 'capitalised-runs',
    html: () =>
      page(`<article><h1>Capitals</h1>${PROSE}<p>${CAPITALS.repeat(20_000)}.</p></article>`),
  },
  {
    name: 'capitalised-sentences',
    html: () =>
      page(
        `<article><h1>Capitals</h1>${PROSE}${`<p>${CAPITALS.repeat(40)}said.</p>`.repeat(300)}</article>`,
      ),
  },
  {
    name: 'unclosed-quotes',
    html: () =>
      page(
        `<article><h1>Quotes</h1>${PROSE}<p>${'\u201cHe said so, '.repeat(60_000)}</p></article>`,
      ),
  },
  {
    name: 'dates-100k',
    html: () =>
      page(`<article><h1>Dates</h1>${PROSE}<p>${'Senin (1/12/25) '.repeat(100_000)}</p></article>`),
  },
];
