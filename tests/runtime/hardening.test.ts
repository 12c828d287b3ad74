import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { RequestLogLine } from '../../runtime/request-log';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

/** A raw GET: fetch() would normalise "/media/../x" before sending it. */
function rawGet(
  url: string,
  target: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const STACK = /\bat .+[.](ts|js):\d+|Error:/;

describe('hardening of the runtime edge', () => {
  let rt: RunningRuntime;
  let dir: string;
  const lines: RequestLogLine[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-harden-'));
    fs.mkdirSync(path.join(dir, 'media'));
    fs.writeFileSync(path.join(dir, 'media', 'clip.txt'), 'media file');
    fs.writeFileSync(path.join(dir, 'secret.json'), '{"name":"dangqun-secret"}');
    rt = await startRuntime({
      mediaDir: path.join(dir, 'media'),
      requestLog: (line) => lines.push(line),
      log: (err) => errors.push(err),
    });
  });
  afterAll(async () => {
    await rt.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The log lines of one route pattern, waiting for the first: onResponse runs after the reply is sent. */
  async function linesFor(route?: string): Promise<RequestLogLine[]> {
    const matching = () => lines.filter((l) => route === undefined || l.route === route);
    for (let i = 0; i < 1000 && matching().length === 0; i++) await new Promise((r) => setImmediate(r));
    return matching();
  }

  describe('bad /media paths', () => {
    it.each([
      '/media/../secret.json',
      '/media/%2e%2e/secret.json',
      '/media/..%2fsecret.json',
      '/media/%2e%2e%2fsecret.json',
      '/media/sub/../../secret.json',
      '/media/../../package.json',
      '/media/%00',
      '/media/%E0%A4',
    ])('%s is refused without leaking a file, a stack or an INTERNAL error', async (target) => {
      lines.length = 0;
      errors.length = 0;
      const reply = await rawGet(rt.url, target);
      expect([400, 403, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('dangqun');
      expect(reply.body).not.toContain('INTERNAL');
      expect(reply.body).not.toMatch(STACK);
      // One short log line for it, and nothing through the error log (which prints stacks).
      const logged = await linesFor();
      expect(logged).toHaveLength(1);
      expect(logged[0]).toEqual(
        expect.objectContaining({ status: reply.status, note: expect.stringMatching(/^bad_(path|url)$/) }),
      );
      expect(JSON.stringify(logged[0]).length).toBeLessThan(400);
      expect(errors).toEqual([]);
    });

    it('still serves a real media file', async () => {
      const reply = await rawGet(rt.url, '/media/clip.txt');
      expect(reply.status).toBe(200);
      expect(reply.body).toBe('media file');
    });
  });

  describe('Open311 paths decode once', () => {
    it.each([
      '/open311/v2/requests/%25E0%25A4.json',
      '/open311/v2/services/%25E0%25A4.json',
      '/open311/v2/requests/%25.json',
      '/open311/v2/requests/%E0%A4.json',
      '/open311/v2/services/%C3%28.json',
    ])('%s answers 400 or 404 in the Open311 error format', async (target) => {
      errors.length = 0;
      const reply = await rawGet(rt.url, target);
      expect([400, 404]).toContain(reply.status);
      const body = JSON.parse(reply.body);
      expect(body).toEqual([{ code: reply.status, description: expect.any(String) }]);
      expect(errors).toEqual([]);
    });

    it('takes a percent-encoded id literally, once decoded', async () => {
      const reply = await rawGet(rt.url, '/open311/v2/requests/%2541.json');
      expect(reply.status).toBe(404);
    });
  });

  describe('security headers', () => {
    it('sends a content security policy, frame and sniffing protection on every reply', async () => {
      for (const target of ['/api/health', '/open311/v2/services.json', '/media/clip.txt', '/no-such-page']) {
        const { headers } = await rawGet(rt.url, target);
        expect(headers['content-security-policy']).toContain("default-src 'self'");
        expect(headers['content-security-policy']).toContain("script-src 'self'");
        expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(headers['content-security-policy']).toContain("object-src 'none'");
        expect(headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['referrer-policy']).toBe('no-referrer');
        expect(headers['x-powered-by']).toBeUndefined();
      }
    });
  });

  describe('structured request log', () => {
    it('writes one line per function call with id, function, action, roles, status and duration, and no personal data', async () => {
      lines.length = 0;
      const token = await rt.client.login('grid_worker');
      const reply = await fetch(`${rt.url}/api/functions/account`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ action: 'me' }),
      });
      expect(reply.status).toBe(200);
      const requestId = reply.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const [line] = (await linesFor('/api/functions/:name')).filter((l) => l.reqId === requestId);
      expect(line).toEqual({
        time: expect.stringMatching(/Z$/),
        level: 'info',
        reqId: requestId,
        method: 'POST',
        route: '/api/functions/:name',
        fn: 'account',
        action: 'me',
        role: 'resident,grid_staff',
        status: 200,
        ms: expect.any(Number),
      });
      const text = JSON.stringify(lines);
      for (const personal of ['demo-grid-worker', '刘芳', '13800000003', token]) expect(text).not.toContain(personal);
    });

    it('names an anonymous caller and a refused call', async () => {
      lines.length = 0;
      const reply = await fetch(`${rt.url}/api/functions/account`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'me' }),
      });
      expect(reply.status).toBe(401);
      const [line] = await linesFor('/api/functions/:name');
      expect(line).toEqual(expect.objectContaining({ fn: 'account', action: 'me', role: 'anonymous', status: 401 }));
    });

    it('does not log an attacker-chosen action name verbatim', async () => {
      lines.length = 0;
      await fetch(`${rt.url}/api/functions/account`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: '13800000009 王' }),
      });
      const [line] = await linesFor('/api/functions/:name');
      expect(line.action).toBeUndefined();
      expect(JSON.stringify(line)).not.toContain('13800000009');
    });
  });
});

describe('rate limits on login and the public endpoints', () => {
  let rt: RunningRuntime;
  beforeAll(async () => {
    rt = await startRuntime({ rateLimits: { login: 3, public: 4 } });
  });
  afterAll(async () => {
    await rt.close();
  });

  it('refuses the login after the limit with RESOURCE_EXHAUSTED (429)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${rt.url}/api/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ persona: 'resident' }),
      });
      statuses.push(res.status);
      if (res.status === 429)
        expect(await res.json()).toEqual({
          ok: false,
          error: expect.objectContaining({ code: 'RESOURCE_EXHAUSTED', message: expect.stringContaining('秒后再试') }),
        });
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('limits Open311 and answers in its own error format', async () => {
    const statuses: number[] = [];
    let last: unknown;
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${rt.url}/open311/v2/services.json`);
      statuses.push(res.status);
      last = await res.json();
    }
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    expect(last).toEqual([{ code: 429, description: expect.any(String) }]);
  });

  it('keys on the client address: behind a trusted proxy, each forwarded client has its own budget', async () => {
    const proxied = await startRuntime({ rateLimits: { login: 1, public: 1 }, trustProxy: true });
    try {
      const login = (ip: string) =>
        fetch(`${proxied.url}/api/dev/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ persona: 'resident' }),
        }).then((r) => r.status);
      expect(await login('203.0.113.1')).toBe(200);
      expect(await login('203.0.113.1')).toBe(429);
      expect(await login('203.0.113.2')).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('does not limit the app functions, which the burst tests and every page use', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => fetch(`${rt.url}/api/health`)));
    expect(replies.every((r) => r.status === 200)).toBe(true);
  });
});
