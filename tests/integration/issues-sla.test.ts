import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { DAY, HOUR, fileReport, inbox, runSla, stored, versionOf } from './issues-helpers';
import { ISSUE_EVENTS } from '../../server/domain/issues/model';

let h: Harness;
beforeEach(async () => {
  // Thursday 26 November 2026, 10:00 in Shanghai.
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const MINUTE = 60_000;

async function newIssue() {
  const r = await fileReport(h, 'resident');
  return { id: r.id, ticketNo: r.ticketNo };
}

describe('the SLA job: reminders', () => {
  it('sends one 催办 to the grid staff 4 hours before the accept deadline, and not again', async () => {
    const issue = await newIssue();
    h.clock.advance(19 * HOUR);
    await runSla(h);
    expect(
      (await inbox(h, 'demo-grid-worker')).filter(
        (m) => m.kind === 'issue_reminder' && m.body.includes(issue.ticketNo),
      ),
    ).toHaveLength(0);
    h.clock.advance(1 * HOUR + MINUTE);
    await runSla(h);
    await runSla(h);
    const reminders = (await inbox(h, 'demo-grid-worker')).filter(
      (m) => m.kind === 'issue_reminder' && m.body.includes(issue.ticketNo),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0].body).toContain('前受理');
    const doc = await stored(h, issue.id);
    expect(doc.remindAt).toBeNull();
    expect(doc.remindedFor).toBe(doc.acceptDueAt);
  });

  it('reminds again for the resolve deadline once the issue is accepted', async () => {
    const issue = await newIssue();
    await h.ok('grid_worker', 'issues', 'accept', { id: issue.id, version: 1, note: '' });
    // Resolve by Tuesday 1 December 10:00; the reminder goes 24 hours before.
    h.clock.advance(4 * DAY + MINUTE);
    await runSla(h);
    const reminders = (await inbox(h, 'demo-grid-worker')).filter(
      (m) => m.kind === 'issue_reminder' && m.body.includes(issue.ticketNo),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0].body).toContain('前办结');
  });
});

describe('the SLA job: escalation (督办)', () => {
  it('escalates an issue nobody accepted to the community, then to the sub-district one working day later', async () => {
    const issue = await newIssue();
    h.clock.advance(DAY + MINUTE); // Friday 10:01, one minute past the accept deadline
    await runSla(h);
    let doc = await stored(h, issue.id);
    expect(doc).toEqual(
      expect.objectContaining({
        level: 'community',
        supervised: true,
        everOverdue: true,
        holder: 'grid',
        state: 'submitted',
      }),
    );
    expect(
      (await inbox(h, 'demo-community-admin')).some(
        (m) => m.kind === 'issue_escalated' && m.body.includes(issue.ticketNo),
      ),
    ).toBe(true);
    expect((await inbox(h, 'demo-resident')).some((m) => m.title === '您的反映已升级督办')).toBe(true);
    const overdue = await h.ok('community_admin', 'issues', 'queue', { queue: 'overdue', pageSize: 100 });
    expect(overdue.items.find((i) => i.id === issue.id)).toEqual(
      expect.objectContaining({ overdue: true, supervised: true }),
    );

    await runSla(h);
    expect((await stored(h, issue.id)).level).toBe('community');

    h.clock.advance(3 * DAY); // Monday 10:01: one working day after the escalation
    await runSla(h);
    doc = await stored(h, issue.id);
    expect(doc.level).toBe('district');
    expect(doc.escalateAt).toBeNull();
    expect(
      (await inbox(h, 'demo-district-admin')).some(
        (m) => m.kind === 'issue_escalated' && m.body.includes(issue.ticketNo),
      ),
    ).toBe(true);
  });

  it('leaves escalation visible on the public timeline, and lets the grid still handle the issue', async () => {
    const issue = await newIssue();
    h.clock.advance(DAY + MINUTE);
    await runSla(h);
    const view = await h.ok('relative', 'issues', 'get', { id: issue.id });
    expect(view.timeline.some((e) => e.type === 'escalated' && e.note.includes('宜昌路社区督办'))).toBe(true);
    expect(view.supervised).toBe(true);
    expect(
      codeOf(
        await h.call('grid_worker', 'issues', 'accept', {
          id: issue.id,
          version: await versionOf(h, issue.id),
          note: '',
        }),
      ),
    ).toBe('OK');
    expect((await stored(h, issue.id)).respondedOnTime).toBe(false);
  });

  it('does not escalate an issue accepted in time, until its resolve deadline passes', async () => {
    const issue = await newIssue();
    await h.ok('grid_worker', 'issues', 'accept', { id: issue.id, version: 1, note: '' });
    h.clock.advance(DAY + MINUTE);
    await runSla(h);
    expect((await stored(h, issue.id)).level).toBe('grid');
    h.clock.advance(4 * DAY);
    await runSla(h);
    expect((await stored(h, issue.id)).level).toBe('community');
  });
});

describe('the SLA job: auto-close', () => {
  it('closes a resolved issue as fixed after 7 days without a callback, and tells the reporter', async () => {
    const issue = await newIssue();
    const accepted = await h.ok('grid_worker', 'issues', 'accept', { id: issue.id, version: 1, note: '' });
    await h.ok('grid_worker', 'issues', 'resolve', {
      id: issue.id,
      version: accepted.version,
      note: '已清理',
      photos: [],
    });
    h.clock.advance(7 * DAY - MINUTE);
    await runSla(h);
    expect((await stored(h, issue.id)).state).toBe('resolved');
    h.clock.advance(2 * MINUTE);
    const summary = await runSla(h);
    expect(summary.ran[0].ok).toBe(true);
    const doc = await stored(h, issue.id);
    expect(doc).toEqual(
      expect.objectContaining({
        state: 'closed',
        outcome: 'fixed',
        closedAt: h.clock.now().toISOString(),
        autoCloseAt: null,
      }),
    );
    expect((await inbox(h, 'demo-resident')).some((m) => m.kind === 'issue_closed')).toBe(true);
    expect(
      codeOf(
        await h.call('resident', 'issues', 'callback', {
          id: issue.id,
          satisfaction: 'satisfied',
          stars: 5,
          comment: '',
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
  });

  it('does not close an issue the reporter reopened', async () => {
    const issue = await newIssue();
    const a = await h.ok('grid_worker', 'issues', 'accept', { id: issue.id, version: 1, note: '' });
    await h.ok('grid_worker', 'issues', 'resolve', { id: issue.id, version: a.version, note: '已清理', photos: [] });
    await h.ok('resident', 'issues', 'callback', {
      id: issue.id,
      satisfaction: 'dissatisfied',
      stars: 1,
      comment: '没清干净',
    });
    h.clock.advance(8 * DAY);
    await runSla(h);
    expect((await stored(h, issue.id)).state).toBe('reopened');
  });
});

describe('the SLA job is safe to run twice at once', () => {
  it('escalates once when two runs overlap', async () => {
    const issue = await newIssue();
    h.clock.advance(DAY + MINUTE);
    await Promise.all([runSla(h), runSla(h)]);
    const events = await h.deps.store.count(ISSUE_EVENTS, { issueId: issue.id, type: 'escalated' });
    expect(events).toBe(1);
    expect((await stored(h, issue.id)).level).toBe('community');
  });
});
