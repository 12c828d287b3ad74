import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registry } from '../../server/functions';
import { JOBS } from '../../server/jobs';
import {
  BUNDLE_BUDGET,
  CLOUD_SDK,
  ROOT,
  TIMER_TRIGGER,
  WX_SERVER_SDK,
  WX_SERVER_SDK_VERSION,
  buildFunctions,
  bundleFunction,
  bundleInputs,
  functionSettings,
  type BuiltFunction,
} from '../../scripts/build-functions';

/*
 * Builds every cloud function into a temp dir, then loads each bundle in a
 * plain `node` process where the only resolvable package is @cloudbase/node-sdk
 * (linked in as the cloud's `npm install` would put it), and calls it.
 */
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const rootPkg = readJson(path.join(ROOT, 'package.json'));
let outDir: string;
let built: BuiltFunction[];

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dqej-functions-'));
  built = await buildFunctions(outDir);
}, 60_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/** Runs `call(main)` on the bundle in a fresh node process and returns what it printed. */
function runBundle(dir: string, call: string, extraEnv: Record<string, string> = {}): unknown {
  const link = path.join(dir, 'node_modules', CLOUD_SDK);
  if (!fs.existsSync(link)) {
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', CLOUD_SDK), link, 'dir');
  }
  const script = `const m = require('./index.js');
if (typeof m.main !== 'function') { console.log(JSON.stringify({ noMain: Object.keys(m) })); process.exit(0); }
Promise.resolve(${call}).then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exit(3); });`;
  const env = { PATH: process.env.PATH, HOME: os.tmpdir(), SILENCE: 'true', ...extraEnv };
  const out = execFileSync(process.execPath, ['-e', script], { cwd: dir, env, encoding: 'utf8', timeout: 20_000 });
  return JSON.parse(out.trim().split('\n').pop() ?? 'null');
}

test('one folder per registry function plus timers, notify-sender and content-check', () => {
  expect(built.map((b) => b.name).sort()).toEqual(
    [...Object.keys(registry), 'timers', 'notify-sender', 'content-check'].sort(),
  );
  expect(fs.readdirSync(outDir).sort()).toEqual(built.map((b) => b.name).sort());
});

test.each(functionSettings().map((f) => [f.name, f] as const))(
  '%s: index.js, package.json, config.json',
  (name, settings) => {
    const dir = path.join(outDir, name);
    const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
    expect(code).not.toContain('better-sqlite3');
    const pkg = readJson(path.join(dir, 'package.json'));
    expect(pkg).toMatchObject({ name, main: 'index.js' });
    // Each function gets the cloud SDK plus what it declares; wx-server-sdk only where it is used.
    expect(pkg.dependencies).toEqual({ [CLOUD_SDK]: rootPkg.dependencies[CLOUD_SDK], ...settings.cloudDependencies });
    expect(rootPkg.dependencies[WX_SERVER_SDK]).toBeUndefined();
    const config = readJson(path.join(dir, 'config.json'));
    expect(config).toMatchObject({
      timeout: settings.timeout,
      memorySize: 256,
      permissions: { openapi: settings.openapi ?? [] },
    });
    if (name === 'timers' || name === 'notify-sender') expect(config.triggers).toEqual([TIMER_TRIGGER]);
    else expect(config.triggers).toBeUndefined();
  },
);

test('notify-sender: wx-server-sdk declared, kept external, send permission granted', () => {
  const dir = path.join(outDir, 'notify-sender');
  expect(readJson(path.join(dir, 'package.json')).dependencies).toEqual({
    [CLOUD_SDK]: rootPkg.dependencies[CLOUD_SDK],
    [WX_SERVER_SDK]: WX_SERVER_SDK_VERSION,
  });
  expect(readJson(path.join(dir, 'config.json'))).toMatchObject({
    permissions: { openapi: ['subscribeMessage.send'] },
    triggers: [TIMER_TRIGGER],
  });
  const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
  expect(code).toContain('require("wx-server-sdk")');
  for (const other of functionSettings().filter(
    (f) => !['notify-sender', 'issues', 'eldercare', 'enterprise'].includes(f.name),
  )) {
    expect(readJson(path.join(outDir, other.name, 'package.json')).dependencies).toEqual({
      [CLOUD_SDK]: rootPkg.dependencies[CLOUD_SDK],
    });
  }
});

