// Injected with scripting.executeScript({files: ['content/read.js']}) into the tab to read. It
// hands back the page's markup, and the extension extracts the article from that in its own
// context (src/core/read-markup.ts), where its code is compiled once and cached: this script
// stays small, since an injected file is compiled afresh in every tab. The page is never
// touched. Its result is the value of the script (see the build's footer).
import { pageMarkup } from './page-markup';

export const result = pageMarkup(document, location.href);
