import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG, type Deps } from '../../server/core/action';
import { AdjustableClock } from '../../server/core/clock';
import { isDue, runDueJobs, type Job } from '../../server/jobs';
import { account } from '../../server/functions/account';
import { createMain, payloadFromEvent } from '../../server/platform/cloudbase';
import { identityFromContext } from '../../server/platform/cloudbase-container';
import { createTimerMain } from '../../server/platform/cloudbase-timers';
import { SqliteStore } from '../../server/store/sqlite';
import { USERS } from '../../server/domain/account/users';

/*
 * The CloudBase entry points with injected deps (a temp SQLite store): the
 * caller comes from WX_OPENID in the platform context/environment, never from
 * the event, and the answer is always an envelope.
 */
let dir: string;
let deps: Deps;
const saved = { keys: process.env.WX_CONTEXT_KEYS, openid: process.env.WX_OPENID };
const logged: unknown[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dqej-entry-'));
  deps = {
    store: new SqliteStore(path.join(dir, 'db.sqlite')),
    clock: new AdjustableClock(),
    config: DEFAULT_CONFIG,
    log: (e) => logged.push(e),
  };
  delete process.env.WX_CONTEXT_KEYS;
  delete process.env.WX_OPENID;
  logged.length = 0;
});
afterEach(async () => {
  await deps.store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.env.WX_CONTEXT_KEYS = saved.keys;
  process.env.WX_OPENID = saved.openid;
  if (saved.keys === undefined) delete process.env.WX_CONTEXT_KEYS;
  if (saved.openid === undefined) delete process.env.WX_OPENID;
});

const signIn = (openid: string) => {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID';
  process.env.WX_OPENID = openid;
};

describe('createMain', () => {
  test('reads the caller from WX_OPENID and dispatches to the action', async () => {
    signIn('wx-entry-0001');
    const main = createMain('account', account, { deps });
    const reply = await main({ action: 'me', userInfo: { openId: 'wx-entry-0001', appId: 'wx123' } }, undefined);
    expect(reply).toMatchObject({ ok: true, data: { openid: 'wx-entry-0001' } });
    expect(await deps.store.get(USERS, 'wx-entry-0001')).not.toBeNull();
  });

  test('the context of the invocation wins over the environment', async () => {
    signIn('wx-env-openid');
    const context = { environment: JSON.stringify({ WX_OPENID: 'wx-ctx-openid', WX_CONTEXT_KEYS: 'WX_OPENID' }) };
    const reply = await createMain('account', account, { deps })({ action: 'me' }, context);
    expect(reply).toMatchObject({ ok: true, data: { openid: 'wx-ctx-openid' } });
  });

  test('without WX_OPENID the caller is anonymous, whatever the event claims', async () => {
    const main = createMain('account', account, { deps });
    expect(await main({ action: 'me', openid: 'spoofed', userInfo: { openId: 'spoofed' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await main({ action: 'ping' }, undefined)).toMatchObject({ ok: true, data: { pong: true } });
  });

  test('bad requests and failing deps come back as envelopes, never as throws', async () => {
    expect(await createMain('account', account, { deps })(null, undefined)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await createMain('account', account, { deps })({ action: 'x' }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const broken = createMain('account', account, {
      deps: () => {
        throw new Error('no database');
      },
    });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await broken({ action: 'ping' }, undefined)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.any(String) },
    });
    spy.mockRestore();
  });

  test('payloadFromEvent drops only what WeChat adds', () => {
    expect(payloadFromEvent({ action: 'a', userInfo: { openId: 'x' }, n: 1 })).toEqual({ action: 'a', n: 1 });
    expect(payloadFromEvent('text')).toBe('text');
  });

  test('identityFromContext ignores a context the SDK cannot parse', () => {
    signIn('wx-fallback');
    expect(identityFromContext({ unexpected: true })).toEqual({ openid: 'wx-fallback' });
    delete process.env.WX_OPENID;
    expect(identityFromContext(undefined)).toBeNull();
  });
});

const job = (name: string, everyMinutes: number, run: Job['run']): Job => ({ name, everyMinutes, run });

describe('timers', () => {
  const ok = job('ok', 5, async () => ({ processed: 3 }));
  const failing = job('failing', 5, async () => {
    throw new Error('escalation broke');
  });
  const hourly = job('hourly', 60, async () => ({ processed: 1 }));

  test('one failing job does not stop the others; the error is logged', async () => {
    const summary = await runDueJobs(deps, undefined, { jobs: [failing, ok] });
    expect(summary.ran).toEqual([
      expect.objectContaining({ name: 'failing', ok: false, error: 'escalation broke' }),
      expect.objectContaining({ name: 'ok', ok: true, processed: 3 }),
    ]);
    expect(logged).toHaveLength(1);
  });

  test('isDue: short periods run every tick, an hourly job once an hour', () => {
    expect(isDue(ok, new Date('2025-03-01T10:07:00Z'))).toBe(true);
    expect(isDue(hourly, new Date('2025-03-01T10:03:00Z'))).toBe(true);
    expect(isDue(hourly, new Date('2025-03-01T10:05:00Z'))).toBe(false);
    expect(isDue(hourly, new Date('2025-03-01T10:59:59Z'))).toBe(false);
  });

  test('named jobs run now, due or not; unknown names are reported', async () => {
    const summary = await runDueJobs(deps, ['hourly', 'missing'], { jobs: [ok, hourly] });
    expect(summary.ran.map((r) => r.name)).toEqual(['hourly']);
    expect(summary.skipped).toEqual(['ok', 'missing']);
  });

  test('the timer entry runs jobs for the trigger and refuses mini-program callers', async () => {
    const main = createTimerMain({ deps, jobs: [ok] });
    expect(await main({ Type: 'Timer', TriggerName: 'every5min' }, undefined)).toMatchObject({
      ran: [{ name: 'ok', ok: true }],
    });
    signIn('wx-curious-user');
    expect(await main({ jobs: ['ok'] }, undefined)).toMatchObject({ ok: false });
  });
});
