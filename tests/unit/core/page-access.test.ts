import { describe, expect, it } from 'vitest';
import {
  classifyInjectionError,
  classifyPageUrl,
  isHtmlContentType,
} from '../../../src/core/page-access';

describe('classifyPageUrl', () => {
  it.each([
    ['https://habarterkini.net/2025/12/01/pemkab-balangan/', 'readable'],
    ['http://127.0.0.1:8080/seed-page.html', 'readable'],
    ['https://example.com/reports/2024.pdf.html', 'readable'],
    ['chrome://settings', 'forbidden'],
    ['chrome-extension://abc/popup.html', 'forbidden'],
    ['moz-extension://abc/popup.html', 'forbidden'],
    ['about:blank', 'forbidden'],
    ['view-source:https://example.com/', 'forbidden'],
    ['edge://flags', 'forbidden'],
    ['https://chromewebstore.google.com/detail/x/abc', 'forbidden'],
    ['https://chrome.google.com/webstore/detail/x', 'forbidden'],
    ['https://chrome.google.com/search', 'readable'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'forbidden'],
    ['https://example.com/report.pdf', 'not-html'],
    ['https://example.com/photo.JPG', 'not-html'],
    ['ftp://example.com/file', 'forbidden'],
    ['not a url', 'unknown'],
    [undefined, 'unknown'],
  ])('%s -> %s', (url, access) => {
    expect(classifyPageUrl(url)).toBe(access);
  });
});

describe('classifyInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'forbidden'],
    [
      'Cannot access contents of url "https://chromewebstore.google.com/". Extension manifest must request permission to access this host.',
      'forbidden',
    ],
    ['The extensions gallery cannot be scripted.', 'forbidden'],
    ['Missing host permission for the tab', 'forbidden'],
    ['No tab with id: 42.', 'unknown'],
    ['Frame with ID 0 was removed.', 'unknown'],
  ])('%s -> %s', (message, access) => {
    expect(classifyInjectionError(message)).toBe(access);
  });
});

describe('isHtmlContentType', () => {
  it.each([
    ['text/html', true],
    ['application/xhtml+xml', true],
    ['application/pdf', false],
    ['text/plain', false],
    ['image/png', false],
    ['', true],
  ])('%s -> %s', (type, html) => {
    expect(isHtmlContentType(type)).toBe(html);
  });
});
