import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../runtime/config';
import { launchRuntime, type Launched } from '../../runtime/launch';
import { DEMO_OPEN311_KEY } from '../../seed/issues';
import { TEST_RATE_LIMITS, TEST_SECRET } from '../helpers/runtime';
import { USERS } from '../../server/domain/account/users';
import { ORG_UNITS } from '../../server/domain/org/org';
import { CULTURE_COURSES } from '../../server/domain/culture/model';
import { ELDER_PROFILES } from '../../server/domain/eldercare/model';
import { ISSUES } from '../../server/domain/issues/model';

/** The demo seed (personas, invented data, the demo Open311 key) never runs in production. */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-prod-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const launch = (production: boolean) =>
  launchRuntime({
    dbFile: path.join(dir, 'hudao.sqlite'),
    tokenSecret: TEST_SECRET,
    demoLogin: false,
    production,
    rateLimits: TEST_RATE_LIMITS,
    log: () => undefined,
  });

async function postWithDemoKey(rt: Launched) {
  const body = new URLSearchParams({
    api_key: DEMO_OPEN311_KEY,
    service_code: 'flyers',
    address_string: '万安一路6号',
    description: '楼道里贴满了小广告',
  });
  return fetch(`${rt.url}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

it('reads NODE_ENV=production as production, with demo login off', () => {
  const config = readConfig({ NODE_ENV: 'production', HUDAO_DB: path.join(dir, 'x.sqlite'), TOKEN_SECRET: 's' });
  expect(config.production).toBe(true);
  expect(config.demoLogin).toBe(false);
  expect(readConfig({ HUDAO_DB: path.join(dir, 'x.sqlite'), TOKEN_SECRET: 's' }).production).toBe(false);
});

it('reads rate limits and backup settings, refusing nonsense with the variable named', () => {
  const base = { HUDAO_DB: path.join(dir, 'x.sqlite'), TOKEN_SECRET: 's' };
  expect(readConfig(base)).toMatchObject({
    rateLimits: { login: 20, public: 120 },
    backupKeep: 7,
    backupIntervalMinutes: 0,
    backupDir: path.join(dir, 'backups'),
  });
  expect(
    readConfig({
      ...base,
      RATE_LIMIT_LOGIN: 'off',
      RATE_LIMIT_PUBLIC: '500',
      BACKUP_INTERVAL_MINUTES: '60',
      BACKUP_KEEP: '30',
    }),
  ).toMatchObject({
    rateLimits: { login: false, public: 500 },
    backupIntervalMinutes: 60,
    backupKeep: 30,
  });
  expect(() => readConfig({ ...base, RATE_LIMIT_LOGIN: 'many' })).toThrow('RATE_LIMIT_LOGIN');
  expect(() => readConfig({ ...base, BACKUP_KEEP: '0' })).toThrow('BACKUP_KEEP');
});

it('a production runtime on a fresh store seeds no personas, no demo data and refuses the demo Open311 key', async () => {
  const rt = await launch(true);
  try {
    expect(rt.seeded).toBe(false);
    expect(await rt.deps.store.count(USERS, {})).toBe(0);
    expect(await rt.deps.store.count(ORG_UNITS, {})).toBe(0);
    expect(await rt.deps.store.count(ISSUES, {})).toBe(0);
    expect(await rt.deps.store.count(ELDER_PROFILES, {})).toBe(0);
    expect(await rt.deps.store.count(CULTURE_COURSES, {})).toBe(0);
    // Configuration a real deployment needs is there: the issue categories.
    const services = await (await fetch(`${rt.url}/open311/v2/services.json`)).json();
    expect(services.length).toBeGreaterThan(0);
    const reply = await postWithDemoKey(rt);
    expect(reply.status).toBe(403);
  } finally {
    await rt.close();
  }
});

it('a store once seeded for the demo stops accepting the demo key when started in production', async () => {
  const demo = await launch(false);
  expect(demo.seeded).toBe(true);
  expect((await postWithDemoKey(demo)).status).toBe(201);
  await demo.close();

  const prod = await launch(true);
  try {
    expect((await postWithDemoKey(prod)).status).toBe(403);
  } finally {
    await prod.close();
  }
});
