// The hostile-page fixtures (tests/fixtures/hostile/*.html): realistic articles with payloads in
// their bodies. Shared by the core suite (tests/unit/hostile) and the browser suite
// (tests/e2e/hostile.test.ts).

export interface HostileCase {
  name: string;
  file: string;
  /** What the popup may show: an article, or no article for a page whose only text is not one. */
  states: ('article' | 'not-article')[];
  /** A sentence of the article that must survive (proves the payloads sat inside real content). */
  keeps?: string;
  /** What the page throws at the reader. */
  payloads: string;
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'event handlers',
    file: 'handlers.html',
    states: ['article'],
    keeps: 'Engineers said the barrier can close in eleven minutes',
    payloads:
      'on* attributes on p, a, img (upper case, slash- and space-separated), figure, figcaption, details/summary, div (tabindex), blockquote, table/caption/th/td, ul/li, em, strong, span, video, audio, marquee, section, h2, picture/source, time, a custom element, a second <body>',
  },
  {
    name: 'script URLs',
    file: 'urls.html',
    states: ['article'],
    keeps: 'Borrowers take a packet of beans',
    payloads:
      'javascript: (plain, mixed case, decimal and hex entities, &colon;, tab/newline/CR/&Tab; inside, leading control characters, zero-padded entity), vbscript:, data:text/html (plain, base64, spaced), data:image/svg+xml links, img src javascript:/data:text/html/data:svg, srcset with a javascript: candidate, blockquote/q cite, file:, blob:, filesystem:, area href, xlink:href on a',
  },
  {
    name: 'frames and embeds',
    file: 'frames.html',
    states: ['article'],
    keeps: 'Night trains will run again on the northern line',
    payloads:
      'iframe srcdoc (script, img onerror), iframe src (video embed, javascript:, data:), object data (data:text/html, flash) with param/embed, embed (svg data:, javascript:), frameset/frame in the body, noframes, portal, applet, fencedframe',
  },
  {
    name: 'frameset document',
    file: 'frameset.html',
    states: ['not-article', 'article'],
    // Chromium parses <noframes> as raw text, which can read as a short article of plain text.
    payloads: 'a whole page made of a frameset with javascript: and data: frames and onload',
  },
  {
    name: 'SVG and MathML',
    file: 'svg-math.html',
    states: ['article'],
    keeps: 'The project cost 312 million euros',
    payloads:
      'svg onload, svg script (inline, href, xlink:href), foreignObject with img onerror and iframe srcdoc, use href to a data: SVG and to a remote sprite, svg a with javascript: (href, xlink:href), animate/set rewriting href and handlers, svg image onerror, svg style @import, xml-events handler, MathML maction/math href javascript:, mtext and annotation-xml with HTML',
  },
  {
    name: 'remote styles',
    file: 'styles.html',
    states: ['article'],
    keeps: 'The scheme costs almost nothing',
    payloads:
      'style element (@import url and string, @font-face, background-image, behavior), style attributes (background, background-image, list-style-image, border-image, mask-image, cursor, content, expression(), -moz-binding), link rel stylesheet/preload/prefetch/dns-prefetch/import, table/td/body background, svg style fill url, input type=image, video poster',
  },
  {
    name: 'meta refresh and base in the body',
    file: 'meta-base.html',
    states: ['article'],
    keeps: 'The operator has bought twenty refurbished sleeper carriages',
    payloads:
      'meta refresh (fragment, javascript:, data:), base href and base target in the body, meta Set-Cookie, meta referrer, link icon; in the head: canonical, og:url and og:image as javascript:, an author with markup',
  },
  {
    name: 'forms and passwords',
    file: 'forms.html',
    states: ['article'],
    keeps: 'The project cost 312 million euros',
    payloads:
      'a login form with a password field posting to another site, a loose password input, button formaction javascript:, a survey form (fieldset, radio, textarea, select, hidden input, submit), isindex, input type=image, keygen, output, datalist, form action javascript: with an autofocus onfocus input',
  },
  {
    name: 'mutation XSS',
    file: 'mxss.html',
    states: ['article'],
    keeps: 'When the village library started lending seeds',
    payloads:
      'math/mtext/table/mglyph/style, form/math/mtext/mglyph/svg (DOMPurify 2.0.17 bypass), math/mtext/h1/a/h6 namespace confusion, noscript title breakout, template, svg/p/style breakouts, math/mi/table/mi/svg/style, xmp, noembed, noframes, textarea, title, select/template, markup in a title attribute, comment and CDATA confusion, processing instruction, listing, table foster parenting',
  },
  {
    name: 'DOM clobbering',
    file: 'clobbering.html',
    states: ['article'],
    keeps: 'The new service will leave the capital at nine in the evening',
    payloads:
      'img/form/embed/object names and ids shadowing document properties (getElementById, createElement, implementation, cloneNode, documentElement, querySelector(All), body, cookie, location, defaultView, forms, images, embeds, plugins, ownerDocument, nodeType, title, head, getElementsByTagName, importNode, createDocumentFragment), form.attributes/nodeName/removeAttribute/setAttribute clobbering, names of DOMPurify and its inputs (DOMPurify, isSupported, removed, DOMParser, trustedTypes)',
  },
  {
    name: 'DOM clobbering of Ringkas globals',
    file: 'clobbering-glue.html',
    states: ['article'],
    keeps: 'Engineers said the barrier can close in eleven minutes',
    payloads:
      'img name="contentType" (document.contentType), ids of the content scripts\' own globals (__ringkasReader, __ringkasReadOptions, __ringkasAuto)',
  },
];
