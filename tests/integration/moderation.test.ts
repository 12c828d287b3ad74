import { ISSUES } from '../../server/domain/issues/model';
import { requestRecord } from '../../server/domain/issues/open311';
import { localRules } from '../../server/domain/moderation/local-rules';
import { MODERATION } from '../../server/domain/moderation/model';
import type { ContentChecker } from '../../server/core/content-check';
import { applyMediaVerdict } from '../../server/domain/moderation/queue';
import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { OUTBOX } from '../../server/domain/notify/outbox';
import { PARTNER_APPLICATIONS } from '../../server/domain/eldercare/model';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const OK_PHOTO = '/uploads/11111111-1111-4111-8111-111111111111.jpg';
const TINY_PHOTO = '/uploads/22222222-2222-4222-8222-222222222222.jpg';
let seq = 0;
const report = (over: Record<string, unknown> = {}) => ({
  requestId: `req-mod-${String(++seq).padStart(4, '0')}`,
  category: 'flyers',
  description: '楼道里贴满了小广告',
  address: { street: '万安一路', number: 6, detail: '' },
  photos: [] as string[],
  hideName: false,
  ...over,
});

/** The local rules with facts for two known uploads: one a real photo, one an 8-pixel image. */
function useLocalRulesWithFacts() {
  h.deps.moderation = localRules({
    inspect: async (p) =>
      p === TINY_PHOTO ? { bytes: 120, width: 8, height: 8 } : { bytes: 80_000, width: 1024, height: 768 },
  });
}

describe('text that fails the content check', () => {
  it('refuses a report with a clear sentence naming the field and word, and saves nothing (daily limit untouched)', async () => {
    const before = await h.deps.store.count(ISSUES);
    const reply = await h.call('resident', 'issues', 'report', report({ description: '有人在楼道贴代开发票的小广告' }));
    expect(codeOf(reply)).toBe('INVALID_ARGUMENT');
    expect(!reply.ok && reply.error).toMatchObject({
      message: '问题描述里有不适合公开的词语（“代开发票”），请修改后再提交',
      details: { reason: 'CONTENT_REFUSED', field: '问题描述' },
    });
    expect(await h.deps.store.count(ISSUES)).toBe(before);
    // Five reports a day are still there to use.
    for (let i = 0; i < 5; i++) expect(codeOf(await h.call('resident', 'issues', 'report', report()))).toBe('OK');
  });

  it('refuses rating comments, partner applications and staff progress replies that fail', async () => {
    const applied = await h.call({ openid: 'wx-mod-apply' }, 'eldercare', 'applyPartner', {
      name: '好邻居服务社',
      kind: '社会组织',
      description: '提供上门理发，也可代开发票',
      contactName: '李四',
      contactPhone: '13900000000',
    });
    expect(!applied.ok && applied.error.details).toMatchObject({ reason: 'CONTENT_REFUSED', field: '服务说明' });
    expect(await h.deps.store.count(PARTNER_APPLICATIONS, { applicant: 'wx-mod-apply' })).toBe(0);

    const issue = await h.ok('resident', 'issues', 'report', report());
    const staffView = await h.ok('grid_worker', 'issues', 'get', { id: issue.id });
    const update = await h.call('grid_worker', 'issues', 'update', {
      id: issue.id,
      version: staffView.version!,
      note: '已联系，傻逼别催',
      photos: [],
    });
    expect(!update.ok && update.error.details).toMatchObject({ reason: 'CONTENT_REFUSED', field: '进展说明' });
  });

  it('a failing checker never lets text through', async () => {
    const broken: ContentChecker = {
      name: 'broken',
      checkText: async () => Promise.reject(new Error('quota')),
      checkImage: async () => ({ status: 'pass' }),
    };
    h.deps.moderation = broken;
    const before = await h.deps.store.count(ISSUES);
    expect(codeOf(await h.call('resident', 'issues', 'report', report()))).toBe('INTERNAL');
    expect(await h.deps.store.count(ISSUES)).toBe(before);
  });
});

