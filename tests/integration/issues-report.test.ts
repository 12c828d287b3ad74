import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { addStaff, DAY, fileReport, inbox, requestId, stored, versionOf } from './issues-helpers';
import { ISSUES } from '../../server/domain/issues/model';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const goodReport = () => ({
  requestId: requestId(),
  category: 'flyers',
  description: '楼道里贴满了小广告',
  address: { street: '万安一路', number: 6, detail: '' },
  photos: [],
  hideName: false,
});

describe('issues.formOptions', () => {
  it('lists the categories with their limits and the streets the rules know, without signing in', async () => {
    const options = await h.ok(null, 'issues', 'formOptions', {});
    expect(options.categories.map((c) => c.code)).toEqual([
      'flyers',
      'heating_fee',
      'gas_heating',
      'stalls',
      'repairs',
      'safety',
      'other',
    ]);
    expect(options.categories.find((c) => c.code === 'flyers')?.resolveDays).toBe(3);
    expect(options.streets).toEqual(expect.arrayContaining(['万安一路', '金华路', '兴隆支路', '五丰路']));
    expect(options.dailyLimit).toBe(5);
    expect(options.maxPhotos).toBe(3);
  });
});

describe('issues.report', () => {
  it('routes flyers at 万安一路6号 to the 万安一路 grid with a ticket number and working-day deadlines', async () => {
    const r = await fileReport(h, 'resident');
    expect(r).toEqual(
      expect.objectContaining({
        created: true,
        routed: true,
        gridName: '万安一路南网格',
        branchName: '万安一路网格党支部',
        communityName: '宜昌路社区',
      }),
    );
    expect(r.ticketNo).toMatch(/^20261126-\d{4}$/);
    // Thursday 10:00 Shanghai: accept by Friday 10:00, resolve (3 working days, over the weekend) by Tuesday 10:00.
    expect(r.acceptDueAt).toBe('2026-11-27T02:00:00.000Z');
    expect(r.resolveDueAt).toBe('2026-12-01T02:00:00.000Z');
    const issue = await stored(h, r.id);
    expect(issue).toEqual(
      expect.objectContaining({ gridId: 'g-03', branchId: 'b-yc-2', state: 'submitted', queue: 'pending', version: 1 }),
    );
  });

  it('tells the grid staff of the branch that a new issue is waiting', async () => {
    await fileReport(h, 'resident');
    const messages = await inbox(h, 'demo-grid-worker');
    expect(messages.some((m) => m.kind === 'issue_assigned' && m.title === '新诉求待受理')).toBe(true);
  });

  it('files once when the same request id is sent twice (a retried tap)', async () => {
    const input = { ...goodReport(), requestId: 'same-request-0001' };
    const first = await h.ok('resident', 'issues', 'report', input);
    const second = await h.ok('resident', 'issues', 'report', input);
    expect(second.id).toBe(first.id);
    expect(second.ticketNo).toBe(first.ticketNo);
    expect(second.created).toBe(false);
    expect(await h.deps.store.count(ISSUES, { reporter: 'demo-resident', requestId: 'same-request-0001' })).toBe(1);
  });

  it('files once for a burst of the same request id at the same moment', async () => {
    const input = { ...goodReport(), requestId: 'burst-request-0001' };
    const replies = await Promise.all(Array.from({ length: 10 }, () => h.ok('resident', 'issues', 'report', input)));
    expect(new Set(replies.map((r) => r.id)).size).toBe(1);
    expect(replies.filter((r) => r.created)).toHaveLength(1);
  });

  it('keeps two residents with the same request id apart', async () => {
    const input = { ...goodReport(), requestId: 'shared-request-01' };
    const a = await h.ok('resident', 'issues', 'report', input);
    const b = await h.ok('relative', 'issues', 'report', input);
    expect(a.id).not.toBe(b.id);
  });

  it('refuses the sixth report of the day with RESOURCE_EXHAUSTED, and takes reports again the next Shanghai day', async () => {
    const who = { openid: 'wx-busy-resident' };
    for (let i = 0; i < 5; i++) await fileReport(h, who);
    const sixth = await h.call(who, 'issues', 'report', goodReport());
    expect(codeOf(sixth)).toBe('RESOURCE_EXHAUSTED');
    expect(!sixth.ok && sixth.error.message).toContain('每人每天最多反映 5 件');
    // 10:00 -> next day 00:30 Shanghai.
    h.clock.advance(14.5 * 60 * 60 * 1000);
    expect(codeOf(await h.call(who, 'issues', 'report', goodReport()))).toBe('OK');
  });

  it('holds the daily limit under a burst of different reports', async () => {
    const who = { openid: 'wx-burst-resident' };
    const replies = await Promise.all(Array.from({ length: 12 }, () => h.call(who, 'issues', 'report', goodReport())));
    expect(replies.filter((r) => r.ok)).toHaveLength(5);
    expect(replies.filter((r) => codeOf(r) === 'RESOURCE_EXHAUSTED')).toHaveLength(7);
    expect(await h.deps.store.count(ISSUES, { reporter: 'wx-burst-resident' })).toBe(5);
  });

  it('follows the daily limit an admin configures', async () => {
    await h.ok('district_admin', 'issues', 'updateSettings', { dailyLimit: 1 });
    const who = { openid: 'wx-limited' };
    await fileReport(h, who);
    expect(codeOf(await h.call(who, 'issues', 'report', goodReport()))).toBe('RESOURCE_EXHAUSTED');
  });

  it('sends an address no rule covers to the district triage queue', async () => {
    const r = await fileReport(h, 'resident', { street: '香港中路', number: 1 });
    expect(r.routed).toBe(false);
    expect(r.gridName).toBeNull();
    const triage = await h.ok('district_admin', 'issues', 'queue', { queue: 'triage' });
    expect(triage.items.map((i) => i.id)).toContain(r.id);
    const gridTriage = await h.ok('grid_worker', 'issues', 'queue', { queue: 'triage' });
    expect(gridTriage.items.map((i) => i.id)).not.toContain(r.id);
    expect((await inbox(h, 'demo-district-admin')).some((m) => m.title === '新诉求待分派')).toBe(true);
  });

  it('accepts a map location instead of an address, and sends it to triage', async () => {
    const r = await h.ok('resident', 'issues', 'report', {
      requestId: requestId(),
      category: 'stalls',
      description: '路口有流动摊点占道',
      location: { lat: 36.1, lng: 120.37, name: '五丰路口' },
      photos: [],
      hideName: false,
    });
    expect(r.routed).toBe(false);
    expect((await stored(h, r.id)).geoCell).toHaveLength(7);
  });

  it('asks for a login', async () => {
    expect(codeOf(await h.call(null, 'issues', 'report', goodReport()))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a description under 5 characters', { description: '小广告' }, '至少 5 个字'],
    ['a description over 2000 characters', { description: '很'.repeat(2001) }, '最多 2000 个字'],
    [
      'four photos',
      { photos: ['/uploads/a.jpg', '/uploads/b.jpg', '/uploads/c.jpg', '/uploads/d.jpg'] },
      '最多上传 3 张照片',
    ],
    ['a photo that is not an upload', { photos: ['https://evil.example/x.jpg'] }, '照片地址无效'],
    ['no address and no location', { address: undefined }, '请填写地址或在地图上选择位置'],
    ['a house number of zero', { address: { street: '万安一路', number: 0, detail: '' } }, '门牌号须为正整数'],
    ['a malformed phone number', { phone: '12345' }, '手机号'],
    ['a missing request id', { requestId: undefined }, '请求编号'],
  ])('refuses %s with a plain Chinese message', async (_name, patch, message) => {
    const reply = await h.call('resident', 'issues', 'report', { ...goodReport(), ...patch } as never);
    expect(codeOf(reply)).toBe('INVALID_ARGUMENT');
    expect(!reply.ok && reply.error.message).toContain(message);
  });

  it('refuses an unknown category', async () => {
    const reply = await h.call('resident', 'issues', 'report', { ...goodReport(), category: 'ufo' });
    expect(codeOf(reply)).toBe('INVALID_ARGUMENT');
    expect(!reply.ok && reply.error.message).toContain('请选择问题类别');
  });
});

describe('privacy of an issue', () => {
  async function reported(hideName = false) {
    return fileReport(h, 'resident', { phone: '13912345678', hideName, detail: '2单元502' });
  }

  it('shows another resident no phone, no address detail and a masked name', async () => {
    const r = await reported();
    const view = await h.ok('relative', 'issues', 'get', { id: r.id });
    expect(view.viewer).toBe('public');
    expect(view.phone).toBeNull();
    expect(view.address?.detail).toBeNull();
    expect(view.reporterName).toBe('王*华');
    expect(JSON.stringify(view)).not.toContain('13912345678');
    expect(JSON.stringify(view)).not.toContain('2单元502');
  });

  it('shows "匿名居民" when the reporter hid their name, everywhere a resident looks', async () => {
    const r = await reported(true);
    const view = await h.ok('relative', 'issues', 'get', { id: r.id });
    expect(view.reporterName).toBe('匿名居民');
    expect(JSON.stringify(view)).not.toContain('王建华');
    const anonymous = await h.ok(null, 'issues', 'get', { id: r.id });
    expect(JSON.stringify(anonymous)).not.toContain('王建华');
  });

  it('shows the reporter their own private fields', async () => {
    const r = await reported(true);
    const view = await h.ok('resident', 'issues', 'get', { id: r.id });
    expect(view).toEqual(
      expect.objectContaining({ viewer: 'owner', phone: '13912345678', reporterName: '王建华', isMine: true }),
    );
    expect(view.address?.detail).toBe('2单元502');
  });

  it.each(['grid_worker', 'community_admin', 'district_admin'] as const)(
    'shows the phone to %s of the assigned grid and above',
    async (who) => {
      const r = await reported(true);
      const view = await h.ok(who, 'issues', 'get', { id: r.id });
      expect(view.viewer).toBe('staff');
      expect(view.phone).toBe('13912345678');
      expect(view.reporterName).toBe('王建华');
    },
  );

  it('hides the phone from grid staff of another branch and from partner staff', async () => {
    const r = await reported();
    const other = await addStaff(h, 'wx-grid-ruian', { role: 'grid_staff', branchId: 'b-ra-1' });
    for (const who of [other, 'partner_barber'] as const) {
      const view = await h.ok(who, 'issues', 'get', { id: r.id });
      expect(view.viewer).toBe('public');
      expect(view.phone).toBeNull();
    }
  });

  it('answers NOT_FOUND to a resident reading a non-public issue of someone else, and to an unknown id', async () => {
    const r = await fileReport(h, 'resident', { category: 'other', description: '想咨询一下家里的私事如何处理' });
    expect(codeOf(await h.call('relative', 'issues', 'get', { id: r.id }))).toBe('NOT_FOUND');
    expect(codeOf(await h.call(null, 'issues', 'get', { id: r.id }))).toBe('NOT_FOUND');
    expect(codeOf(await h.call('relative', 'issues', 'get', { id: 'iss_nope' }))).toBe('NOT_FOUND');
    expect(codeOf(await h.call('resident', 'issues', 'get', { id: r.id }))).toBe('OK');
    expect(codeOf(await h.call('grid_worker', 'issues', 'get', { id: r.id }))).toBe('OK');
  });

  it('finds an issue by its ticket number, under the same rules', async () => {
    const r = await reported();
    const view = await h.ok('relative', 'issues', 'get', { ticketNo: r.ticketNo });
    expect(view.id).toBe(r.id);
  });

  it('keeps internal notes out of what residents see', async () => {
    const r = await reported();
    await h.ok('grid_worker', 'issues', 'note', { id: r.id, note: '住户家属情绪激动，上门时两人同行' });
    const owner = await h.ok('resident', 'issues', 'get', { id: r.id });
    expect(JSON.stringify(owner)).not.toContain('情绪激动');
    const staff = await h.ok('grid_worker', 'issues', 'get', { id: r.id });
    expect(staff.timeline.some((e) => e.internal && e.note.includes('情绪激动'))).toBe(true);
  });
});

describe('我也遇到 and suggestions before filing', () => {
  it('suggests an open issue of the same category at the same building', async () => {
    const r = await fileReport(h, 'resident', { number: 8 });
    const { items } = await h.ok('relative', 'issues', 'similar', {
      category: 'flyers',
      street: '万安一路',
      number: 8,
    });
    expect(items.map((i) => i.id)).toEqual([r.id]);
    const otherCategory = await h.ok('relative', 'issues', 'similar', {
      category: 'safety',
      street: '万安一路',
      number: 8,
    });
    expect(otherCategory.items).toHaveLength(0);
  });

  it('adds support once per resident, and the supporter follows the issue', async () => {
    const r = await fileReport(h, 'resident', { number: 8 });
    expect((await h.ok('relative', 'issues', 'meToo', { id: r.id })).supporters).toBe(1);
    expect((await h.ok('relative', 'issues', 'meToo', { id: r.id })).supporters).toBe(1);
    await h.ok({ openid: 'wx-neighbour' }, 'issues', 'meToo', { id: r.id });
    expect((await stored(h, r.id)).supporters).toBe(2);
    const v = await versionOf(h, r.id);
    await h.ok('grid_worker', 'issues', 'accept', { id: r.id, version: v, note: '' });
    expect((await inbox(h, 'demo-relative')).some((m) => m.kind === 'issue_accepted')).toBe(true);
    const mine = await h.ok('relative', 'issues', 'mine', { kind: 'supported' });
    expect(mine.items.map((i) => i.id)).toContain(r.id);
  });

  it('does not bump the version, so a staff member mid-action is not made stale by a supporter', async () => {
    const r = await fileReport(h, 'resident', { number: 8 });
    const v = await versionOf(h, r.id);
    await h.ok('relative', 'issues', 'meToo', { id: r.id });
    expect(codeOf(await h.call('grid_worker', 'issues', 'accept', { id: r.id, version: v, note: '' }))).toBe('OK');
  });

  it('refuses support for your own issue, for a closed one, and for one you may not see', async () => {
    const r = await fileReport(h, 'resident', { number: 8 });
    expect(codeOf(await h.call('resident', 'issues', 'meToo', { id: r.id }))).toBe('FAILED_PRECONDITION');
    const v = await versionOf(h, r.id);
    await h.ok('grid_worker', 'issues', 'reject', {
      id: r.id,
      version: v,
      reason: '已由城管处理',
      redirectTo: '拨打 12345',
    });
    expect(codeOf(await h.call('relative', 'issues', 'meToo', { id: r.id }))).toBe('NOT_FOUND');
    const priv = await fileReport(h, 'resident', { category: 'other', description: '家里的私事咨询一下' });
    expect(codeOf(await h.call('relative', 'issues', 'meToo', { id: priv.id }))).toBe('NOT_FOUND');
  });
});

describe('issues.mine', () => {
  it('lists my reports newest first, and nobody else’s', async () => {
    const a = await fileReport(h, { openid: 'wx-mine' });
    h.clock.advance(DAY);
    const b = await fileReport(h, { openid: 'wx-mine' });
    await fileReport(h, { openid: 'wx-someone-else' });
    const mine = await h.ok({ openid: 'wx-mine' }, 'issues', 'mine', {});
    expect(mine.items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect(mine.total).toBe(2);
  });
});

describe('issues.report: door plates with a suffix, and landmarks', () => {
  it.each([
    ['甲', '万安一路6甲号'],
    ['-1', '万安一路6-1号'],
  ])('accepts house number 6%s, routes it by the number and shows it as written', async (suffix, text) => {
    const r = await h.ok('resident', 'issues', 'report', {
      ...goodReport(),
      address: { street: '万安一路', number: 6, suffix, detail: '' },
    });
    expect(r).toEqual(expect.objectContaining({ routed: true, gridName: '万安一路南网格' }));
    const issue = await stored(h, r.id);
    expect(issue.addressText).toBe(text);
    expect(issue.address).toEqual({ street: '万安一路', number: 6, suffix, detail: '' });
  });

  it.each(['A', '甲乙', '-', '-1234', '号'])('refuses the suffix %p with a plain message', async (suffix) => {
    const bad = await h.call('resident', 'issues', 'report', {
      ...goodReport(),
      address: { street: '万安一路', number: 6, suffix, detail: '' },
    });
    expect(codeOf(bad)).toBe('INVALID_ARGUMENT');
    expect(!bad.ok && bad.error.message).toContain('甲、乙');
  });

  it('accepts a landmark instead of a number and sends it to the sub-district for manual triage', async () => {
    const { address: _none, ...rest } = goodReport();
    const r = await h.ok('resident', 'issues', 'report', {
      ...rest,
      landmark: { street: '万安一路', text: '菜市场东门' },
    });
    expect(r.routed).toBe(false);
    const issue = await stored(h, r.id);
    expect(issue).toEqual(
      expect.objectContaining({
        address: null,
        landmark: { street: '万安一路', text: '菜市场东门' },
        addressText: '万安一路菜市场东门',
        gridId: null,
        holder: 'district',
      }),
    );
    const messages = await inbox(h, 'demo-district-admin');
    expect(messages.some((m) => m.kind === 'issue_assigned' && m.title === '新诉求待分派')).toBe(true);
  });

  it('refuses a landmark of one character, and a number and a landmark together', async () => {
    const { address: _none, ...rest } = goodReport();
    expect(
      codeOf(await h.call('resident', 'issues', 'report', { ...rest, landmark: { street: '万安一路', text: '门' } })),
    ).toBe('INVALID_ARGUMENT');
    const both = await h.call('resident', 'issues', 'report', {
      ...goodReport(),
      landmark: { street: '万安一路', text: '菜市场东门' },
    });
    expect(codeOf(both)).toBe('INVALID_ARGUMENT');
    expect(!both.ok && both.error.message).toContain('只填一个');
  });
});
