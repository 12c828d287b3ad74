import fc from 'fast-check';
import { codeOf, createHarness, type Harness, type PersonaId } from '../helpers/harness';
import { DAY, addStaff, fileReport, runSla, stored } from './issues-helpers';
import { contribution, statsKey, STAT_FIELDS } from '../../server/domain/issues/stat-counters';
import { ISSUE_STATS, ISSUES } from '../../server/domain/issues/model';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** What a full scan of the issues would give, per counter document. */
async function scanTotals(): Promise<Map<string, Record<string, number>>> {
  const issues = await h.deps.store.find(ISSUES, {}, { limit: 1000 });
  const totals = new Map<string, Record<string, number>>();
  for (const issue of issues) {
    const { id } = statsKey(issue);
    const sum = totals.get(id) ?? Object.fromEntries(STAT_FIELDS.map((f) => [f, 0]));
    const v = contribution(issue);
    for (const f of STAT_FIELDS) sum[f] += v[f];
    totals.set(id, sum);
  }
  return totals;
}

async function counterTotals(): Promise<Map<string, Record<string, number>>> {
  const docs = await h.deps.store.find(ISSUE_STATS, {}, { limit: 1000 });
  return new Map(
    docs.filter((d) => d.submitted !== 0).map((d) => [d._id, Object.fromEntries(STAT_FIELDS.map((f) => [f, d[f]]))]),
  );
}

const ACTIONS = [
  'accept',
  'update',
  'resolve',
  'return',
  'reassign',
  'reject',
  'rate_ok',
  'rate_bad',
  'advance',
  'sla',
  'duplicate',
] as const;
type Step = [(typeof ACTIONS)[number], number];
const historySteps = fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.nat(3)), { minLength: 5, maxLength: 25 });

/** Plays one random history over four issues; refused steps (wrong state, stale version) are part of the history too. */
async function play(
  ids: string[],
  steps: Step[],
  reporter: PersonaId | { openid: string } = 'resident',
): Promise<void> {
  for (const [action, n] of steps) {
    const id = ids[n];
    const version = (await stored(h, id)).version;
    if (action === 'advance') h.clock.advance(DAY);
    else if (action === 'sla') await runSla(h);
    else if (action === 'rate_ok' || action === 'rate_bad') {
      await h.call(reporter, 'issues', 'callback', {
        id,
        satisfaction: action === 'rate_ok' ? 'basic' : 'dissatisfied',
        stars: 2,
        comment: '',
      });
    } else if (action === 'reassign') {
      await h.call('district_admin', 'issues', 'reassign', { id, version, gridId: n % 2 ? 'g-04' : 'g-08', note: '' });
    } else if (action === 'duplicate') {
      await h.call('district_admin', 'issues', 'markDuplicate', {
        id,
        version,
        originalId: ids[(n + 1) % 4],
        note: '',
      });
    } else if (action === 'reject') {
      await h.call('district_admin', 'issues', 'reject', {
        id,
        version,
        reason: '不属于办理范围',
        redirectTo: '拨打 12345 热线',
      });
    } else if (action === 'return') {
      await h.call('community_admin', 'issues', 'return', { id, version, reason: '不属于本社区' });
    } else {
      const note = action === 'accept' ? '' : '已处理';
      await h.call('district_admin', 'issues', action, { id, version, note, photos: [] } as never);
    }
  }
}

async function fourReports(reporter: PersonaId | { openid: string } = 'resident'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) ids.push((await fileReport(h, reporter, { number: 6 + i })).id);
  return ids;
}

const RATE_FIELDS = ['responseRate', 'resolutionRate', 'onTimeResolutionRate', 'satisfactionRate'] as const;