describe('photos held back until they pass', () => {
  it('a risky photo stays off every public view (Open311 included), the reporter sees it held, staff are told', async () => {
    useLocalRulesWithFacts();
    const { id } = await h.ok('resident', 'issues', 'report', report({ photos: [OK_PHOTO, TINY_PHOTO] }));
    const doc = (await h.deps.store.get(ISSUES, id))!;
    expect(doc.photos).toEqual([OK_PHOTO]);
    expect(doc.heldPhotos).toEqual([TINY_PHOTO]);

    const publicView = await h.ok({ openid: 'wx-mod-neighbour' }, 'issues', 'get', { id });
    expect([publicView.photos, publicView.heldPhotos]).toEqual([[OK_PHOTO], []]);
    expect(requestRecord(doc, 'http://x').media_url).toBe(`http://x${OK_PHOTO}`);
    const mine = await h.ok('resident', 'issues', 'get', { id });
    expect(mine.heldPhotos).toEqual([TINY_PHOTO]);

    const told = await h.deps.store.find(
      OUTBOX,
      { recipient: 'demo-community-admin', kind: 'moderation_held' },
      { limit: 10 },
    );
    expect(told).toHaveLength(1);
    const queue = await h.ok('community_admin', 'issues', 'moderationQueue', {});
    expect(queue.items).toEqual([
      expect.objectContaining({ path: TINY_PHOTO, state: 'held', reason: '图片大小异常', ticketNo: doc.ticketNo }),
    ]);
  });

  it('staff release a held photo (recorded with who and when), or hide it again from every view', async () => {
    useLocalRulesWithFacts();
    const { id } = await h.ok('resident', 'issues', 'report', report({ photos: [TINY_PHOTO] }));
    const [item] = (await h.ok('district_admin', 'issues', 'moderationQueue', {})).items;
    const released = await h.ok('district_admin', 'issues', 'moderate', {
      id: item.id,
      version: item.version,
      decision: 'release',
      note: '是楼道照片，光线暗',
    });
    expect(released).toMatchObject({ state: 'released' });
    expect(released.history.at(-1)).toEqual({
      at: '2026-11-26T02:00:00.000Z',
      by: 'demo-district-admin',
      byName: '赵强',
      action: 'released',
      note: '是楼道照片，光线暗',
    });
    expect((await h.ok({ openid: 'wx-mod-neighbour' }, 'issues', 'get', { id })).photos).toEqual([TINY_PHOTO]);

    // The same decision twice, or on a stale version, is refused.
    expect(
      codeOf(
        await h.call('district_admin', 'issues', 'moderate', {
          id: item.id,
          version: item.version,
          decision: 'release',
        }),
      ),
    ).toBe('CONFLICT');
    const hidden = await h.ok('district_admin', 'issues', 'moderate', {
      id: item.id,
      version: released.version,
      decision: 'hide',
    });
    expect(hidden.state).toBe('hidden');
    const after = (await h.deps.store.get(ISSUES, id))!;
    expect([after.photos, after.heldPhotos]).toEqual([[], [TINY_PHOTO]]);
    expect(requestRecord(after, 'http://x').media_url).toBeNull();
    expect(
      (await h.ok('district_admin', 'issues', 'moderationQueue', { which: 'decided' })).items.map((i) => i.state),
    ).toEqual(['hidden']);
  });

  it('only admins in scope see and decide the queue', async () => {
    useLocalRulesWithFacts();
    await h.ok('resident', 'issues', 'report', report({ photos: [TINY_PHOTO] }));
    expect(codeOf(await h.call('resident', 'issues', 'moderationQueue', {}))).toBe('PERMISSION_DENIED');
    expect(codeOf(await h.call('grid_worker', 'issues', 'moderationQueue', {}))).toBe('PERMISSION_DENIED');
    const [item] = (await h.ok('district_admin', 'issues', 'moderationQueue', {})).items;
    expect(
      codeOf(await h.call('partner_barber', 'issues', 'moderate', { id: item.id, version: 1, decision: 'release' })),
    ).toBe('PERMISSION_DENIED');
    expect(
      codeOf(await h.call('district_admin', 'issues', 'moderate', { id: 'bad', version: 1, decision: 'release' })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('with an asynchronous checker (mediaCheckAsync) a photo is private until the pushed verdict passes it', async () => {
    let n = 0;
    h.deps.moderation = {
      name: 'async',
      checkText: async () => ({ suggest: 'pass' }),
      checkImage: async () => ({ status: 'pending', traceId: `trace-${++n}` }),
    };
    const { id } = await h.ok('resident', 'issues', 'report', report({ photos: [OK_PHOTO, TINY_PHOTO] }));
    expect((await h.ok({ openid: 'wx-mod-neighbour' }, 'issues', 'get', { id })).photos).toEqual([]);

    expect(
      await applyMediaVerdict(h.deps, {
        Event: 'wxa_media_check',
        trace_id: 'trace-1',
        result: { suggest: 'pass', label: 100 },
      }),
    ).toEqual({ applied: true });
    expect(
      await applyMediaVerdict(h.deps, {
        Event: 'wxa_media_check',
        trace_id: 'trace-2',
        result: { suggest: 'risky', label: 20002 },
      }),
    ).toEqual({ applied: true });
    // A repeated push, or one for an unknown trace, changes nothing.
    expect(
      await applyMediaVerdict(h.deps, {
        Event: 'wxa_media_check',
        trace_id: 'trace-1',
        result: { suggest: 'risky', label: 20002 },
      }),
    ).toEqual({ applied: false });
    expect(
      await applyMediaVerdict(h.deps, { Event: 'wxa_media_check', trace_id: 'nope', result: { suggest: 'pass' } }),
    ).toEqual({ applied: false });

    expect((await h.ok({ openid: 'wx-mod-neighbour' }, 'issues', 'get', { id })).photos).toEqual([OK_PHOTO]);
    const held = (await h.deps.store.find(MODERATION, { path: TINY_PHOTO }, { limit: 1 }))[0];
    expect(held).toMatchObject({ state: 'held', reason: '20002' });
    expect(await h.deps.store.count(OUTBOX, { recipient: 'demo-district-admin', kind: 'moderation_held' })).toBe(1);
  });
});
