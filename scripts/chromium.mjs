// Finds the system Chromium (CHROME_PATH first, then the usual install paths) and serves fixture
// pages on 127.0.0.1. Shared by `npm start`, the browser tests and the browser benchmark.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { delimiter, join, extname, resolve, normalize } from 'node:path';

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];
const FIXED_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.';

export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return FIXED_PATHS.find((path) => existsSync(path)) ?? null;
}

/** Flags for a quiet Chromium on a machine without network (see ../shared/docs/TOOLCHAIN.md). */
export function chromiumArgs(extensionDir, { headless = true } = {}) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headless ? ['--disable-gpu'] : []),
  ];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * The file for a request: `a.html?page=2` is `a@page=2.html` when that exists (pages of one
 * article, tests/fixtures/paged), and a folder is its index.html.
 */
function fileFor(root, path, search) {
  let file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (search) {
    const variant = file.replace(/(\.[a-z]+)?$/, `@${decodeURIComponent(search.slice(1))}$1`);
    if (existsSync(variant)) return variant;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file;
}

/**
 * Serves files from `dir` on 127.0.0.1 (a free port). `routes` maps a path to a function that
 * returns {status, type, body, holdMs?, tail?} for generated pages. Resolves to {url, close, requests}.
 */
export function serveDirectory(dir, routes = {}) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes[path];
    if (route) {
      const route_ = route();
      const { status = 200, type = 'text/html; charset=utf-8', body, headers = {} } = route_;
      res.writeHead(status, { 'content-type': type, ...headers });
      // `holdMs`: send the body, keep the response open that long, then send `tail` (a page
      // still loading, for tests).
      if (route_.holdMs) {
        res.write(body);
        setTimeout(() => res.end(route_.tail ?? ''), route_.holdMs);
        return;
      }
      res.end(body);
      return;
    }
    const file = fileFor(root, path, new URL(req.url ?? '/', 'http://x').search);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        requests,
        // Browsers keep connections alive; close them too, or close() waits for their timeout.
        close: () =>
          new Promise((done) => {
            server.close(() => done(undefined));
            server.closeAllConnections();
          }),
      });
    });
  });
}
