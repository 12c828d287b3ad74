import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COLLECTIONS } from '../../server/collections';
import { functionSettings } from '../../scripts/build-functions';
import { ENV_VARS, envExample } from '../../scripts/deploy/env-vars';
import { buildPlan, parseEnvFile, readInputs, RUNTIME, validate, type DeployInputs } from '../../scripts/deploy/plan';
import { DEPLOY_DOC, ENV_EXAMPLE, generatedDeployDoc, ROOT } from '../../scripts/deploy/write-docs';

function inputs(env: Record<string, string | undefined> = {}): DeployInputs {
  const problems: string[] = [];
  const read = readInputs(ROOT, env, problems);
  expect(problems).toEqual([]);
  return read;
}

describe('the deploy planner (npm run deploy -- --dry-run)', () => {
  const plan = buildPlan(inputs());

  it('finds the repository consistent: cloudbaserc.json, project.config.json, entries, collections', () => {
    expect(plan.problems).toEqual([]);
  });

  it('plans every step in order', () => {
    expect(plan.steps.map((s) => s.kind)).toEqual([
      'build',
      'functions',
      'triggers',
      'function-env',
      'collections',
      'indexes',
      'database-rules',
      'storage-rules',
      'upload',
    ]);
  });

  it('deploys every function on Node 20 and creates the timer triggers', () => {
    const fns = plan.steps.find((s) => s.kind === 'functions')!.actions;
    expect(fns).toHaveLength(functionSettings().length);
    for (const fn of functionSettings())
      expect(fns.some((a) => a.startsWith(`tcb fn deploy ${fn.name} --force`) && a.includes(RUNTIME))).toBe(true);
    const triggers = plan.steps.find((s) => s.kind === 'triggers')!.actions;
    expect(triggers.map((a) => a.split(' ')[4])).toEqual(
      functionSettings()
        .filter((f) => f.triggers)
        .map((f) => f.name),
    );
  });

  it('creates every collection and every index of the CollectionSpecs, and locks every collection to the functions', () => {
    expect(plan.collections.map((c) => c.collection)).toEqual(COLLECTIONS.map((c) => c.name));
    const indexes = COLLECTIONS.reduce((n, c) => n + c.indexes.length, 0);
    expect(plan.steps.find((s) => s.kind === 'indexes')!.actions).toHaveLength(indexes);
    expect(indexes).toBeGreaterThan(50);
    expect(plan.steps.find((s) => s.kind === 'database-rules')!.actions).toHaveLength(COLLECTIONS.length);
    for (const action of plan.steps.find((s) => s.kind === 'database-rules')!.actions)
      expect(action).toMatch(/ ADMINONLY$/);
  });

  it('sets the function environment variables named in cloudbaserc.json, never printing their values', () => {
    const withValues = buildPlan(inputs({ SUBSCRIBE_TPL_BOOKING_UPDATE: 'tpl-secret-123' }));
    expect(withValues.functionEnv['notify-sender']).toEqual(
      expect.objectContaining({ SUBSCRIBE_TPL_BOOKING_UPDATE: 'tpl-secret-123' }),
    );
    const text = JSON.stringify(withValues.steps);
    expect(text).toContain('SUBSCRIBE_TPL_BOOKING_UPDATE=(set)');
    expect(text).not.toContain('tpl-secret-123');
  });

  it('lists what the real deploy needs without failing the dry run', () => {
    expect(plan.needs.join('\n')).toMatch(
      /ENV_ID[\s\S]*TCB_SECRET_ID[\s\S]*TCB_SECRET_KEY[\s\S]*WEAPP_APPID[\s\S]*upload key/,
    );
  });

  it('needs nothing more once credentials, AppID and upload key are there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-key-'));
    const keyFile = path.join(dir, 'private.wx123.key');
    fs.writeFileSync(keyFile, 'key');
    const ready = buildPlan(
      inputs({
        ENV_ID: 'env-1',
        TCB_SECRET_ID: 'id',
        TCB_SECRET_KEY: 'key',
        WEAPP_APPID: 'wx123',
        WEAPP_UPLOAD_KEY_FILE: keyFile,
      }),
    );
    expect(ready.needs).toEqual([]);
    expect(ready.upload).toEqual({
      appid: 'wx123',
      keyFile,
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      robot: 1,
    });
    expect(ready.steps[0].actions[0]).toBe('TARO_APP_CLOUD_ENV=env-1 npm run build:weapp');
    const mismatch = buildPlan(
      inputs({
        ENV_ID: 'env-1',
        TCB_SECRET_ID: 'id',
        TCB_SECRET_KEY: 'key',
        WEAPP_APPID: 'wx123',
        WEAPP_UPLOAD_KEY_FILE: keyFile,
        TARO_APP_CLOUD_ENV: 'env-2',
      }),
    );
    expect(mismatch.needs).toEqual([expect.stringContaining('differs from ENV_ID')]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('refuses files that disagree', () => {
    const broken = (change: (i: DeployInputs) => void) => {
      const i = inputs();
      i.rc = JSON.parse(JSON.stringify(i.rc));
      i.collections = JSON.parse(JSON.stringify(i.collections));
      change(i);
      return validate(i);
    };
    it.each<[string, (i: DeployInputs) => void, RegExp]>([
      [
        'an old runtime',
        (i) => (i.rc.functions[0].runtime = 'Nodejs18.15'),
        /runtime is Nodejs18.15, must be Nodejs20.19/,
      ],
      ['a function built but not declared', (i) => i.rc.functions.pop(), /is built but not declared/],
      [
        'a declared function that is not built',
        (i) => i.rc.functions.push({ ...i.rc.functions[0], name: 'ghost' }),
        /ghost is declared but not built/,
      ],
      ['another timeout', (i) => (i.rc.functions[0].timeout = 3), /timeout 3/],
      [
        'a committed env value',
        (i) => (i.rc.functions.at(-1)!.envVariables = { SUBSCRIBE_TPL_BOOKING_UPDATE: 'abc' }),
        /must be "\{\{env.SUBSCRIBE_TPL_BOOKING_UPDATE\}\}"/,
      ],
      [
        'an undocumented env variable',
        (i) => (i.rc.functions[0].envVariables = { SECRET_THING: '{{env.SECRET_THING}}' }),
        /SECRET_THING is not documented/,
      ],
      ['a committed environment id', (i) => (i.rc.envId = 'prod-123'), /envId/],
      [
        'too many indexes',
        (i) =>
          (i.collections[0].indexes = Array.from({ length: 21 }, (_, n) => ({
            name: `i${n}`,
            fields: [['a', 'asc']],
          }))),
        /21 indexes/,
      ],
      ['an invalid collection name', (i) => (i.collections[0].name = 'Bad-Name'), /not valid/],
    ])('%s', (_what, change, message) => {
      expect(broken(change).join('\n')).toMatch(message);
    });
  });

  it('reads .env files as KEY=VALUE lines', () => {
    expect(parseEnvFile('# c\nENV_ID=abc\nexport TCB_SECRET_ID="x y"\n\nBAD LINE\nEMPTY=\n')).toEqual({
      ENV_ID: 'abc',
      TCB_SECRET_ID: 'x y',
      EMPTY: '',
    });
  });

  it('runs as a command offline, without credentials and without loading any deploy tool', () => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(ENV_ID|TCB_|WEAPP_)/.test(k)));
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/deploy.ts', '--dry-run'], {
      cwd: ROOT,
      env: { ...clean, NODE_OPTIONS: `--require ${path.join(ROOT, 'tests/helpers/forbid-deploy-tools.cjs')}` },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Dry run');
    expect(run.stdout).toContain('9. Upload the mini-program');
  }, 60_000);
});

