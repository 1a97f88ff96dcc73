// A recording HTTP proxy on 127.0.0.1, for the Firefox network-silence test: Firefox is told to
// send every request through it (loopback included), so it sees everything the browser fetches,
// the extension's pages, background and content scripts included. It forwards requests for
// loopback hosts and refuses every other (CONNECT tunnels too), after writing each one down.
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
}

export interface RecordingProxy {
  port: number;
  requests: Recorded[];
  /** Firefox preferences that send every request through the proxy. */
  prefs: Record<string, unknown>;
  close: () => Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export function recordingProxy(): Promise<RecordingProxy> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push({ method: req.method ?? '', url });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!LOOPBACK.has(target.hostname)) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const upstream = forward(
      target,
      { method: req.method, headers: { ...req.headers, connection: 'close' } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        requests,
        prefs: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': port,
          'network.proxy.share_proxy_settings': true,
          'network.proxy.no_proxies_on': '',
          // Loopback goes through the proxy too, so the fixture server's requests are seen.
          'network.proxy.allow_hijacking_localhost': true,
          // Firefox's own Remote Settings sync (blocklists, at add-on install and after) is the
          // browser's traffic, not ours: pointed nowhere, as Mozilla's own test harness does, so
          // that the proxy's log holds nothing but what the session caused.
          'services.settings.server': 'data:,#remote-settings-dummy/v1',
        },
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
