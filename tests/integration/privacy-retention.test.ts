import { DEFAULT_CONFIG } from '../../server/core/action';
import { ISSUES, type IssueDoc } from '../../server/domain/issues/model';
import { eraseAfterRetention } from '../../server/domain/privacy/retention';
import { runDueJobs } from '../../server/jobs';
import { createHarness, type Harness } from '../helpers/harness';
import { MODERATION } from '../../server/domain/moderation/model';

let h: Harness;
beforeEach(async () => {
  // No demo seed: its closed issues would be counted too; these tests own every issue in the store.
  h = await createHarness({ seed: false });
});
afterEach(async () => {
  await h.close();
});

const DAY = 86_400_000;

/** A closed issue with a phone and photos, closed at the harness's "now". */
async function closedIssue(id: string, closedAt: string | null, extra: Partial<IssueDoc> = {}): Promise<void> {
  await h.deps.store.transaction((tx) =>
    tx.set(ISSUES, {
      _id: id,
      reporter: 'demo-resident',
      phone: '13800000001',
      photos: [`/uploads/${id}.jpg`],
      heldPhotos: [`/uploads/${id}-held.jpg`],
      closedAt,
      description: '路灯坏了',
      ...extra,
    } as unknown as IssueDoc),
  );
}

describe('the retention job', () => {
  it('erases the phone and original photos 180 days after closure, and not a day earlier', async () => {
    const removed: string[] = [];
    const deps = { ...h.deps, files: { remove: async (paths: string[]) => void removed.push(...paths) } };
    await closedIssue('iss-old', h.clock.now().toISOString());
    await h.deps.store.transaction((tx) =>
      tx.set(MODERATION, {
        _id: 'mod-old',
        kind: 'image',
        path: '/uploads/iss-old-held.jpg',
        issueId: 'iss-old',
        ticketNo: 'HD-OLD',
        communityId: null,
        submittedBy: 'demo-resident',
        state: 'held',
        reason: null,
        traceId: null,
        checker: 'local',
        history: [],
        createdAt: h.clock.now().toISOString(),
        updatedAt: h.clock.now().toISOString(),
        version: 1,
      }),
    );

    h.clock.advance(179 * DAY);
    expect(await eraseAfterRetention(deps)).toEqual({ processed: 0 });
    expect((await h.deps.store.get(ISSUES, 'iss-old'))?.phone).toBe('13800000001');

    h.clock.advance(DAY);
    expect(await eraseAfterRetention(deps)).toEqual({ processed: 1 });
    const after = await h.deps.store.get(ISSUES, 'iss-old');
    expect(after).toMatchObject({
      phone: null,
      photos: [],
      heldPhotos: [],
      description: '路灯坏了',
      retainedAt: h.clock.now().toISOString(),
    });
    expect(removed).toEqual(['/uploads/iss-old.jpg', '/uploads/iss-old-held.jpg']);
    expect(await h.deps.store.count(MODERATION, { issueId: 'iss-old' })).toBe(0);
  });

  it('leaves open issues alone, and a second run changes nothing', async () => {
    await closedIssue('iss-open', null);
    await closedIssue('iss-closed', h.clock.now().toISOString());
    h.clock.advance(400 * DAY);
    expect(await eraseAfterRetention(h.deps)).toEqual({ processed: 1 });
    expect(await eraseAfterRetention(h.deps)).toEqual({ processed: 0 });
    expect((await h.deps.store.get(ISSUES, 'iss-open'))?.phone).toBe('13800000001');
  });

  it('follows the configured number of days', async () => {
    await closedIssue('iss-short', h.clock.now().toISOString());
    h.clock.advance(30 * DAY);
    expect(await eraseAfterRetention({ ...h.deps, config: { ...DEFAULT_CONFIG, retentionDays: 30 } })).toEqual({
      processed: 1,
    });
  });

  it('runs as the hourly privacy-retention timer job', async () => {
    await closedIssue('iss-timer', h.clock.now().toISOString());
    h.clock.advance(181 * DAY);
    const summary = await runDueJobs(h.deps, ['privacy-retention']);
    expect(summary.ran).toEqual([expect.objectContaining({ name: 'privacy-retention', ok: true, processed: 1 })]);
  });
});

describe('HUDAO_RETENTION_DAYS', () => {
  it('overrides the default of 180 when it is a whole number of days', async () => {
    const { configFromEnv } = await import('../../server/core/action');
    expect(configFromEnv({}).retentionDays).toBe(180);
    expect(configFromEnv({ HUDAO_RETENTION_DAYS: '90' }).retentionDays).toBe(90);
    expect(configFromEnv({ HUDAO_RETENTION_DAYS: 'soon' }).retentionDays).toBe(180);
    expect(configFromEnv({ HUDAO_RETENTION_DAYS: '0' }).retentionDays).toBe(180);
  });
});
