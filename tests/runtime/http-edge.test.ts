import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../runtime/config';
import { signToken } from '../../runtime/token';
import { startRuntime, TEST_SECRET, type RunningRuntime } from '../helpers/runtime';

let rt: RunningRuntime;
let staticDir: string;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-static-'));
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><title>党群e家</title></html>',
  );
  fs.writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1)');
  fs.mkdirSync(path.join(staticDir, 'media'));
  fs.writeFileSync(path.join(staticDir, 'media', 'clip.txt'), 'media file');
  rt = await startRuntime({ staticDir, mediaDir: path.join(staticDir, 'media') });
});
afterAll(async () => {
  await rt.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

async function raw(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  route = '/api/functions/account',
) {
  const res = await fetch(`${rt.url}${route}`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

function expectPlainError(reply: { text: string; body: any }, code: string) {
  expect(reply.body).toEqual({
    ok: false,
    error: expect.objectContaining({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) }),
  });
  expect(reply.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  expect(reply.text).not.toMatch(/stack/i);
}

describe('bad input at the HTTP edge', () => {
  it('answers malformed JSON with INVALID_ARGUMENT', async () => {
    const reply = await raw('{"action": "ping",');
    expect(reply.status).toBe(400);
    expectPlainError(reply, 'INVALID_ARGUMENT');
  });

  it('answers an empty body and a JSON null with INVALID_ARGUMENT', async () => {
    expectPlainError(await raw(''), 'INVALID_ARGUMENT');
    expectPlainError(await raw('null'), 'INVALID_ARGUMENT');
    expectPlainError(await raw('[1,2]'), 'INVALID_ARGUMENT');
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await raw('action=ping', { 'content-type': 'text/plain' });
    expect(reply.status).toBe(415);
    expectPlainError(reply, 'INVALID_ARGUMENT');
  });

  it('refuses a body over 1 MB without reading it all', async () => {
    const big = JSON.stringify({ action: 'ping', padding: 'x'.repeat(1024 * 1024 + 10) });
    const reply = await raw(big);
    expect(reply.status).toBe(413);
    expectPlainError(reply, 'INVALID_ARGUMENT');
  });

  it('answers an unknown function and an unknown action with NOT_FOUND', async () => {
    const fn = await rt.client.call('nosuch', { action: 'ping' });
    expect(fn.status).toBe(404);
    expect(fn.body.error.code).toBe('NOT_FOUND');
    const action = await rt.client.call('account', { action: 'launchRocket' });
    expect(action.status).toBe(404);
    expect(action.body.error.code).toBe('NOT_FOUND');
    const inherited = await rt.client.call('account', { action: 'constructor' });
    expect(inherited.body.error.code).toBe('NOT_FOUND');
  });

  it('explains wrong types field by field', async () => {
    const token = await rt.client.login('district_admin');
    const reply = await rt.client.call(
      'account',
      { action: 'createInvite', binding: { role: 'grid_staff', branchId: 42 } },
      token,
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('INVALID_ARGUMENT');
    expect(reply.body.error.details.issues[0].path).toBe('binding.branchId');
  });

  it('asks for a login when the token is missing, forged, expired or malformed', async () => {
    const missing = await rt.client.call('account', { action: 'me' });
    expect(missing.status).toBe(401);
    expectPlainError({ ...missing, text: JSON.stringify(missing.body) }, 'UNAUTHENTICATED');

    const forged = signToken('another-secret', 'demo-district-admin', new Date()).token;
    const forgedReply = await rt.client.call('account', { action: 'me' }, forged);
    expect(forgedReply.status).toBe(401);
    expect(forgedReply.body.error.message).toContain('无效');

    const expired = signToken(TEST_SECRET, 'demo-resident', new Date(Date.now() - 10 * 24 * 3600_000)).token;
    const expiredReply = await rt.client.call('account', { action: 'me' }, expired);
    expect(expiredReply.status).toBe(401);
    expect(expiredReply.body.error.message).toContain('过期');

    const malformed = await raw(JSON.stringify({ action: 'me' }), {
      'content-type': 'application/json',
      authorization: 'Basic abc',
    });
    expect(malformed.status).toBe(401);
  });

  it('accepts a valid token and never trusts an openid in the body', async () => {
    const token = await rt.client.login('resident');
    const me = await rt.client.call('account', { action: 'me', openid: 'demo-district-admin' }, token);
    expect(me.status).toBe(200);
    expect(me.body.data.openid).toBe('demo-resident');
  });
});

describe('demo login', () => {
  it('lists personas and logs in as a persona or any openid', async () => {
    const personas = await (await fetch(`${rt.url}/api/dev/personas`)).json();
    expect(personas.data.personas.map((p: { id: string }) => p.id)).toContain('grid_worker');
    const token = await rt.client.loginOpenid('wx-someone-new');
    const me = await rt.client.call('account', { action: 'me' }, token);
    expect(me.body.data.roles).toHaveLength(1);
    const unknown = await rt.client.post('/api/dev/login', { persona: 'mayor' });
    expect(unknown.status).toBe(404);
    const bad = await rt.client.post('/api/dev/login', { openid: '../../etc' });
    expect(bad.status).toBe(400);
  });

  it('is off under NODE_ENV=production unless explicitly enabled', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-cfg-'));
    const base = { HUDAO_DB: path.join(tmp, 'x.sqlite') };
    expect(readConfig({ ...base }).demoLogin).toBe(true);
    expect(readConfig({ ...base, NODE_ENV: 'production' }).demoLogin).toBe(false);
    expect(readConfig({ ...base, NODE_ENV: 'production', DEMO_LOGIN: '1' }).demoLogin).toBe(true);
    fs.rmSync(tmp, { recursive: true, force: true });

    const closed = await startRuntime({ demoLogin: false });
    try {
      const reply = await closed.client.post('/api/dev/login', { persona: 'district_admin' });
      expect(reply.status).toBe(404);
      expect((await fetch(`${closed.url}/api/dev/personas`)).status).toBe(404);
    } finally {
      await closed.close();
    }
  });
});

describe('serving the H5 app', () => {
  it('serves files, and the app shell for page paths, but not for unknown API routes', async () => {
    expect(await (await fetch(`${rt.url}/app.js`)).text()).toBe('console.log(1)');
    expect(await (await fetch(`${rt.url}/media/clip.txt`)).text()).toBe('media file');
    const page = await fetch(`${rt.url}/pages/me/index`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('党群e家');
    const api = await fetch(`${rt.url}/api/nothing`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('NOT_FOUND');
  });
});