test('issues, eldercare and enterprise: content security declared in permissions.openapi, with wx-server-sdk', () => {
  for (const name of ['issues', 'eldercare', 'enterprise']) {
    expect(readJson(path.join(outDir, name, 'config.json')).permissions).toEqual({
      openapi: ['security.msgSecCheck', 'security.mediaCheckAsync'],
    });
    expect(readJson(path.join(outDir, name, 'package.json')).dependencies).toEqual({
      [CLOUD_SDK]: rootPkg.dependencies[CLOUD_SDK],
      [WX_SERVER_SDK]: WX_SERVER_SDK_VERSION,
    });
  }
});

test('the content-check bundle ignores anything but a media-check push', () => {
  expect(runBundle(path.join(outDir, 'content-check'), `m.main({ action: 'x' }, {})`)).toEqual({ ok: false });
});

test('the notify-sender bundle loads without wx-server-sdk and refuses a user call', () => {
  // A call carrying an OPENID (as from the mini-program) is refused before any SDK or database is touched.
  const reply = runBundle(path.join(outDir, 'notify-sender'), `m.main({}, {})`, {
    WX_CONTEXT_KEYS: 'WX_OPENID',
    WX_OPENID: 'someone',
  });
  expect(reply).toMatchObject({ ok: false, refused: '只能由系统触发' });
  // From the trigger (no OPENID) with no template id configured: nothing to send, no SDK needed.
  expect(runBundle(path.join(outDir, 'notify-sender'), `m.main({ Type: 'Timer' }, {})`)).toEqual({
    sent: 0,
    failed: 0,
    gaveUp: 0,
    skipped: 0,
  });
});

