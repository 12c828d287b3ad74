import { USERS } from '../../server/domain/account/users';
import {
  ELDERCARE_BOOKINGS,
  ELDERCARE_QUOTAS,
  ELDERCARE_WINDOWS,
  ELDER_GUARDIANS,
  ELDER_PROFILES,
  type ElderDoc,
} from '../../server/domain/eldercare/model';
import { ISSUE_STATS, ISSUE_SUPPORTS, ISSUES } from '../../server/domain/issues/model';
import { anonymousId, DELETED_NAME } from '../../server/domain/privacy/erase';
import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { HAIRCUT, rid, WANG, windowsOf, ZHANG } from './eldercare-helpers';
import { OUTBOX } from '../../server/domain/notify/outbox';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const RELATIVE = 'demo-relative';
const report = {
  requestId: 'req-rights-0001',
  category: 'flyers',
  description: '楼道里贴满了小广告',
  address: { street: '万安一路', number: 6, detail: '2单元301' },
  phone: '13800000002',
  photos: [],
  hideName: false,
};

/** 张丽 (relative): a future haircut for her father, a report with her phone, a "me too", and a second elder she shares with 王建华. */
async function relativeWithHistory() {
  const windowId = (await windowsOf(h, HAIRCUT))[0];
  const { booking } = await h.ok('relative', 'eldercare', 'book', {
    clientRequestId: rid(),
    elderId: ZHANG,
    serviceId: HAIRCUT,
    windowId,
    notes: '请上午来',
  });
  const issue = await h.ok('relative', 'issues', 'report', report);
  const other = (
    await h.deps.store.find(ISSUES, { public: true, open: true, reporter: { $ne: RELATIVE } }, { limit: 1 })
  )[0];
  await h.ok('relative', 'issues', 'meToo', { id: other._id });
  await h.ok('resident', 'eldercare', 'addGuardian', { elderId: WANG, openid: RELATIVE, relation: '亲属' });
  return { booking, windowId, issueId: issue.id, supportedId: other._id };
}

describe('我的数据', () => {
  it('shows a resident everything held about them and the elders they guard, as sections and two files', async () => {
    await relativeWithHistory();
    const data = await h.ok('relative', 'account', 'myData', {});
    const titles = Object.fromEntries(data.sections.map((s) => [s.title, s.items.map((i) => i.heading)]));
    expect(titles['我的账号']).toEqual(['张丽']);
    expect(titles['我监护的老人']).toEqual(
      expect.arrayContaining([expect.stringContaining('张德顺'), expect.stringContaining('王桂兰')]),
    );
    expect(titles['我反映的问题']).toEqual(expect.arrayContaining([expect.stringContaining('小广告')]));
    expect(titles['我点过“我也遇到”的问题']).toHaveLength(1);
    expect(titles['我的为老服务预约'].length).toBeGreaterThanOrEqual(2);

    const [text, json] = data.files;
    expect(text.filename).toMatch(/^我的数据-\d{8}\.txt$/);
    expect(text.content).toContain('楼道里贴满了小广告');
    expect(text.content).toContain('13800000002');
    const parsed = JSON.parse(json.content);
    expect(parsed.user).toMatchObject({ _id: RELATIVE, name: '张丽', phone: '13800000002' });
    expect(parsed.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ description: '楼道里贴满了小广告', phone: '13800000002' })]),
    );
    expect(parsed.elders.map((e: ElderDoc) => e._id).sort()).toEqual([WANG, ZHANG].sort());
  });

  it('shows staff their own data, not the residents they work for', async () => {
    const data = await h.ok('grid_worker', 'account', 'myData', {});
    const account = data.sections.find((s) => s.title === '我的账号')!;
    expect(account.items[0].lines).toEqual(expect.arrayContaining([expect.stringContaining('网格员')]));
    expect(data.sections.find((s) => s.title === '我监护的老人')!.items).toEqual([]);
    expect(data.sections.find((s) => s.title === '我反映的问题')!.items).toEqual([]);
  });

  it('is empty, not an error, for a newcomer', async () => {
    const data = await h.ok({ openid: 'wx-rights-new' }, 'account', 'myData', {});
    expect(data.sections.find((s) => s.title === '我反映的问题')!.items).toEqual([]);
    expect(codeOf(await h.call(null, 'account', 'myData', {}))).toBe('UNAUTHENTICATED');
  });
});

