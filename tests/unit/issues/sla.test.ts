import { DEFAULT_SETTINGS } from '../../../server/domain/issues/settings';
import { deadlinesFrom, derive, isOverdue, levelAbove } from '../../../server/domain/issues/sla';
import { contribution } from '../../../server/domain/issues/stat-counters';
import type { IssueDoc } from '../../../server/domain/issues/model';

const settings = DEFAULT_SETTINGS;
const filed = new Date('2026-11-26T02:00:00Z'); // Thursday 10:00 Shanghai

function issue(patch: Partial<IssueDoc> = {}): IssueDoc {
  const d = deadlinesFrom(filed, 3, settings);
  return {
    _id: 'i1',
    ticketNo: '20261126-0001',
    requestId: 'r',
    source: 'miniapp',
    category: 'flyers',
    categoryName: '小广告',
    description: '楼道小广告',
    address: null,
    addressText: '',
    addressKey: null,
    location: null,
    geoCell: null,
    photos: [],
    reporter: 'u',
    reporterName: '王建华',
    hideName: false,
    phone: null,
    gridId: 'g-03',
    gridName: 'g',
    branchId: 'b-yc-2',
    branchName: 'b',
    communityId: 'c-yichang',
    communityName: 'c',
    state: 'submitted',
    outcome: null,
    queue: 'pending',
    open: true,
    public: true,
    priority: 'normal',
    queueSort: '',
    holder: 'grid',
    level: 'grid',
    supervised: false,
    everOverdue: false,
    version: 1,
    seq: 1,
    followers: ['u'],
    supporters: 0,
    duplicateOf: null,
    duplicateTicket: null,
    reopenCount: 0,
    callback: null,
    statusNote: '',
    rejectReason: null,
    redirectTo: null,
    submittedAt: filed.toISOString(),
    updatedAt: filed.toISOString(),
    firstResponseAt: null,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    firstAcceptDueAt: d.acceptDueAt,
    respondedOnTime: null,
    resolvedOnTime: null,
    ...d,
    dueAt: null,
    remindAt: null,
    remindedFor: null,
    escalateAt: null,
    autoCloseAt: null,
    resolveDays: 3,
    ...patch,
  };
}

describe('derived deadlines', () => {
  it('runs the accept deadline while waiting, with a reminder 4 hours before and escalation at the deadline', () => {
    const d = derive(null, issue(), settings);
    expect(d.dueAt).toBe('2026-11-27T02:00:00.000Z');
    expect(d.remindAt).toBe('2026-11-26T22:00:00.000Z');
    expect(d.escalateAt).toBe(d.dueAt);
    expect(d.queueSort).toBe('1|2026-11-27T02:00:00.000Z');
  });

  it('switches to the resolve deadline once accepted, restarting the escalation schedule', () => {
    const before = derive(null, issue(), settings);
    const after = derive(before, { ...before, state: 'accepted', escalateAt: 'stale' }, settings);
    expect(after.dueAt).toBe('2026-12-01T02:00:00.000Z');
    expect(after.escalateAt).toBe(after.dueAt);
    expect(after.remindAt).toBe('2026-11-30T02:00:00.000Z');
    expect(after.queue).toBe('working');
  });

  it('keeps the escalation step the job set while the deadline stays the same', () => {
    const before = derive(null, issue(), settings);
    const after = derive(before, { ...before, level: 'community', escalateAt: '2026-11-30T02:00:00.000Z' }, settings);
    expect(after.escalateAt).toBe('2026-11-30T02:00:00.000Z');
  });

  it('stops all timers when resolved, and schedules the auto-close 7 days later', () => {
    const d = derive(null, issue({ state: 'resolved', resolvedAt: '2026-11-27T00:00:00.000Z' }), settings);
    expect(d).toEqual(
      expect.objectContaining({ dueAt: null, remindAt: null, escalateAt: null, open: false, queue: 'resolved' }),
    );
    expect(d.autoCloseAt).toBe('2026-12-04T00:00:00.000Z');
  });

  it('sends no second reminder for a deadline already reminded', () => {
    const d = derive(null, issue({ remindedFor: '2026-11-27T02:00:00.000Z' }), settings);
    expect(d.remindAt).toBeNull();
  });

  it('sorts urgent issues first', () => {
    expect(derive(null, issue({ priority: 'urgent' }), settings).queueSort.startsWith('0|')).toBe(true);
  });

  it('takes a rejected issue out of public view', () => {
    expect(derive(null, issue({ state: 'rejected', outcome: 'rejected' }), settings).public).toBe(false);
  });

  it('knows overdue and the escalation ladder', () => {
    const d = derive(null, issue(), settings);
    expect(isOverdue(d, new Date('2026-11-27T02:00:01Z'))).toBe(true);
    expect(isOverdue(d, new Date('2026-11-27T01:59:59Z'))).toBe(false);
    expect([levelAbove('grid'), levelAbove('community'), levelAbove('district')]).toEqual([
      'community',
      'district',
      null,
    ]);
  });
});

describe('statistics contribution', () => {
  it('counts a resolved-then-closed issue as resolved and rated, and a rejected one as not valid', () => {
    const closed = contribution(
      issue({
        state: 'closed',
        outcome: 'fixed',
        firstResponseAt: '2026-11-26T04:00:00.000Z',
        respondedOnTime: true,
        resolvedAt: '2026-11-27T02:00:00.000Z',
        resolvedOnTime: true,
        callback: { satisfaction: 'basic', stars: 4, comment: '', at: '' },
      }),
    );
    expect(closed).toEqual(
      expect.objectContaining({
        submitted: 1,
        valid: 1,
        responded: 1,
        respondedOnTime: 1,
        acceptMinutes: 120,
        resolved: 1,
        resolveMinutes: 1440,
        rated: 1,
        satisfied: 1,
        stars: 4,
        open: 0,
      }),
    );
    const rejected = contribution(issue({ state: 'rejected', outcome: 'rejected' }));
    expect(rejected).toEqual(expect.objectContaining({ valid: 0, rejected: 1, resolved: 0 }));
  });

  it('does not count "closed, not fixed" as resolved', () => {
    expect(
      contribution(issue({ state: 'closed', outcome: 'unsatisfied', resolvedAt: '2026-11-27T02:00:00.000Z' })).resolved,
    ).toBe(0);
  });
});
