import { OUTBOX, queueMessage, type OutboxMessage } from '../../../server/domain/notify/outbox';
import { sendPendingMessages, type SubscribeMessage } from '../../../server/platform/subscribe-sender';
import { activeTemplates, shanghaiTime, thing } from '../../../server/platform/subscribe-templates';
import { createHarness, type Harness } from '../../helpers/harness';

const ENV = { SUBSCRIBE_TPL_BOOKING_UPDATE: 'tpl-update', SUBSCRIBE_TPL_VISIT_REMINDER: 'tpl-remind' };
let h: Harness;

beforeEach(async () => {
  h = await createHarness({ seed: false });
});
afterEach(() => h.close());

async function queue(
  recipient: string,
  kind: string,
  page: string | null = '/packages/eldercare/booking/index?id=bk1',
): Promise<OutboxMessage> {
  return h.deps.store.transaction((tx) =>
    queueMessage(
      tx,
      {
        recipient,
        kind,
        title: '预约已确认：上门理发服务由红色合伙人提供',
        body: '12月1日（周二）上午，请在家等候。',
        ...(page ? { page } : {}),
      },
      h.clock.now(),
    ),
  );
}

const entry = (id: string) => h.deps.store.get(OUTBOX, id);

function fakeSend(fail: (m: SubscribeMessage) => unknown = () => null) {
  const sent: SubscribeMessage[] = [];
  const send = async (m: SubscribeMessage) => {
    const err = fail(m);
    if (err) throw err;
    sent.push(m);
  };
  return { sent, send };
}

test('pushes a mapped entry once, to its recipient, and marks it', async () => {
  const a = await queue('openid-a', 'eldercare_confirm');
  const b = await queue('openid-b', 'eldercare_remind');
  const { sent, send } = fakeSend();
  expect(await sendPendingMessages(h.deps, send, { env: ENV })).toMatchObject({ sent: 2, failed: 0 });
  expect(sent).toHaveLength(2);
  const first = sent.find((m) => m.touser === 'openid-a');
  expect(first).toMatchObject({
    templateId: 'tpl-update',
    page: 'packages/eldercare/booking/index?id=bk1',
    miniprogramState: 'formal',
  });
  expect(first?.data.thing1.value).toBe(thing('预约已确认：上门理发服务由红色合伙人提供'));
  expect(Array.from(first?.data.thing1.value ?? '').length).toBeLessThanOrEqual(20);
  expect(first?.data.time3.value).toBe(shanghaiTime(a.createdAt));
  expect(sent.find((m) => m.touser === 'openid-b')?.templateId).toBe('tpl-remind');
  expect((await entry(a._id))?.pushedAt).toBe(h.clock.now().toISOString());
  expect((await entry(b._id))?.pushAttempts).toBe(1);

  // A second run sends nothing again.
  expect(await sendPendingMessages(h.deps, send, { env: ENV })).toMatchObject({ sent: 0 });
  expect(sent).toHaveLength(2);
});

test('skips kinds without a template, and everything when no template id is configured', async () => {
  const other = await queue('openid-a', 'guardian_added');
  await queue('openid-a', 'eldercare_confirm');
  const { sent, send } = fakeSend();
  expect(await sendPendingMessages(h.deps, send, { env: {} })).toEqual({ sent: 0, failed: 0, gaveUp: 0, skipped: 0 });
  expect(sent).toHaveLength(0);
  // Only the reminder template set: the confirm entry waits, the unmapped kind is never touched.
  expect(
    await sendPendingMessages(h.deps, send, { env: { SUBSCRIBE_TPL_VISIT_REMINDER: 'tpl-remind' } }),
  ).toMatchObject({ sent: 0 });
  await sendPendingMessages(h.deps, send, { env: ENV });
  expect(sent.map((m) => m.touser)).toEqual(['openid-a']);
  expect(await entry(other._id)).toMatchObject({ pushedAt: null });
  expect((await entry(other._id))?.pushAttempts).toBeUndefined();
});