describe('注销账号', () => {
  it('anonymises, erases and keeps exactly what docs/privacy.md says, with every counter still true', async () => {
    const { booking, windowId, issueId, supportedId } = await relativeWithHistory();
    const statsBefore = await h.deps.store.find(ISSUE_STATS, {}, { limit: 1000 });
    const supportsBefore = (await h.deps.store.get(ISSUES, supportedId))!.supporters;
    const takenBefore = (await h.deps.store.get(ELDERCARE_WINDOWS, windowId))!.taken;

    const reported = await h.deps.store.count(ISSUES, { reporter: RELATIVE });
    const summary = await h.ok('relative', 'account', 'deleteAccount', { confirm: '注销' });
    expect(summary).toMatchObject({
      bookingsWithdrawn: 1,
      eldersErased: 1,
      eldersKept: 1,
      issuesAnonymised: reported,
      supportsAnonymised: 1,
      accountErased: true,
    });

    // The future visit is called off, its place and quota given back, and the partner told.
    const cancelled = await h.deps.store.get(ELDERCARE_BOOKINGS, booking.id);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      bookerName: DELETED_NAME,
      bookerPhone: null,
      bookedBy: anonymousId(RELATIVE),
    });
    expect((await h.deps.store.get(ELDERCARE_WINDOWS, windowId))!.taken).toBe(takenBefore - 1);
    const quotas = await h.deps.store.find(ELDERCARE_QUOTAS, { elderId: ZHANG }, { limit: 100 });
    expect(quotas.every((q) => !(booking.id in q.holds))).toBe(true);
    const partnerNews = await h.deps.store.find(OUTBOX, { recipient: 'demo-partner-barber' }, { limit: 100 });
    expect(partnerNews).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'eldercare_withdraw' })]));

    // Her father had no other guardian: erased, his past visit kept without his identity. 王桂兰 stays with 王建华.
    expect(await h.deps.store.get(ELDER_PROFILES, ZHANG)).toBeNull();
    const past = await h.deps.store.get(ELDERCARE_BOOKINGS, 'bk_demo_zhang_haircut');
    expect(past).toMatchObject({
      status: 'completed',
      elder: expect.objectContaining({ name: DELETED_NAME, phone: null }),
    });
    expect((await h.deps.store.get(ELDER_PROFILES, WANG))!.guardians).toEqual(['demo-resident']);
    expect(await h.deps.store.count(ELDER_GUARDIANS, { openid: RELATIVE })).toBe(0);

    // The report stays as the public record; she is anonymised, phone and door number erased.
    const issue = await h.deps.store.get(ISSUES, issueId);
    expect(issue).toMatchObject({
      description: '楼道里贴满了小广告',
      reporter: anonymousId(RELATIVE),
      reporterName: DELETED_NAME,
      hideName: true,
      phone: null,
      address: expect.objectContaining({ detail: '' }),
    });
    expect(await h.deps.store.find(ISSUE_STATS, {}, { limit: 1000 })).toEqual(statsBefore);
    expect((await h.deps.store.get(ISSUES, supportedId))!.supporters).toBe(supportsBefore);
    expect(await h.deps.store.count(ISSUE_SUPPORTS, { issueId: supportedId, supporter: anonymousId(RELATIVE) })).toBe(
      1,
    );
    expect(await h.deps.store.find(ISSUE_SUPPORTS, { supporter: RELATIVE })).toEqual([]);

    // The account and her messages are gone; nothing is left under her openid.
    expect(await h.deps.store.get(USERS, RELATIVE)).toBeNull();
    expect(await h.deps.store.count(OUTBOX, { recipient: RELATIVE })).toBe(0);
    expect(await h.deps.store.count(ISSUES, { reporter: RELATIVE })).toBe(0);
    expect(await h.deps.store.count(ELDERCARE_BOOKINGS, { bookedBy: RELATIVE })).toBe(0);
  });

  it('is harmless when repeated (a retried tap, or a retry after a failure half way)', async () => {
    await relativeWithHistory();
    await h.ok('relative', 'account', 'deleteAccount', { confirm: '注销' });
    const again = await h.ok('relative', 'account', 'deleteAccount', { confirm: '注销' });
    expect(again).toEqual({
      bookingsWithdrawn: 0,
      bookingsAnonymised: 0,
      eldersErased: 0,
      eldersKept: 0,
      issuesAnonymised: 0,
      supportsAnonymised: 0,
      applicationsAnonymised: 0,
      enrolmentsAnonymised: 0,
      messagesErased: 0,
      accountErased: false,
    });
  });

  it('is refused while the person holds a staff role', async () => {
    const reply = await h.call('grid_worker', 'account', 'deleteAccount', { confirm: '注销' });
    expect(!reply.ok && reply.error).toMatchObject({
      code: 'FAILED_PRECONDITION',
      details: { reason: 'STAFF_CANNOT_DELETE' },
      message: expect.stringContaining('撤销身份'),
    });
    expect(await h.deps.store.get(USERS, 'demo-grid-worker')).not.toBeNull();
  });

  it('asks an enterprise contact to leave the enterprise first, and says where', async () => {
    const reply = await h.call('enterprise_contact', 'account', 'deleteAccount', { confirm: '注销' });
    expect(!reply.ok && reply.error).toMatchObject({
      code: 'FAILED_PRECONDITION',
      details: { reason: 'CONTACT_CANNOT_DELETE' },
      message: expect.stringContaining('退出企业'),
    });
    expect(await h.deps.store.get(USERS, 'demo-enterprise-contact')).not.toBeNull();
  });

  it('needs the typed confirmation and a signed-in caller', async () => {
    expect(codeOf(await h.call('resident', 'account', 'deleteAccount', {} as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(await h.call('resident', 'account', 'deleteAccount', { confirm: '好' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(await h.call(null, 'account', 'deleteAccount', { confirm: '注销' }))).toBe('UNAUTHENTICATED');
  });

  it('a deleted resident who comes back starts as a new resident who must agree again', async () => {
    await h.ok('relative', 'account', 'deleteAccount', { confirm: '注销' });
    const me = await h.ok('relative', 'account', 'me', {});
    expect(me).toMatchObject({ name: expect.stringMatching(/^居民/), phone: null, privacy: { needsConsent: true } });
    expect(await h.ok('relative', 'eldercare', 'myElders', {})).toEqual([]);
  });
});
