// What the extension asks content/pages.js for (issue 12): the addresses of an article's further
// pages, found in the extension on page one's parsed markup. The name of a registry symbol
// (Symbol.for), out of reach of elements named after it.
export const PAGES_REQUEST_KEY = 'ringkas.pagesRequest';
