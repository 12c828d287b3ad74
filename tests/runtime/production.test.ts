import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../runtime/config';
import { launchRuntime, type Launched } from '../../runtime/launch';
import { DEMO_OPEN311_KEY } from '../../seed/issues';
import { TEST_RATE_LIMITS, TEST_SECRET } from '../helpers/runtime';

/** The demo seed (personas, invented data, the demo Open311 key) never runs in production. */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-prod-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const launch = (production: boolean) =>
  launchRuntime({ dbFile: path.join(dir, 'hudao.sqlite'), tokenSecret: TEST_SECRET, demoLogin: false, production, rateLimits: TEST_RATE_LIMITS, log: () => undefined });

async function postWithDemoKey(rt: Launched) {
  const body = new URLSearchParams({ api_key: DEMO_OPEN311_KEY, service_code: 'flyers', address_string: '万安一路6号', description: '楼道里贴满了小广告' });
  return fetch(`${rt.url}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
}

it('reads NODE_ENV=production as production, with demo login off', () => {
  const config = readConfig({ NODE_ENV: 'production', HUDAO_DB: path.join(dir, 'x.sqlite'), TOKEN_SECRET: 's' });
  expect(config.production).toBe(true);
  expect(config.demoLogin).toBe(false);
  expect(readConfig({ HUDAO_DB: path.join(dir, 'x.sqlite'), TOKEN_SECRET: 's' }).production).toBe(false);
});

it('a production runtime on a fresh store seeds no personas, no demo data and refuses the demo Open311 key', async () => {
  const rt = await launch(true);
  try {
    expect(rt.seeded).toBe(false);
    expect(await rt.deps.store.count('users', {})).toBe(0);
    expect(await rt.deps.store.count('org_units', {})).toBe(0);
    expect(await rt.deps.store.count('issues', {})).toBe(0);
    expect(await rt.deps.store.count('elder_profiles', {})).toBe(0);
    expect(await rt.deps.store.count('culture_courses', {})).toBe(0);
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
