import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { routeAddress } from '../../server/domain/org/routing';
import { ADDRESS_RULES, PARTNERS, ORG_UNITS } from '../../server/domain/org/org';
import { ELDERCARE_SERVICES } from '../../server/domain/eldercare/model';
import { COLLECTIONS } from '../../server/collections';
import { CloudbaseStore } from '../../server/store/cloudbase';
import type { Doc, DocumentStore } from '../../server/store/port';
import type { Collection } from '../../server/store/collections';
import { withRetries } from '../../server/store/retrying';
import { SqliteStore } from '../../server/store/sqlite';
import { runImport } from '../../scripts/import/run';
import { FakeCloudbase } from '../store/fake-cloudbase';

/**
 * `npm run import` through the store port, on SQLite and on the CloudBase
 * double: a good file loads the organisation so addresses route and services
 * can be booked; a second run changes nothing; a bad file writes nothing and
 * names every bad row with its line.
 */
const FIXTURES = path.join(__dirname, '../fixtures/import');
const fixture = (name: string) => path.join(FIXTURES, name);
const NOW = new Date('2026-11-30T02:00:00Z');

const STORES: Array<[string, () => { store: DocumentStore; close: () => Promise<void> }]> = [
  [
    'SQLite',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-import-'));
      const sqlite = new SqliteStore(path.join(dir, 'hudao.sqlite'), { collections: COLLECTIONS });
      return {
        store: withRetries(sqlite),
        close: async () => (await sqlite.close(), fs.rmSync(dir, { recursive: true, force: true })),
      };
    },
  ],
  [
    'the CloudBase double',
    () => ({ store: withRetries(new CloudbaseStore(new FakeCloudbase())), close: async () => undefined }),
  ],
];

async function everything(store: DocumentStore) {
  const [units, rules, partners, services] = await Promise.all([
    store.find(ORG_UNITS, {}, { orderBy: [['_id', 'asc']], limit: 1000 }),
    store.find(ADDRESS_RULES, {}, { orderBy: [['_id', 'asc']], limit: 1000 }),
    store.find(PARTNERS, {}, { orderBy: [['_id', 'asc']], limit: 1000 }),
    store.find(ELDERCARE_SERVICES, {}, { orderBy: [['_id', 'asc']], limit: 1000 }),
  ]);
  return { units, rules, partners, services };
}

