import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

/** A raw GET: the body as sent on the wire (not decoded), with the headers. */
function get(
  url: string,
  encoding: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

const SCRIPT = `console.log(${JSON.stringify('党群e家 '.repeat(2000))});\n`;
let dir: string;
let rt: RunningRuntime;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-'));
  fs.mkdirSync(path.join(dir, 'js'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><script defer src="/js/app.7a2c4746.js"></script></head><body>${'<!-- shell -->'.repeat(100)}</body></html>`,
  );
  fs.writeFileSync(path.join(dir, 'js', 'app.7a2c4746.js'), SCRIPT);
  rt = await startRuntime({ staticDir: dir });
});
afterAll(async () => {
  await rt?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the H5 app on the wire', () => {
  it('sends hashed scripts brotli-compressed, cached for a year as immutable', async () => {
    const res = await get(`${rt.url}/js/app.7a2c4746.js`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);
  });

  it('falls back to gzip for a browser without brotli, and to plain for none', async () => {
    const gz = await get(`${rt.url}/js/app.7a2c4746.js`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get(`${rt.url}/js/app.7a2c4746.js`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('has every load revalidate index.html and the app shell of page paths', async () => {
    for (const url of ['/', '/index.html', '/pages/messages/index']) {
      const res = await get(`${rt.url}${url}`, 'br');
      expect({ url, status: res.status, cache: res.headers['cache-control'] }).toEqual({
        url,
        status: 200,
        cache: 'no-cache',
      });
    }
  });
});
