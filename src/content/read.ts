// Injected with scripting.executeScript({files: ['content/read.js']}) into the tab to read. It
// hands back the page's markup, and the extension extracts the article from that in its own
// context (src/core/read-markup.ts), where its code is compiled once and cached: this script
// stays small, since an injected file is compiled afresh in every tab. The page is never
// touched. Its result is the value of the script (see the build's footer).
// Scripts and style sheets are left out of the markup (./lean-markup.ts): extraction never reads
// them, and they are often most of the bytes to copy, send and parse.
import { pageMarkup } from './page-markup';
import { leanMarkup } from './lean-markup';

export const result = pageMarkup(document, location.href, leanMarkup);