describe('statistics counters', () => {
  it('always equal a full scan, whatever staff and residents do (random action sequences)', async () => {
    const ids = await fourReports();
    await fc.assert(
      fc.asyncProperty(historySteps, async (steps) => {
        await play(ids, steps as Step[]);
        expect(await counterTotals()).toEqual(await scanTotals());
      }),
      { numRuns: 15 },
    );
  });

  it('give every rate between 0 and 100%, by every grouping and in the CSV, over random histories', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(historySteps, async (steps) => {
        // A new reporter each run: residents may file only a few reports a day.
        const reporter = { openid: `wx-history-${(run += 1)}` };
        await play(await fourReports(reporter), steps as Step[], reporter);
        for (const groupBy of ['grid', 'community', 'category', 'month'] as const) {
          const stats = await h.ok('district_admin', 'issues', 'stats', { from: '2026-10', to: '2027-01', groupBy });
          for (const row of [...stats.rows, stats.total]) {
            for (const field of RATE_FIELDS) {
              const rate = row[field];
              if (rate !== null)
                expect({ key: row.key, field, rate, ok: rate >= 0 && rate <= 1 }).toEqual({
                  key: row.key,
                  field,
                  rate,
                  ok: true,
                });
            }
          }
        }
        const csv = (
          await h.ok('district_admin', 'issues', 'exportStats', { from: '2026-10', to: '2027-01', groupBy: 'grid' })
        ).csv as string;
        const percents = [...csv.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]));
        expect(percents.filter((p) => p > 100)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('counts a rejected report in neither side of 响应率 (the 200% of 金华路东网格)', async () => {
    // 金华路46号 is in 金华路东网格 (g-05): one report handled, one answered by a rejection.
    const handled = await fileReport(h, 'resident', {
      street: '金华路',
      number: 46,
      category: 'other',
      description: '想了解供暖收费依据',
    });
    const refused = await fileReport(h, 'resident', {
      street: '金华路',
      number: 46,
      category: 'other',
      description: '咨询养老保险认证办理',
    });
    await h.ok('district_admin', 'issues', 'accept', { id: handled.id, version: 1, note: '' });
    await h.ok('district_admin', 'issues', 'reject', {
      id: refused.id,
      version: 1,
      reason: '不属于诉求办理范围',
      redirectTo: '社保窗口',
    });
    const stats = await h.ok('district_admin', 'issues', 'stats', { from: '2026-11', to: '2026-11', groupBy: 'grid' });
    const row = stats.rows.find((r) => r.key === 'g-05')!;
    expect(row.label).toBe('金华路东网格');
    expect(row.responseRate).toBeLessThanOrEqual(1);
    expect(row.responseRate).toBe(1);
  });
});

describe('issues.stats', () => {
  async function handled() {
    const a = await fileReport(h, 'resident');
    const b = await fileReport(h, 'resident', { category: 'safety', description: '电动车在楼道充电' });
    await fileReport(h, 'relative', { street: '瑞安路', number: 3 });
    h.clock.advance(2 * 3_600_000);
    const acc = await h.ok('grid_worker', 'issues', 'accept', { id: a.id, version: 1, note: '' });
    h.clock.advance(4 * 3_600_000);
    await h.ok('grid_worker', 'issues', 'resolve', { id: a.id, version: acc.version, note: '已清理', photos: [] });
    await h.ok('resident', 'issues', 'callback', { id: a.id, satisfaction: 'satisfied', stars: 4, comment: '' });
    await h.ok('grid_worker', 'issues', 'reject', {
      id: b.id,
      version: 1,
      reason: '已由物业处理',
      redirectTo: '联系物业',
    });
    return { a, b };
  }

  it('gives rates and average times by grid for the branch of a grid worker', async () => {
    await handled();
    const stats = await h.ok('grid_worker', 'issues', 'stats', { from: '2026-11', to: '2026-11', groupBy: 'grid' });
    // The grid worker's branch has one grid, g-03: the seeded demo issues there plus the two above.
    expect(stats.rows.map((r) => r.key)).toEqual(['g-03']);
    const row = stats.rows[0];
    expect(row.label).toBe('万安一路南网格');
    expect(row.rejected).toBe(1);
    expect(row.satisfactionRate).toBe(1);
    expect(row.avgStars).toBeGreaterThan(0);
  });

  it('computes 响应率, 解决率 and 满意率 from what happened', async () => {
    await handled();
    const stats = await h.ok('district_admin', 'issues', 'stats', {
      from: '2026-11',
      to: '2026-11',
      groupBy: 'category',
      category: 'flyers',
    });
    const flyers = stats.rows.find((r) => r.key === 'flyers')!;
    // Flyers this month: the demo flyers at 万安一路6号 (resolved), the demo unrouted one,
    // "a" above (closed, fixed) and the open one at 瑞安路3号.
    expect(flyers.submitted).toBe(4);
    expect(flyers.valid).toBe(4);
    expect(flyers.resolved).toBe(2);
    expect(flyers.resolutionRate).toBe(0.5);
    expect(flyers.rated).toBe(1);
    expect(flyers.satisfactionRate).toBe(1);
    // "a" was accepted 2 hours after filing.
    expect(flyers.avgAcceptHours).not.toBeNull();
  });

  it('groups by community and month, and names the unrouted ones', async () => {
    await handled();
    const byCommunity = await h.ok('district_admin', 'issues', 'stats', {
      from: '2026-10',
      to: '2026-11',
      groupBy: 'community',
    });
    expect(byCommunity.rows.map((r) => r.label)).toEqual(
      expect.arrayContaining(['宜昌路社区', '瑞安路社区', '未分派（街道）']),
    );
    expect(byCommunity.total.submitted).toBe(byCommunity.rows.reduce((n, r) => n + r.submitted, 0));
    const byMonth = await h.ok('district_admin', 'issues', 'stats', {
      from: '2026-10',
      to: '2026-11',
      groupBy: 'month',
    });
    expect(byMonth.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['2026-11']));
  });

  it('shows a community admin their community only', async () => {
    await handled();
    const stats = await h.ok('community_admin', 'issues', 'stats', {
      from: '2026-11',
      to: '2026-11',
      groupBy: 'community',
    });
    expect(stats.rows.map((r) => r.key)).toEqual(['c-yichang']);
  });

  it('counts what is overdue right now', async () => {
    await fileReport(h, 'resident');
    h.clock.advance(2 * DAY);
    await runSla(h);
    const stats = await h.ok('district_admin', 'issues', 'stats', { from: '2026-11', to: '2026-11', groupBy: 'grid' });
    expect(stats.overdueNow).toBeGreaterThanOrEqual(1);
    expect(stats.total.overdue).toBeGreaterThanOrEqual(1);
  });

  it('refuses a reversed or too long range', async () => {
    expect(
      codeOf(await h.call('district_admin', 'issues', 'stats', { from: '2026-11', to: '2026-01', groupBy: 'grid' })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(await h.call('district_admin', 'issues', 'stats', { from: '2024-01', to: '2026-12', groupBy: 'grid' })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(await h.call('district_admin', 'issues', 'stats', { from: '2026-13', to: '2026-12', groupBy: 'grid' })),
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('CSV export', () => {
  it('exports statistics as UTF-8 with a BOM and Chinese headers', async () => {
    const out = await h.ok('community_admin', 'issues', 'exportStats', {
      from: '2026-11',
      to: '2026-11',
      groupBy: 'grid',
    });
    expect(out.csv.charCodeAt(0)).toBe(0xfeff);
    expect(out.csv).toContain('网格,反映件数,有效件数,响应率,解决率');
    expect(out.csv).toContain('万安一路南网格');
    expect(out.csv.trimEnd().split('\r\n').at(-1)).toMatch(/^合计,/);
    expect(out.filename).toMatch(/\.csv$/);
  });

  it('exports the issues of a period within scope, without phone numbers or names', async () => {
    await fileReport(h, 'resident', { phone: '13912345678' });
    await fileReport(h, 'relative', { street: '瑞安路', number: 3 });
    const out = await h.ok('community_admin', 'issues', 'exportIssues', { fromDay: '2026-11-01', toDay: '2026-11-30' });
    expect(out.csv.startsWith('\uFEFF编号,类别,地址,状态')).toBe(true);
    expect(out.csv).toContain('万安一路6号');
    expect(out.csv).not.toContain('瑞安路3号');
    expect(out.csv).not.toContain('13912345678');
    expect(out.csv).not.toContain('王建华');
    // Times are Beijing local times a person reads, not ISO instants.
    const first = out.csv.slice(1).split('\r\n')[1].split(',');
    expect(first[7]).toMatch(/^2026-11-\d{2} \d{2}:\d{2}$/);
    expect(out.csv).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('defuses a typed street that Excel would run as a formula', async () => {
    await fileReport(h, 'resident', { street: '=HYPERLINK("http://x")', number: 1 });
    const other = await addStaff(h, 'wx-district-2', { role: 'district_admin' });
    const out = await h.ok(other, 'issues', 'exportIssues', { fromDay: '2026-11-26', toDay: '2026-11-26' });
    expect(out.rows).toBe(1);
    expect(out.csv).toContain(`"'=HYPERLINK(""http://x"")1号"`);
  });
});