describe('the real deploy, driven against doubles of its tools', () => {
  it('runs every step in order with the right commands and calls, and never prints the secret key', async () => {
    const { runDeploy } = await import('../../scripts/deploy/run');
    const env = {
      ENV_ID: 'env-1',
      TCB_SECRET_ID: 'AKID',
      TCB_SECRET_KEY: 'very-secret',
      WEAPP_APPID: 'wx123',
      WEAPP_UPLOAD_KEY_FILE: 'k.key',
      SUBSCRIBE_TPL_BOOKING_UPDATE: 'tpl-1',
    };
    const i = inputs(env);
    const plan = buildPlan(i);
    const calls: string[] = [];
    const existing = new Set(['users']);
    class CloudBase {
      constructor(options: object) {
        calls.push(`manager ${JSON.stringify(options)}`);
      }
      functions = {
        updateFunctionConfig: async (f: { name: string; envVariables: object }) =>
          void calls.push(`env ${f.name} ${JSON.stringify(f.envVariables)}`),
      };
      database = {
        checkCollectionExists: async (name: string) => ({ Exists: existing.has(name) }),
        createCollection: async (name: string) => void calls.push(`collection ${name}`),
        checkIndexExists: async () => ({ Exists: false }),
        updateCollection: async (name: string, o: { CreateIndexes: Array<{ IndexName: string }> }) =>
          void calls.push(`index ${name}.${o.CreateIndexes[0].IndexName}`),
      };
      env = { getEnvInfo: async () => ({ EnvInfo: { Storages: [{ Bucket: 'bucket-1' }] } }) };
      commonService = () => ({
        call: async (c: { Action: string; Param: { CollectionName?: string; AclTag: string } }) =>
          void calls.push(`${c.Action} ${c.Param.CollectionName ?? ''} ${c.Param.AclTag}`),
      });
    }
    const ci = {
      Project: class {
        constructor(readonly options: object) {}
      },
      upload: async (o: { project: { options: object }; version: string; robot: number }) =>
        void calls.push(`upload ${JSON.stringify(o.project.options)} ${o.version} ${o.robot}`),
    };
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await runDeploy(plan, i, {
        tcb: 'tcb',
        CloudBase,
        ci,
        sh: (cmd, args, o) =>
          void calls.push(
            `${cmd} ${args.join(' ')}${o.env?.TARO_APP_CLOUD_ENV ? ` [cloud env ${o.env.TARO_APP_CLOUD_ENV}]` : ''}`,
          ),
      });
    } finally {
      log.mockRestore();
    }
    const text = calls.join('\n');
    const order = [
      'npm run build:weapp [cloud env env-1]',
      'npm run build:functions',
      'tcb login --apiKeyId AKID',
      'tcb fn deploy account --force --envId env-1',
      'tcb fn trigger create timers --envId env-1',
      'env notify-sender {"SUBSCRIBE_TPL_BOOKING_UPDATE":"tpl-1"}',
      'collection audit',
      'index users.staff',
      'ModifyDatabaseACL users ADMINONLY',
      'ModifyStorageSafeRule  READONLY',
      'upload {"appid":"wx123"',
    ];
    let at = -1;
    for (const step of order) {
      const next = text.indexOf(step, at + 1);
      expect({ step, found: next > at }).toEqual({ step, found: true });
      at = next;
    }
    expect(text).not.toContain('collection users');
    expect(calls.filter((c) => c.startsWith('tcb fn deploy'))).toHaveLength(functionSettings().length);
    expect(calls.filter((c) => c.startsWith('index '))).toHaveLength(
      COLLECTIONS.reduce((n, c) => n + c.indexes.length, 0),
    );
    expect(log.mock.calls.flat().join('\n')).not.toContain('very-secret');
  });
});

