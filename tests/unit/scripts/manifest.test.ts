// Least privilege, pinned: what each build asks the browser for, and the pages' CSP.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  FIREFOX_MIN_VERSION,
  manifestFor,
  TARGETS,
  TEST_HOSTS,
} from '../../../scripts/manifest.mjs';

const source = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8'),
) as Record<string, unknown>;
const build = (target: string) =>
  manifestFor(source, target, '1.2.3') as Record<string, unknown> & {
    permissions: string[];
    host_permissions?: string[];
    optional_host_permissions: string[];
    content_security_policy: { extension_pages: string };
    background: Record<string, unknown>;
    browser_specific_settings?: { gecko: Record<string, unknown> };
  };

describe('release manifests', () => {
  it.each(['chrome', 'firefox'])(
    '%s asks for exactly the permissions the features need',
    (target) => {
      const manifest = build(target);
      // activeTab+scripting: read the tab the reader clicked on; storage: settings; contextMenus:
      // "Read with Ringkas" and "Save to library" in the page and link menus.
      expect([...manifest.permissions].sort()).toEqual([
        'activeTab',
        'contextMenus',
        'scripting',
        'storage',
      ]);
      expect(manifest.host_permissions).toBeUndefined();
      // Sites for reading mode are asked for one by one, when the reader adds them.
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      // Pages may load only the legible font the in-page reader uses (issue 15, item 5), under a
      // per-session address where the browser has one.
      expect(manifest.web_accessible_resources).toEqual([
        { resources: ['fonts/*.woff2'], matches: ['<all_urls>'], use_dynamic_url: true },
      ]);
      expect(manifest).not.toHaveProperty('externally_connectable');
      expect(manifest).not.toHaveProperty('content_scripts');
    },
  );

  it('has a strict CSP for extension pages', () => {
    const csp = build('chrome').content_security_policy.extension_pages;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    // The background fetches the images of a saved article to keep them (issue 16), from any
    // site, and only with the host access the reader granted (optional_host_permissions).
    expect(directives['connect-src']).toEqual(["'self'", 'https:', 'http:']);
    expect(csp).not.toMatch(
      /unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:\/\/[^\s;]*\*|\bblob:/,
    );
  });

  it('gives Chrome a service worker and Firefox background scripts with gecko settings', () => {
    expect(build('chrome').background).toEqual({ service_worker: 'background.js' });
    const firefox = build('firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      id: expect.stringMatching(/@/),
      strict_min_version: '153.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(build('chrome')).not.toHaveProperty('browser_specific_settings');
  });

  it('asks Firefox for the version the browser tests run on', () => {
    expect(FIREFOX_MIN_VERSION).toBe('153.0');
    expect(build('test-firefox').browser_specific_settings?.gecko).toEqual(
      build('firefox').browser_specific_settings?.gecko,
    );
  });

  it('suggests a reader shortcut that is none of the browsers own reader keys', () => {
    const suggested = (
      source.commands as Record<string, { suggested_key: Record<string, string> }>
    )['toggle-reader']!.suggested_key;
    // Firefox opens its Reader View with F9 (Windows) and Ctrl+Alt+R (Linux, macOS as Cmd+Alt+R).
    for (const key of Object.values(suggested)) {
      expect(['F9', 'Ctrl+Alt+R', 'Command+Alt+R', 'MacCtrl+Alt+R']).not.toContain(key);
    }
    expect(suggested.default).toBe('Alt+Shift+R');
  });

  it('adds loopback hosts only to the test builds', () => {
    expect(TARGETS).toEqual(expect.arrayContaining(['test', 'test-firefox']));
    expect(build('test').host_permissions).toEqual(TEST_HOSTS);
    expect(build('test-firefox').host_permissions).toEqual(TEST_HOSTS);
    expect(build('test-firefox').background).toEqual({ scripts: ['background.js'] });
    expect(TEST_HOSTS.every((host) => /^http:\/\/(127\.0\.0\.1|localhost)\//.test(host))).toBe(
      true,
    );
  });
});
