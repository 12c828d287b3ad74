import path from 'node:path';
import Database from 'better-sqlite3';
import { createHarness, type Harness } from '../helpers/harness';
import { fileReport } from './issues-helpers';

/**
 * Every workbench queue and statistic must be answered from an index, not a
 * table scan. The SQL the store prepares is captured, then SQLite's own query
 * planner is asked how it would run it.
 */
let h: Harness;
const prepared: string[] = [];
let spy: jest.SpyInstance;

beforeAll(async () => {
  h = await createHarness();
  await fileReport(h, 'resident');
  const original = Database.prototype.prepare;
  spy = jest.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
    prepared.push(sql);
    return original.call(this, sql);
  } as never);
});
afterAll(async () => {
  spy.mockRestore();
  await h.close();
});

function plansOf(sqls: string[]): Array<{ sql: string; plan: string }> {
  const db = new Database(path.join(h.dir, 'test.sqlite'), { readonly: true });
  try {
    return sqls.map((sql) => {
      const params = (sql.match(/\?/g) ?? []).map(() => 'x');
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
      return { sql, plan: rows.map((r) => r.detail).join(' | ') };
    });
  } finally {
    db.close();
  }
}

async function sqlOf(run: () => Promise<unknown>, table: string): Promise<string[]> {
  prepared.length = 0;
  await run();
  return [...new Set(prepared.filter((sql) => sql.includes(`FROM "${table}"`) && !sql.includes('WHERE id = ?')))];
}

const roles = ['grid_worker', 'community_admin', 'district_admin'] as const;
const queues = ['pending', 'working', 'overdue', 'triage', 'resolved'] as const;

describe('index use', () => {
  // Queues differ only in bound values, so the store prepares each SQL shape once: check them per role, all queues together.
  it.each(roles)('answers every queue of %s, with and without filters, from an index', async (who) => {
    const sqls = await sqlOf(async () => {
      for (const queue of queues) {
        await h.ok(who, 'issues', 'queue', { queue });
        await h.ok(who, 'issues', 'queue', { queue, category: 'flyers', page: 2 });
        await h.ok(who, 'issues', 'queue', { queue, gridId: 'g-03', state: 'submitted' });
      }
      await h.ok(who, 'issues', 'queueCounts', {});
    }, 'issues');
    expect(sqls.length).toBeGreaterThanOrEqual(4);
    for (const { sql, plan } of plansOf(sqls)) {
      expect({ sql, plan }).toEqual({
        sql,
        plan: expect.stringMatching(/SEARCH issues USING (COVERING )?INDEX issues__/),
      });
    }
  });

  it.each(roles)('answers the statistics of %s from the counters, by index', async (who) => {
    const sqls = await sqlOf(
      () => h.ok(who, 'issues', 'stats', { from: '2026-01', to: '2026-12', groupBy: 'grid' }),
      'issue_stats',
    );
    expect(sqls.length).toBeGreaterThan(0);
    for (const { sql, plan } of plansOf(sqls))
      expect({ sql, plan }).toEqual({
        sql,
        plan: expect.stringMatching(/SEARCH issue_stats USING (COVERING )?INDEX issue_stats__/),
      });
    const overdue = await sqlOf(
      () => h.ok(who, 'issues', 'stats', { from: '2026-01', to: '2026-12', groupBy: 'grid' }),
      'issues',
    );
    for (const { sql, plan } of plansOf(overdue))
      expect({ sql, plan }).toEqual({
        sql,
        plan: expect.stringMatching(/SEARCH issues USING (COVERING )?INDEX issues__/),
      });
  });

  it('answers the SLA job, my reports and the Open311 list from indexes', async () => {
    const { runDueJobs } = await import('../../server/jobs');
    const { findRequests } = await import('../../server/domain/issues/open311');
    const sqls = [
      ...(await sqlOf(() => runDueJobs(h.deps, ['issues-sla']), 'issues')),
      ...(await sqlOf(() => h.ok('resident', 'issues', 'mine', {}), 'issues')),
      ...(await sqlOf(
        () =>
          findRequests(
            h.deps.store,
            { ids: null, serviceCodes: ['flyers'], start: null, end: null, statuses: ['open'], page: 1, pageSize: 100 },
            h.clock.now(),
            '',
          ),
        'issues',
      )),
    ];
    expect(sqls.length).toBeGreaterThanOrEqual(5);
    for (const { sql, plan } of plansOf(sqls))
      expect({ sql, plan }).toEqual({
        sql,
        plan: expect.stringMatching(/SEARCH issues USING (COVERING )?INDEX issues__/),
      });
  });
});