describe('generated documentation', () => {
  it('docs/deploy.md has the current index and environment tables (npm run docs:deploy)', () => {
    const current = fs.readFileSync(DEPLOY_DOC, 'utf8');
    expect(current).toBe(generatedDeployDoc(current));
    for (const spec of COLLECTIONS)
      for (const index of spec.indexes) expect(current).toContain(`| ${spec.name} | ${index.name} |`);
  });

  it('.env.example is current', () => {
    expect(fs.readFileSync(ENV_EXAMPLE, 'utf8')).toBe(envExample());
  });

  it('documents every environment variable the code reads', () => {
    const used = new Set<string>();
    const scan = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory()) scan(rel);
        else if (/\.(ts|tsx|js)$/.test(entry.name) && rel !== path.join('tests', 'unit', 'deploy.test.ts')) {
          const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
          for (const m of text.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) used.add(m[1]);
          for (const m of text.matchAll(/\benv\.([A-Z][A-Z0-9_]{2,})\b/g)) used.add(m[1]);
          for (const m of text.matchAll(/const \{([^}]+)\} = process\.env/g))
            for (const name of m[1].split(',')) used.add(name.trim());
          for (const m of text.matchAll(/\benv: '([A-Z][A-Z0-9_]+)'/g)) used.add(m[1]);
          // A prefix followed by an interpolation (`SUBSCRIBE_TPL_${key}`) names no variable itself.
          for (const name of [...used]) if (name.endsWith('_')) used.delete(name);
        }
      }
    };
    for (const dir of ['server', 'runtime', 'scripts', 'config', 'src', 'seed', 'bench', 'cloudfunctions', 'tests'])
      scan(dir);
    for (const m of fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8').matchAll(/\{\{env\.([A-Z0-9_]+)\}\}/g))
      used.add(m[1]);
    used.delete('PATH');
    used.delete('HOME');
    used.delete('USER_DATA_PATH'); // Taro.env.USER_DATA_PATH, not a process variable
    const documented = new Set(ENV_VARS.map((v) => v.name));
    expect([...used].filter((name) => !documented.has(name)).sort()).toEqual([]);
    expect(used.has('TARO_APP_CLOUD_ENV')).toBe(true);
  });
});