test.each(Object.keys(registry))('the %s bundle loads in plain node and answers through dispatch', (name) => {
  const reply = runBundle(
    path.join(outDir, name),
    `m.main({ action: 'no-such-action', userInfo: { openId: 'x' } }, {})`,
  );
  expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

test.each(functionSettings().map((f) => f.name))('the %s bundle is minified and within the size budget', (name) => {
  const code = fs.readFileSync(path.join(outDir, name, 'index.js'), 'utf8');
  expect(Buffer.byteLength(code) / 1024).toBeLessThanOrEqual(BUNDLE_BUDGET.kb);
  // Minified: dispatch's module-private helpers lose their names in the API bundles.
  if (name in registry) for (const local of ['hasAnyRole', 'invalidInput']) expect(code).not.toContain(local);
});

test.each(Object.keys(registry))('the %s bundle serves its own actions only and carries no other function', (name) => {
  const others = Object.keys(registry).filter((other) => other !== name);
  const dir = path.join(outDir, name);
  for (const other of others) {
    // Another function's action is unknown here: each entry dispatches to its own function module only.
    const action = Object.keys(registry[other as keyof typeof registry]).find(
      (a) => !(a in registry[name as keyof typeof registry]),
    )!;
    expect(runBundle(dir, `m.main({ action: '${action}' }, {})`)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  }
});

test('each API bundle is built from its own function module and domain, not the others', async () => {
  const names = Object.keys(registry);
  for (const name of names) {
    const files = Object.keys(await bundleInputs(name));
    expect(files).toContain(`server/functions/${name}.ts`);
    for (const other of names.filter((n) => n !== name)) {
      expect(files).not.toContain(`server/functions/${other}.ts`);
    }
    // Of zod's ~50 locales only zh-CN (ours) and en (zod's default) are in.
    expect(files.filter((f) => f.includes('zod/v4/locales/') && !f.endsWith('index.js')).sort()).toEqual([
      'node_modules/zod/v4/locales/en.js',
      'node_modules/zod/v4/locales/zh-CN.js',
    ]);
  }
  // timers carries the jobs' domains but no action schemas; notify-sender neither.
  for (const name of ['timers', 'notify-sender']) {
    expect(
      Object.keys(await bundleInputs(name, name === 'notify-sender' ? [WX_SERVER_SDK] : [])).filter((f) =>
        f.startsWith('server/functions/'),
      ),
    ).toEqual([]);
  }
}, 60_000);

test('the account bundle answers ping without a database', () => {
  expect(runBundle(path.join(outDir, 'account'), `m.main({ action: 'ping' }, {})`)).toMatchObject({
    ok: true,
    data: { pong: true },
  });
});

test('the timers bundle answers a manual run of no jobs', () => {
  const summary = runBundle(path.join(outDir, 'timers'), `m.main({ jobs: [] }, {})`) as {
    ran: unknown[];
    skipped: string[];
  };
  expect(summary.ran).toEqual([]);
  expect(summary.skipped.sort()).toEqual(JOBS.map((j) => j.name).sort());
});

test('the timers bundle accounts for every job on a trigger, even without a database', () => {
  // Placeholder credentials, as the platform would set: without any, the SDK rejects a promise of its own
  // that nobody awaits. With them every request fails (no network here, or refused keys) inside its job.
  const credentials = {
    TENCENTCLOUD_SECRETID: 'placeholder-id',
    TENCENTCLOUD_SECRETKEY: 'placeholder-key',
    TCB_ENV: 'placeholder-env',
  };
  const summary = runBundle(
    path.join(outDir, 'timers'),
    `m.main({ Type: 'Timer', TriggerName: 'every5min' }, {})`,
    credentials,
  ) as {
    ran: Array<{ name: string; ok: boolean }>;
    skipped: string[];
  };
  // Without credentials each due job fails on its own; none may stop the others or the entry.
  expect([...summary.ran.map((r) => r.name), ...summary.skipped].sort()).toEqual(JOBS.map((j) => j.name).sort());
});

test('a bundle importing better-sqlite3 fails the build', async () => {
  // Inside the repo (.temp is git-ignored) so better-sqlite3 would resolve: only our guard can stop it.
  fs.mkdirSync(path.join(ROOT, '.temp'), { recursive: true });
  const scratch = fs.mkdtempSync(path.join(ROOT, '.temp', 'bad-entry-'));
  const entry = path.join(scratch, 'index.ts');
  fs.writeFileSync(
    entry,
    `import Database from 'better-sqlite3';\nexport const main = () => new Database(':memory:');\n`,
  );
  try {
    await expect(bundleFunction(entry, path.join(scratch, 'out', 'index.js'))).rejects.toThrow(
      /better-sqlite3 must not be bundled/,
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

test('cloudbaserc.json and project.config.json match the build', () => {
  const rc = readJson(path.join(ROOT, 'cloudbaserc.json'));
  expect(rc.envId).toBe('{{env.ENV_ID}}');
  expect(rc.functionRoot).toBe('dist/cloudfunctions');
  const listed = rc.functions.map((f: { name: string; timeout: number; memorySize: number; triggers?: unknown }) => ({
    name: f.name,
    timeout: f.timeout,
    memorySize: f.memorySize,
    ...(f.triggers ? { triggers: f.triggers } : {}),
  }));
  expect(listed).toEqual(
    functionSettings().map(({ name, timeout, memorySize, triggers }) => ({
      name,
      timeout,
      memorySize,
      ...(triggers ? { triggers } : {}),
    })),
  );
  for (const f of rc.functions) expect(f).toMatchObject({ runtime: 'Nodejs20.19', installDependency: true });
  const project = readJson(path.join(ROOT, 'project.config.json'));
  expect(project).toMatchObject({
    miniprogramRoot: 'dist/weapp/',
    cloudfunctionRoot: 'dist/cloudfunctions/',
    compileType: 'miniprogram',
  });
});
