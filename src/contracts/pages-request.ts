// How the extension asks content/pages.js for an article's further pages (issue 12): pages.js
// leaves a loader under this key, and the extension calls it once per address, found in the
// extension on page one's parsed markup. The name of a registry symbol (Symbol.for), out of reach
// of elements named after it.
export const PAGES_REQUEST_KEY = 'ringkas.pagesRequest';