describe.each(STORES)('import on %s', (_name, open) => {
  let store: DocumentStore;
  let close: () => Promise<void>;
  beforeEach(() => {
    ({ store, close } = open());
  });
  afterEach(async () => {
    await close();
  });

  it('loads the organisation from JSON: units in their tree, rules that route, partners and services', async () => {
    const report = await runImport(store, [fixture('org.json')], { dryRun: false, now: NOW });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({
      written: 13,
      unchanged: 0,
      counts: { district: 1, communities: 2, branches: 2, grids: 3, address_rules: 3, partners: 1, services: 1 },
    });
    const { units, rules, partners, services } = await everything(store);
    expect(units.find((u) => u._id === 'g-08')).toEqual({
      _id: 'g-08',
      kind: 'grid',
      name: '瑞安路单号网格',
      parentId: 'b-ra-1',
      communityId: 'c-ruian',
    });
    expect(units.find((u) => u._id === 'b-yc-1')).toMatchObject({
      kind: 'branch',
      parentId: 'c-yichang',
      communityId: 'c-yichang',
    });
    expect(units.find((u) => u._id === 'district')).toMatchObject({
      kind: 'district',
      name: '湖岛街道',
      parentId: null,
    });
    expect(routeAddress(rules, '宜昌路', 6)?.gridId).toBe('g-01');
    expect(routeAddress(rules, '宜昌路', 110)?.gridId).toBe('g-02');
    expect(routeAddress(rules, '瑞安路', 7)?.gridId).toBe('g-08');
    expect(routeAddress(rules, '瑞安路', 8)).toBeNull();
    expect(partners).toEqual([expect.objectContaining({ _id: 'p-jiali', status: 'approved' })]);
    expect(services).toEqual([
      expect.objectContaining({
        _id: 'svc-haircut',
        partnerId: 'p-jiali',
        partnerName: '佳丽理发店',
        eligibility: { minAge: 90, difficultyRequired: false },
        quotaPerYear: 3,
        bookAheadDays: 28,
        status: 'active',
        version: 1,
      }),
    ]);
  });

  it('is idempotent: the same file again, or the same data as CSV, changes nothing', async () => {
    await runImport(store, [fixture('org.json')], { dryRun: false, now: NOW });
    const before = await everything(store);
    expect(
      await runImport(store, [fixture('org.json')], { dryRun: false, now: new Date('2026-12-01T00:00:00Z') }),
    ).toMatchObject({ errors: [], written: 0, unchanged: 13 });
    expect(
      await runImport(store, [fixture('csv')], { dryRun: false, now: new Date('2026-12-01T00:00:00Z') }),
    ).toMatchObject({ errors: [], written: 0, unchanged: 13 });
    expect(await everything(store)).toEqual(before);
  });

  it('writes only what changed, and a changed service gets a new version but keeps a pause', async () => {
    await runImport(store, [fixture('org.json')], { dryRun: false, now: NOW });
    await store.transaction((tx) => tx.update(ELDERCARE_SERVICES, 'svc-haircut', { status: 'paused' }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-import-change-'));
    const changed = JSON.parse(fs.readFileSync(fixture('org.json'), 'utf8'));
    changed.services[0].quotaPerYear = 4;
    changed.grids[2].name = '瑞安路单号网格（新）';
    fs.writeFileSync(path.join(dir, 'org.json'), JSON.stringify(changed, null, 2));
    expect(await runImport(store, [path.join(dir, 'org.json')], { dryRun: false, now: NOW })).toMatchObject({
      errors: [],
      written: 2,
      unchanged: 11,
    });
    const service = await store.get(ELDERCARE_SERVICES, 'svc-haircut');
    expect(service).toMatchObject({ quotaPerYear: 4, version: 2, status: 'paused' });
    expect((await store.get(ORG_UNITS, 'g-08'))!.name).toBe('瑞安路单号网格（新）');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run checks and counts but writes nothing', async () => {
    const report = await runImport(store, [fixture('org.json')], { dryRun: true, now: NOW });
    expect(report).toMatchObject({ errors: [], written: 13, dryRun: true });
    expect(await store.count(ORG_UNITS, {})).toBe(0);
    expect(await store.count(ELDERCARE_SERVICES, {})).toBe(0);
  });

  it('reports every bad row of a JSON file with its line, and writes nothing', async () => {
    const report = await runImport(store, [fixture('bad.json')], { dryRun: false, now: NOW });
    expect(report.errors.map((e) => [e.line, e.kind])).toEqual([
      [5, 'communities'],
      [5, 'communities'],
      [8, 'branches'],
      [12, 'grids'],
      [13, 'grids'],
      [16, 'address_rules'],
      [17, 'address_rules'],
      [18, 'address_rules'],
      [21, 'partners'],
      [24, 'services'],
      [24, 'services'],
    ]);
    const messages = report.errors.map((e) => e.message).join('\n');
    for (const why of [
      '编号 id 只能用',
      '社区 c-nowhere 不存在',
      '编号 g-01 重复（第 11 行已用）',
      '区域类型 area',
      'from 不能大于',
      'from 须为整数',
      '网格 g-99 不存在',
      '不认识的字段：phone',
      '服务方式 mode',
      '每年次数最多 52 次',
    ]) {
      expect(messages).toContain(why);
    }
    expect(report.written).toBe(0);
    const imported: Array<Collection<Doc>> = [ORG_UNITS, ADDRESS_RULES, PARTNERS, ELDERCARE_SERVICES];
    for (const collection of imported) expect(await store.count(collection, {})).toBe(0);
  });

  it('reports bad CSV rows by line, counting a quoted cell that spans lines', async () => {
    const report = await runImport(store, [fixture('bad-csv')], { dryRun: false, now: NOW });
    expect(report.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['branches.csv:4', 'communities.csv:3']);
    expect(await store.count(ORG_UNITS, {})).toBe(0);
  });

  it('resolves references to what the store already has, so a later file may add only grids', async () => {
    await runImport(store, [fixture('org.json')], { dryRun: false, now: NOW });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-import-more-'));
    fs.writeFileSync(path.join(dir, 'grids.csv'), 'id,name,branch,area\ng-09,瑞安路双号网格,b-ra-1,楼院小区\n');
    fs.writeFileSync(path.join(dir, 'address_rules.csv'), 'street,from,to,parity,grid\n瑞安路,2,198,even,g-09\n');
    expect(await runImport(store, [dir], { dryRun: false, now: NOW })).toMatchObject({ errors: [], written: 2 });
    const { rules } = await everything(store);
    expect(routeAddress(rules, '瑞安路', 8)?.gridId).toBe('g-09');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('npm run import', () => {
  it('prints every bad row with file and line and exits 1; a good file imports into HUDAO_DB', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-import-cli-'));
    const env = { ...process.env, HUDAO_DB: path.join(dir, 'hudao.sqlite'), TOKEN_SECRET: 'x' };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/import.ts', ...args], {
        cwd: path.resolve(__dirname, '../..'),
        env,
        encoding: 'utf8',
      });
    const bad = run(fixture('bad.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('没有写入任何数据');
    expect(bad.stdout).toContain('bad.json:18  [address_rules] 网格 g-99 不存在');
    const dry = run(fixture('org.json'), '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('将写入 13 条');
    const good = run(fixture('org.json'));
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('写入 13 条');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