test('a failed send is recorded and retried later without blocking the others', async () => {
  const bad = await queue('openid-flaky', 'eldercare_confirm');
  const good = await queue('openid-ok', 'eldercare_propose');
  let flaky = true;
  const { sent, send } = fakeSend((m) =>
    m.touser === 'openid-flaky' && flaky ? Object.assign(new Error('system busy'), { errCode: -1 }) : null,
  );

  expect(await sendPendingMessages(h.deps, send, { env: ENV })).toMatchObject({ sent: 1, failed: 1 });
  expect(sent.map((m) => m.touser)).toEqual(['openid-ok']);
  expect(await entry(bad._id)).toMatchObject({ pushedAt: null, pushAttempts: 1, pushClaimedAt: null });
  expect((await entry(bad._id))?.pushError).toContain('system busy');
  expect((await entry(good._id))?.pushedAt).not.toBeNull();

  flaky = false;
  h.clock.advance(5 * 60_000);
  expect(await sendPendingMessages(h.deps, send, { env: ENV })).toMatchObject({ sent: 1, failed: 0 });
  expect(await entry(bad._id)).toMatchObject({ pushAttempts: 2, pushError: null });
  expect((await entry(bad._id))?.pushedAt).not.toBeNull();
});

test('gives up on a permanent refusal (not subscribed) or after too many attempts', async () => {
  const unsubscribed = await queue('openid-nosub', 'eldercare_confirm');
  const broken = await queue('openid-broken', 'eldercare_decline');
  const { send } = fakeSend((m) =>
    m.touser === 'openid-nosub'
      ? Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 })
      : new Error('network'),
  );
  expect(await sendPendingMessages(h.deps, send, { env: ENV, maxAttempts: 2 })).toMatchObject({ gaveUp: 1, failed: 1 });
  expect((await entry(unsubscribed._id))?.pushGaveUpAt).toBeTruthy();
  expect(await sendPendingMessages(h.deps, send, { env: ENV, maxAttempts: 2 })).toMatchObject({ gaveUp: 1, failed: 0 });
  expect(await entry(broken._id)).toMatchObject({ pushAttempts: 2, pushedAt: null });
  expect(await sendPendingMessages(h.deps, send, { env: ENV, maxAttempts: 2 })).toEqual({
    sent: 0,
    failed: 0,
    gaveUp: 0,
    skipped: 0,
  });
});

test('an entry claimed by a running sender is skipped; old entries are not pushed', async () => {
  const claimed = await queue('openid-a', 'eldercare_confirm');
  await h.deps.store.transaction((tx) =>
    tx.update(OUTBOX, claimed._id, { pushClaimedAt: h.clock.now().toISOString() }),
  );
  const { sent, send } = fakeSend();
  expect(await sendPendingMessages(h.deps, send, { env: ENV })).toMatchObject({ skipped: 1, sent: 0 });
  h.clock.advance(2 * 24 * 3600_000);
  expect(await sendPendingMessages(h.deps, send, { env: ENV })).toMatchObject({ skipped: 0, sent: 0 });
  expect(sent).toHaveLength(0);
});

test('an entry without a page opens the inbox', async () => {
  await queue('openid-a', 'eldercare_confirm', null);
  const { sent, send } = fakeSend();
  await sendPendingMessages(h.deps, send, { env: ENV, miniprogramState: 'trial' });
  expect(sent[0]).toMatchObject({ page: 'pages/messages/index', miniprogramState: 'trial' });
});

test('activeTemplates reads ids from the environment only', () => {
  expect(
    [...activeTemplates({ SUBSCRIBE_TPL_BOOKING_UPDATE: ' tpl ' }).entries()].map(([k, v]) => [k, v.templateId]),
  ).toContainEqual(['eldercare_confirm', 'tpl']);
  expect(activeTemplates({}).size).toBe(0);
});

test('a kind sent to staff and to residents goes out with each side’s own template', async () => {
  const staff = await queue('openid-staff', 'issue_escalated', '/packages/workbench/issue/index?id=i1');
  const resident = await queue('openid-resident', 'issue_escalated', '/packages/issues/detail/index?id=i1');
  const onlyResidentTemplate = await queue('openid-staff-2', 'issue_progress', '/packages/workbench/issue/index?id=i1');
  const { sent, send } = fakeSend();
  const env = { SUBSCRIBE_TPL_ISSUE_PROGRESS: 'tpl-progress', SUBSCRIBE_TPL_STAFF_ASSIGNMENT: 'tpl-work' };
  expect(await sendPendingMessages(h.deps, send, { env })).toMatchObject({ sent: 2 });
  expect(sent.map((m) => [m.touser, m.templateId])).toEqual([
    ['openid-staff', 'tpl-work'],
    ['openid-resident', 'tpl-progress'],
  ]);
  expect((await entry(staff._id))?.pushedAt).not.toBeNull();
  expect((await entry(resident._id))?.pushedAt).not.toBeNull();
  // No staff template for issue_progress: a residents' template is never sent to staff.
  expect(await entry(onlyResidentTemplate._id)).toMatchObject({ pushedAt: null });
});
