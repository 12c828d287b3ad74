import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { addStaff, fileReport, inbox, stored, versionOf } from './issues-helpers';
import { ISSUE_EVENTS } from '../../server/domain/issues/model';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** A fresh flyers report at 万安一路6号 (grid g-03, branch b-yc-2, community c-yichang). */
async function newIssue(o: Parameters<typeof fileReport>[2] = {}) {
  const r = await fileReport(h, 'resident', o);
  return { id: r.id, ticketNo: r.ticketNo, version: await versionOf(h, r.id) };
}

async function accepted() {
  const issue = await newIssue();
  const done = await h.ok('grid_worker', 'issues', 'accept', { id: issue.id, version: issue.version, note: '' });
  return { ...issue, version: done.version };
}

const OUTSIDERS = ['resident', 'relative', 'partner_barber'] as const;

describe('issues.accept', () => {
  it('lets the grid worker of the branch accept, records the first response, and tells the reporter', async () => {
    const issue = await newIssue();
    const reply = await h.ok('grid_worker', 'issues', 'accept', { id: issue.id, version: issue.version, note: '' });
    expect(reply).toEqual({ id: issue.id, state: 'accepted', version: issue.version + 1 });
    const doc = await stored(h, issue.id);
    expect(doc.firstResponseAt).toBe(h.clock.now().toISOString());
    expect(doc.respondedOnTime).toBe(true);
    expect(doc.queue).toBe('working');
    expect(
      (await inbox(h, 'demo-resident')).some((m) => m.kind === 'issue_accepted' && m.body.includes('已受理')),
    ).toBe(true);
  });

  it.each(['community_admin', 'district_admin'] as const)('lets the %s above the grid accept', async (who) => {
    const issue = await newIssue();
    expect(codeOf(await h.call(who, 'issues', 'accept', { id: issue.id, version: issue.version, note: '' }))).toBe(
      'OK',
    );
  });

  it.each(OUTSIDERS)('refuses %s (no staff role)', async (who) => {
    const issue = await newIssue();
    expect(codeOf(await h.call(who, 'issues', 'accept', { id: issue.id, version: issue.version, note: '' }))).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('refuses grid staff of another branch, and a community admin of another community', async () => {
    const issue = await newIssue();
    const otherGrid = await addStaff(h, 'wx-grid-ruian', { role: 'grid_staff', branchId: 'b-ra-1' });
    const otherCommunity = await addStaff(h, 'wx-admin-ruian', { role: 'community_admin', communityId: 'c-ruian' });
    for (const who of [otherGrid, otherCommunity]) {
      const reply = await h.call(who, 'issues', 'accept', { id: issue.id, version: issue.version, note: '' });
      expect(codeOf(reply)).toBe('PERMISSION_DENIED');
    }
    expect((await stored(h, issue.id)).state).toBe('submitted');
  });

  it('answers CONFLICT to a stale version and FAILED_PRECONDITION to accepting twice', async () => {
    const issue = await accepted();
    expect(
      codeOf(
        await h.call('community_admin', 'issues', 'accept', { id: issue.id, version: issue.version - 1, note: '' }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(await h.call('community_admin', 'issues', 'accept', { id: issue.id, version: issue.version, note: '' })),
    ).toBe('FAILED_PRECONDITION');
  });

  it('lets exactly one of two staff accepting at the same moment succeed; the other gets CONFLICT', async () => {
    const issue = await newIssue();
    const replies = await Promise.all([
      h.call('grid_worker', 'issues', 'accept', { id: issue.id, version: issue.version, note: '' }),
      h.call('community_admin', 'issues', 'accept', { id: issue.id, version: issue.version, note: '' }),
    ]);
    expect(replies.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const events = await h.deps.store.count(ISSUE_EVENTS, { issueId: issue.id, type: 'accepted' });
    expect(events).toBe(1);
  });

  it('answers NOT_FOUND for an unknown issue', async () => {
    expect(
      codeOf(await h.call('district_admin', 'issues', 'accept', { id: 'iss_missing', version: 1, note: '' })),
    ).toBe('NOT_FOUND');
  });

  it('refuses a missing version with INVALID_ARGUMENT', async () => {
    const issue = await newIssue();
    const reply = await h.raw('issues', { action: 'accept', id: issue.id }, 'demo-grid-worker');
    expect(codeOf(reply)).toBe('INVALID_ARGUMENT');
  });
});

describe('issues.update, issues.note, issues.resolve', () => {
  it('publishes a progress update the reporter sees and moves the issue to in_progress', async () => {
    const issue = await accepted();
    const reply = await h.ok('grid_worker', 'issues', 'update', {
      id: issue.id,
      version: issue.version,
      note: '已联系物业，明天清理',
      photos: [],
    });
    expect(reply.state).toBe('in_progress');
    const view = await h.ok('resident', 'issues', 'get', { id: issue.id });
    expect(view.timeline.map((e) => e.note)).toContain('已联系物业，明天清理');
    expect((await inbox(h, 'demo-resident')).some((m) => m.kind === 'issue_progress')).toBe(true);
  });

  it('adds an internal note without changing state or version, in any state', async () => {
    const issue = await accepted();
    await h.ok('grid_worker', 'issues', 'note', { id: issue.id, note: '需要联系物业经理' });
    const doc = await stored(h, issue.id);
    expect(doc.version).toBe(issue.version);
    expect(doc.state).toBe('accepted');
  });

  it('refuses notes and updates to residents and to staff out of scope', async () => {
    const issue = await accepted();
    expect(codeOf(await h.call('resident', 'issues', 'note', { id: issue.id, note: '我是居民' }))).toBe(
      'PERMISSION_DENIED',
    );
    const other = await addStaff(h, 'wx-grid-xl', { role: 'grid_staff', branchId: 'b-xl-1' });
    expect(
      codeOf(
        await h.call(other, 'issues', 'update', { id: issue.id, version: issue.version, note: '不是我的', photos: [] }),
      ),
    ).toBe('PERMISSION_DENIED');
  });

  it('resolves with a note and a photo, stores the time, and asks the reporter to rate', async () => {
    const issue = await accepted();
    const reply = await h.ok('grid_worker', 'issues', 'resolve', {
      id: issue.id,
      version: issue.version,
      note: '已清理完毕',
      photos: ['/uploads/after.jpg'],
    });
    expect(reply.state).toBe('resolved');
    const doc = await stored(h, issue.id);
    expect(doc.resolvedAt).toBe(h.clock.now().toISOString());
    expect(doc.resolvedOnTime).toBe(true);
    expect(doc.autoCloseAt).toBe(new Date(h.clock.now().getTime() + 7 * 86_400_000).toISOString());
    const view = await h.ok('resident', 'issues', 'get', { id: issue.id });
    expect(view.canCallback).toBe(true);
    expect(view.timeline.at(-1)?.photos).toEqual(['/uploads/after.jpg']);
  });

  it('tells the reporter the resolution in clean sentences even when the note ends in a full stop', async () => {
    const issue = await accepted();
    await h.ok('grid_worker', 'issues', 'resolve', {
      id: issue.id,
      version: issue.version,
      note: '楼道小广告已擦净。',
      photos: [],
    });
    const bodies = (await inbox(h, 'demo-resident'))
      .filter((m) => m.kind === 'issue_resolved' && m.body.startsWith('楼道小广告已擦净'))
      .map((m) => m.body);
    expect(bodies).toEqual(['楼道小广告已擦净。请您对办理结果进行评价。']);
  });

  it('refuses to resolve an issue nobody accepted, and a resolve without a note', async () => {
    const issue = await newIssue();
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'resolve', {
          id: issue.id,
          version: issue.version,
          note: '好了',
          photos: [],
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
    const bad = await h.call('grid_worker', 'issues', 'resolve', {
      id: issue.id,
      version: issue.version,
      note: ' ',
      photos: [],
    });
    expect(codeOf(bad)).toBe('INVALID_ARGUMENT');
    expect(!bad.ok && bad.error.message).toContain('办结说明');
  });
});

describe('issues.return and issues.reassign', () => {
  it('lets the grid return an issue to its community, which then sees it in triage, and the grid can no longer act', async () => {
    const issue = await newIssue();
    const reply = await h.ok('grid_worker', 'issues', 'return', {
      id: issue.id,
      version: issue.version,
      reason: '该楼属于万安一路北网格',
    });
    expect(reply.state).toBe('returned');
    const triage = await h.ok('community_admin', 'issues', 'queue', { queue: 'triage' });
    expect(triage.items.map((i) => i.id)).toContain(issue.id);
    expect(
      codeOf(await h.call('grid_worker', 'issues', 'accept', { id: issue.id, version: reply.version, note: '' })),
    ).toBe('PERMISSION_DENIED');
    expect((await inbox(h, 'demo-community-admin')).some((m) => m.kind === 'issue_returned')).toBe(true);
  });

  it('refuses a return by a district admin (they reassign) and a return without a reason', async () => {
    const issue = await newIssue();
    expect(
      codeOf(
        await h.call('district_admin', 'issues', 'return', {
          id: issue.id,
          version: issue.version,
          reason: '不是这里',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(
      codeOf(await h.call('grid_worker', 'issues', 'return', { id: issue.id, version: issue.version, reason: '' })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('refuses a return once the issue is being worked on', async () => {
    const issue = await accepted();
    const progressed = await h.ok('grid_worker', 'issues', 'update', {
      id: issue.id,
      version: issue.version,
      note: '处理中',
      photos: [],
    });
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'return', {
          id: issue.id,
          version: progressed.version,
          reason: '不归我们',
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
  });

  it('lets a community admin reassign within the community, restarting the deadlines and telling the new grid', async () => {
    const issue = await newIssue();
    const g04 = await addStaff(h, 'wx-grid-yc3', { role: 'grid_staff', branchId: 'b-yc-3' });
    h.clock.advance(2 * 3_600_000);
    const reply = await h.ok('community_admin', 'issues', 'reassign', {
      id: issue.id,
      version: issue.version,
      gridId: 'g-04',
      note: '门牌在北网格',
    });
    expect(reply.state).toBe('reassigned');
    const doc = await stored(h, issue.id);
    expect(doc).toEqual(expect.objectContaining({ gridId: 'g-04', branchId: 'b-yc-3', holder: 'grid' }));
    expect(doc.acceptDueAt).toBe('2026-11-27T04:00:00.000Z');
    expect((await inbox(h, g04.openid)).some((m) => m.kind === 'issue_assigned')).toBe(true);
    expect(codeOf(await h.call(g04, 'issues', 'accept', { id: issue.id, version: reply.version, note: '' }))).toBe(
      'OK',
    );
  });

  it('refuses reassignment by grid staff and by a community admin to another community', async () => {
    const issue = await newIssue();
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'reassign', {
          id: issue.id,
          version: issue.version,
          gridId: 'g-04',
          note: '',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(
      codeOf(
        await h.call('community_admin', 'issues', 'reassign', {
          id: issue.id,
          version: issue.version,
          gridId: 'g-08',
          note: '',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(
      codeOf(
        await h.call('district_admin', 'issues', 'reassign', {
          id: issue.id,
          version: issue.version,
          gridId: 'g-99',
          note: '',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lets the district admin dispatch an unrouted issue from triage to a grid', async () => {
    const r = await fileReport(h, 'resident', { street: '香港中路', number: 1 });
    const v = await versionOf(h, r.id);
    expect(codeOf(await h.call('district_admin', 'issues', 'accept', { id: r.id, version: v, note: '' }))).toBe(
      'FAILED_PRECONDITION',
    );
    expect(
      codeOf(await h.call('community_admin', 'issues', 'reassign', { id: r.id, version: v, gridId: 'g-03', note: '' })),
    ).toBe('PERMISSION_DENIED');
    const reply = await h.ok('district_admin', 'issues', 'reassign', {
      id: r.id,
      version: v,
      gridId: 'g-03',
      note: '就近分派',
    });
    expect(
      codeOf(await h.call('grid_worker', 'issues', 'accept', { id: r.id, version: reply.version, note: '' })),
    ).toBe('OK');
  });
});

describe('issues.reject, issues.markDuplicate, issues.setPriority', () => {
  it('rejects with a reason and where to go instead, which the reporter reads; the issue leaves public view', async () => {
    const issue = await newIssue();
    await h.ok('grid_worker', 'issues', 'reject', {
      id: issue.id,
      version: issue.version,
      reason: '属于私人房屋纠纷',
      redirectTo: '请向人民调解委员会申请调解',
    });
    const view = await h.ok('resident', 'issues', 'get', { id: issue.id });
    expect(view).toEqual(
      expect.objectContaining({
        state: 'rejected',
        group: 'closed',
        rejectReason: '属于私人房屋纠纷',
        redirectTo: '请向人民调解委员会申请调解',
      }),
    );
    expect(codeOf(await h.call('relative', 'issues', 'get', { id: issue.id }))).toBe('NOT_FOUND');
    const reject = await h.call('grid_worker', 'issues', 'reject', {
      id: issue.id,
      version: issue.version,
      reason: '理由',
      redirectTo: '',
    });
    expect(codeOf(reject)).toBe('INVALID_ARGUMENT');
  });

  it('marks a duplicate, links it, and moves its reporter to follow the original', async () => {
    const original = await newIssue();
    const copy = await fileReport(h, 'relative', { number: 6 });
    const reply = await h.ok('grid_worker', 'issues', 'markDuplicate', {
      id: copy.id,
      version: await versionOf(h, copy.id),
      originalId: original.id,
      note: '',
    });
    expect(reply.state).toBe('duplicate');
    const view = await h.ok('relative', 'issues', 'get', { id: copy.id });
    expect(view.duplicateOf).toBe(original.id);
    expect(view.duplicateTicket).toBe(original.ticketNo);
    const orig = await stored(h, original.id);
    expect(orig.followers).toContain('demo-relative');
    expect(orig.supporters).toBe(1);
    expect(orig.version).toBe(original.version);
    await h.ok('grid_worker', 'issues', 'accept', { id: original.id, version: original.version, note: '' });
    expect((await inbox(h, 'demo-relative')).some((m) => m.kind === 'issue_accepted')).toBe(true);
  });

  it('refuses a duplicate of itself, of a closed issue, and of an unknown issue', async () => {
    const a = await newIssue();
    const b = await newIssue();
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'markDuplicate', {
          id: a.id,
          version: a.version,
          originalId: a.id,
          note: '',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'markDuplicate', {
          id: a.id,
          version: a.version,
          originalId: 'iss_nope',
          note: '',
        }),
      ),
    ).toBe('NOT_FOUND');
    await h.ok('grid_worker', 'issues', 'reject', {
      id: b.id,
      version: b.version,
      reason: '不属实',
      redirectTo: '无需另行办理',
    });
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'markDuplicate', {
          id: a.id,
          version: a.version,
          originalId: b.id,
          note: '',
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
  });

  it('puts urgent issues first in the queue and keeps the change internal', async () => {
    const first = await newIssue();
    const second = await newIssue();
    await h.ok('grid_worker', 'issues', 'setPriority', {
      id: second.id,
      version: second.version,
      priority: 'urgent',
      note: '涉及老人出行',
    });
    const queue = await h.ok('grid_worker', 'issues', 'queue', { queue: 'pending' });
    const ids = queue.items.map((i) => i.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(queue.items.find((i) => i.id === second.id)?.priority).toBe('urgent');
    const resident = await h.ok('resident', 'issues', 'get', { id: second.id });
    expect(resident.priority).toBeNull();
    expect(JSON.stringify(resident.timeline)).not.toContain('涉及老人出行');
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'setPriority', {
          id: second.id,
          version: second.version + 1,
          priority: 'urgent',
          note: '',
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
  });
});

describe('issues.callback', () => {
  async function resolved() {
    const issue = await accepted();
    const done = await h.ok('grid_worker', 'issues', 'resolve', {
      id: issue.id,
      version: issue.version,
      note: '已清理',
      photos: [],
    });
    return { ...issue, version: done.version };
  }
  const rate = (id: string, satisfaction: 'satisfied' | 'basic' | 'dissatisfied', stars = 3) =>
    h.call('resident', 'issues', 'callback', { id, satisfaction, stars, comment: '' });

  it('closes as fixed on 满意', async () => {
    const issue = await resolved();
    expect(codeOf(await rate(issue.id, 'satisfied', 5))).toBe('OK');
    const doc = await stored(h, issue.id);
    expect(doc).toEqual(
      expect.objectContaining({ state: 'closed', outcome: 'fixed', closedAt: h.clock.now().toISOString() }),
    );
    expect(doc.callback).toEqual(expect.objectContaining({ satisfaction: 'satisfied', stars: 5 }));
  });

  it('reads 已办结（已评价） after a satisfied rating, never 已关闭', async () => {
    const issue = await resolved();
    expect((await h.ok('resident', 'issues', 'get', { id: issue.id })).stateLabel).toBe('已办结（待评价）');
    await rate(issue.id, 'satisfied', 5);
    const view = await h.ok('resident', 'issues', 'get', { id: issue.id });
    expect(view.stateLabel).toBe('已办结（已评价）');
    expect(view.timeline.at(-1)?.stateLabel).toBe('已办结（已评价）');
    expect(JSON.stringify(view)).not.toContain('已关闭');
  });

  it('reopens once under 督办 on the first 不满意, and sends the second to the community admin', async () => {
    const issue = await resolved();
    await rate(issue.id, 'dissatisfied', 1);
    let doc = await stored(h, issue.id);
    expect(doc).toEqual(
      expect.objectContaining({
        state: 'reopened',
        supervised: true,
        level: 'community',
        holder: 'grid',
        reopenCount: 1,
      }),
    );
    expect((await inbox(h, 'demo-community-admin')).some((m) => m.kind === 'issue_reopened')).toBe(true);
    const again = await h.ok('grid_worker', 'issues', 'resolve', {
      id: issue.id,
      version: doc.version,
      note: '再次清理',
      photos: [],
    });
    await rate(issue.id, 'dissatisfied', 1);
    doc = await stored(h, issue.id);
    expect(doc).toEqual(expect.objectContaining({ state: 'reopened', holder: 'community', reopenCount: 2 }));
    expect(
      codeOf(await h.call('grid_worker', 'issues', 'accept', { id: issue.id, version: doc.version, note: '' })),
    ).toBe('PERMISSION_DENIED');
    expect(
      codeOf(
        await h.call('community_admin', 'issues', 'resolve', {
          id: issue.id,
          version: doc.version,
          note: '社区已协调解决',
          photos: [],
        }),
      ),
    ).toBe('OK');
    expect(again.version).toBeLessThan(doc.version);
    await rate(issue.id, 'dissatisfied', 1);
    doc = await stored(h, issue.id);
    expect(doc).toEqual(expect.objectContaining({ state: 'closed', outcome: 'unsatisfied' }));
    const view = await h.ok('relative', 'issues', 'get', { id: issue.id });
    expect(view.group).toBe('closed');
  });

  it('refuses a callback before resolution, by someone other than the reporter, and out of range', async () => {
    const issue = await accepted();
    expect(codeOf(await rate(issue.id, 'satisfied'))).toBe('FAILED_PRECONDITION');
    await h.ok('grid_worker', 'issues', 'resolve', {
      id: issue.id,
      version: issue.version,
      note: '已清理',
      photos: [],
    });
    expect(
      codeOf(
        await h.call('relative', 'issues', 'callback', {
          id: issue.id,
          satisfaction: 'satisfied',
          stars: 5,
          comment: '',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(
      codeOf(
        await h.call('resident', 'issues', 'callback', {
          id: issue.id,
          satisfaction: 'satisfied',
          stars: 6,
          comment: '',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(
        await h.call('resident', 'issues', 'callback', {
          id: issue.id,
          satisfaction: 'great' as never,
          stars: 5,
          comment: '',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(
        await h.call(null, 'issues', 'callback', { id: issue.id, satisfaction: 'satisfied', stars: 5, comment: '' }),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('workbench queues', () => {
  it('shows grid staff their branch only, community admins their community, district admins everything', async () => {
    const mine = await newIssue();
    const ruian = await fileReport(h, 'relative', { street: '瑞安路', number: 3 });
    const gridIds = (await h.ok('grid_worker', 'issues', 'queue', { queue: 'pending' })).items.map((i) => i.id);
    expect(gridIds).toContain(mine.id);
    expect(gridIds).not.toContain(ruian.id);
    const communityIds = (
      await h.ok('community_admin', 'issues', 'queue', { queue: 'pending', pageSize: 100 })
    ).items.map((i) => i.id);
    expect(communityIds).toContain(mine.id);
    expect(communityIds).not.toContain(ruian.id);
    const all = (await h.ok('district_admin', 'issues', 'queue', { queue: 'pending', pageSize: 100 })).items.map(
      (i) => i.id,
    );
    expect(all).toEqual(expect.arrayContaining([mine.id, ruian.id]));
  });

  it.each(OUTSIDERS)('refuses the workbench to %s', async (who) => {
    expect(codeOf(await h.call(who, 'issues', 'queue', { queue: 'pending' }))).toBe('PERMISSION_DENIED');
    expect(codeOf(await h.call(who, 'issues', 'stats', { from: '2026-01', to: '2026-12', groupBy: 'grid' }))).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('filters by grid, category and state, and pages with a total', async () => {
    await newIssue();
    await newIssue({ category: 'safety', description: '楼道里堆放杂物，堵住消防通道' });
    const safety = await h.ok('district_admin', 'issues', 'queue', {
      queue: 'pending',
      category: 'safety',
      gridId: 'g-03',
    });
    expect(safety.items.every((i) => i.category === 'safety' && i.gridId === 'g-03')).toBe(true);
    expect(safety.total).toBe(1);
    const page = await h.ok('district_admin', 'issues', 'queue', { queue: 'pending', pageSize: 1, page: 2 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
  });

  it('refuses a community admin who narrows to another community', async () => {
    expect(
      codeOf(await h.call('community_admin', 'issues', 'queue', { queue: 'pending', communityId: 'c-ruian' })),
    ).toBe('PERMISSION_DENIED');
    const narrowed = await h.ok('community_admin', 'issues', 'queue', { queue: 'pending', branchId: 'b-ra-1' });
    expect(narrowed.total).toBe(0);
  });

  it('counts every queue for the tabs', async () => {
    await newIssue();
    const { queues } = await h.ok('grid_worker', 'issues', 'queueCounts', {});
    expect(queues.map((q) => q.label)).toEqual(['待受理', '处理中', '已超时·督办', '退回待分派', '已办结待评价']);
    expect(queues.find((q) => q.queue === 'pending')!.count).toBeGreaterThanOrEqual(1);
  });

  it('gives staff the reply templates of a category, and the grids they reach', async () => {
    const { templates } = await h.ok('grid_worker', 'issues', 'templates', { category: 'flyers' });
    expect(templates.length).toBeGreaterThan(0);
    const grid = await h.ok('grid_worker', 'issues', 'grids', {});
    expect(grid.communities).toHaveLength(1);
    expect(grid.communities[0].branches.map((b) => b.id)).toEqual(['b-yc-2']);
    const district = await h.ok('district_admin', 'issues', 'grids', {});
    expect(district.communities).toHaveLength(3);
  });
});
