import { loadPrincipal } from '../../server/domain/account/principal';
import { fileRequest } from '../../server/domain/enterprise/requests/file';
import { REQUEST_STATS, REQUESTS } from '../../server/domain/enterprise/requests/model';
import { contribution, REQUEST_STAT_FIELDS, zeroVector } from '../../server/domain/enterprise/requests/stats';
import { codeOf, createHarness, type Harness } from '../helpers/harness';
import {
  addUser,
  DAY,
  financing,
  GOOD_TRAILER,
  GUOLIN,
  hiring,
  HOUR,
  inbox,
  lastYear,
  PENDING,
  runRequestSla,
  WANHUI,
} from './enterprise-requests-helpers';

let h: Harness;
beforeEach(async () => {
  // Thursday 26 November 2026, 10:00 in Shanghai.
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const reasonOf = (reply: { ok: boolean; error?: { details?: unknown } }) =>
  reply.ok ? 'OK' : ((reply.error?.details as { reason?: string } | undefined)?.reason ?? 'none');

/** The counters must always equal a full scan of the requests. */
async function expectCountersMatchScan() {
  const requests = await h.deps.store.find(REQUESTS, {}, { limit: 1000 });
  const stats = await h.deps.store.find(REQUEST_STATS, {}, { limit: 1000 });
  const scan = zeroVector();
  for (const r of requests) {
    const v = contribution(r);
    for (const f of REQUEST_STAT_FIELDS) scan[f] += v[f];
  }
  const counted = zeroVector();
  for (const s of stats) for (const f of REQUEST_STAT_FIELDS) counted[f] += s[f];
  expect(counted).toEqual(scan);
}

describe('the demo data', () => {
  it('reproduces the article: 77 requests solved, over 50 million yuan of financing and over 100 jobs', async () => {
    const stats = await h.ok('economic_staff', 'enterprise', 'requestStats', { ...lastYear(h), groupBy: 'type' });
    expect(stats.totals.solved).toBe(77);
    expect(stats.totals.financingWan).toBeGreaterThan(5000);
    expect(stats.totals.jobsFilled).toBeGreaterThan(100);
    expect(stats.rows.map((r) => r.label)).toEqual(['融资', '招工', '政策咨询', '场地', '审批', '其他']);
    await expectCountersMatchScan();
  });

  it('breaks the figures down by department, industry and month, with the same totals', async () => {
    const byType = await h.ok('economic_staff', 'enterprise', 'requestStats', { ...lastYear(h), groupBy: 'type' });
    for (const groupBy of ['department', 'industry', 'month'] as const) {
      const other = await h.ok('economic_staff', 'enterprise', 'requestStats', { ...lastYear(h), groupBy });
      expect(other.totals).toEqual(byType.totals);
      expect(other.rows.reduce((n, r) => n + r.solved, 0)).toBe(77);
    }
    const byDepartment = await h.ok('economic_staff', 'enterprise', 'requestStats', {
      ...lastYear(h),
      groupBy: 'department',
    });
    expect(byDepartment.rows.map((r) => r.label)).toContain('社会事务办公室');
  });
});

describe('an enterprise files a hiring request and the liaison handles it', () => {
  it('routes it to the liaison and the hiring department, with deadlines in working days', async () => {
    const { created, request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    expect(created).toBe(true);
    expect(request).toMatchObject({
      state: 'submitted',
      typeLabel: '招工',
      departmentName: '社会事务办公室',
      liaisonName: '经济服务办公室',
      enterpriseName: expect.stringContaining('固特房车'),
    });
    expect(request.acceptDueAt).toBe('2026-11-27T02:00:00.000Z'); // Friday 10:00
    expect(request.resolveDueAt).toBe('2026-12-03T02:00:00.000Z'); // 5 working days
    expect(request.ticketNo).toMatch(/^QY20261126-\d{4}$/);
    // The liaison and the hiring department's staff hear of it; the enterprise does not hear of its own filing.
    const social = await addUser(h, 'it-social-staff', [{ role: 'enterprise_liaison', liaisonId: 'lia-social' }]);
    const second = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    expect((await inbox(h, 'demo-liaison')).filter((m) => m.kind === 'enterprise_request_filed')).toHaveLength(2);
    expect(
      (await inbox(h, social.openid)).filter((m) => m.kind === 'enterprise_request_filed' && m.body.includes('招焊工')),
    ).toHaveLength(1);
    expect(
      (await inbox(h, 'demo-enterprise-contact')).filter((m) => m.kind === 'enterprise_request_filed'),
    ).toHaveLength(0);
    expect(second.request.id).not.toBe(request.id);
  });

  it('goes accept -> reply -> resolve with outcome -> rate, telling the enterprise at each step, and counts the jobs', async () => {
    const before = await h.ok('economic_staff', 'enterprise', 'requestStats', { ...lastYear(h), groupBy: 'type' });
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    const accepted = await h.ok('liaison', 'enterprise', 'acceptRequest', {
      requestId: request.id,
      version: request.version,
    });
    expect(accepted.state).toBe('in_progress');
    const replied = await h.ok('liaison', 'enterprise', 'replyRequest', {
      requestId: request.id,
      version: accepted.version,
      note: '已在社区就业服务站发布岗位',
    });
    const resolved = await h.ok('liaison', 'enterprise', 'resolveRequest', {
      requestId: request.id,
      version: replied.version,
      outcome: { financingWan: 0, jobsFilled: 8, policiesApplied: 0, summary: '推荐 8 名焊工，已全部入职' },
    });
    expect(resolved).toMatchObject({ state: 'resolved', outcome: { jobsFilled: 8 } });
    const kinds = (await inbox(h, 'demo-enterprise-contact')).map((m) => m.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'enterprise_request_accepted',
        'enterprise_request_reply',
        'enterprise_request_resolved',
      ]),
    );
    const rated = await h.ok('enterprise_contact', 'enterprise', 'rateRequest', {
      requestId: request.id,
      version: resolved.version,
      stars: 5,
      comment: '很及时',
    });
    expect(rated).toMatchObject({ state: 'closed', rating: { stars: 5, satisfied: true } });
    expect(rated.timeline.map((e) => e.type)).toEqual(['filed', 'accepted', 'reply', 'resolved', 'rated']);
    const after = await h.ok('economic_staff', 'enterprise', 'requestStats', { ...lastYear(h), groupBy: 'type' });
    expect(after.totals.solved - before.totals.solved).toBe(1);
    expect(after.totals.jobsFilled - before.totals.jobsFilled).toBe(8);
    await expectCountersMatchScan();
  });

  it('lets an unsatisfied enterprise send it back with a fresh time limit, which takes the outcome out of the figures', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    let r = await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: request.id });
    r = await h.ok('liaison', 'enterprise', 'resolveRequest', {
      requestId: request.id,
      outcome: { financingWan: 0, jobsFilled: 3, policiesApplied: 0, summary: '推荐 3 人' },
    });
    h.clock.advance(DAY);
    const reopened = await h.ok('enterprise_contact', 'enterprise', 'reopenRequest', {
      requestId: request.id,
      version: r.version,
      note: '推荐的人都没来报到',
    });
    expect(reopened.state).toBe('in_progress');
    expect(reopened.resolveDueAt).toBe('2026-12-04T02:00:00.000Z'); // 5 working days from Friday 10:00
    expect(reopened.outcome).toBeNull();
    await expectCountersMatchScan();
  });

  it('lets the enterprise withdraw while open, and not after', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    const withdrawn = await h.ok('enterprise_contact', 'enterprise', 'withdrawRequest', { requestId: request.id });
    expect(withdrawn.state).toBe('withdrawn');
    const again = await h.call('enterprise_contact', 'enterprise', 'withdrawRequest', { requestId: request.id });
    expect([codeOf(again), reasonOf(again)]).toEqual(['FAILED_PRECONDITION', 'ILLEGAL_TRANSITION']);
  });
});

describe('refusals and the state machine', () => {
  it('files once per request id (a retried tap gets the first request)', async () => {
    const input = hiring();
    const first = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', input);
    const retry = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', input);
    expect(retry).toMatchObject({
      created: false,
      request: { id: first.request.id, ticketNo: first.request.ticketNo },
    });
  });

  it('refuses a contact of an enterprise that is not verified yet', async () => {
    const pending = await addUser(h, 'it-pending-contact', [{ role: 'enterprise_contact', enterpriseId: PENDING }]);
    const reply = await h.call(pending, 'enterprise', 'fileRequest', hiring());
    expect([codeOf(reply), reasonOf(reply)]).toEqual(['FAILED_PRECONDITION', 'ENTERPRISE_NOT_VERIFIED']);
    expect(reply.ok ? '' : reply.error.message).toContain('核实');
  });

  it('stops an enterprise at 10 requests a day', async () => {
    for (let i = 0; i < 10; i++) await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    const eleventh = await h.call('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    expect([codeOf(eleventh), reasonOf(eleventh)]).toEqual(['RESOURCE_EXHAUSTED', 'DAILY_LIMIT']);
  });

  it('refuses resolving before accepting, a stale version, and staff steps on the enterprise side', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    const early = await h.call('liaison', 'enterprise', 'resolveRequest', {
      requestId: request.id,
      outcome: { financingWan: 0, jobsFilled: 1, policiesApplied: 0, summary: '已办' },
    });
    expect([codeOf(early), reasonOf(early)]).toEqual(['FAILED_PRECONDITION', 'ILLEGAL_TRANSITION']);
    await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: request.id });
    const stale = await h.call('liaison', 'enterprise', 'replyRequest', {
      requestId: request.id,
      version: request.version,
      note: '进展',
    });
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('lets exactly one of two staff accepting at once win', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    const replies = await Promise.all([
      h.call('liaison', 'enterprise', 'acceptRequest', { requestId: request.id }),
      h.call('economic_staff', 'enterprise', 'acceptRequest', { requestId: request.id }),
    ]);
    expect(replies.map(codeOf).sort()).toEqual(['FAILED_PRECONDITION', 'OK']);
    const stored = await h.deps.store.get(REQUESTS, request.id);
    expect(stored!.timeline.filter((e) => e.type === 'accepted')).toHaveLength(1);
  });

  it('checks texts and attachments before saving anything', async () => {
    const word = await h.call(
      'enterprise_contact',
      'enterprise',
      'fileRequest',
      hiring({ description: '可以代开发票，请联系' }),
    );
    expect(codeOf(word)).toBe('INVALID_ARGUMENT');
    const attachment = await h.call(
      'enterprise_contact',
      'enterprise',
      'fileRequest',
      hiring({ attachments: ['/uploads/11111111-2222-3333-4444-555555555555.jpg', '/uploads/licence.exe'] }),
    );
    expect([codeOf(attachment), reasonOf(attachment)]).toEqual(['INVALID_ARGUMENT', 'ATTACHMENT_REFUSED']);
    expect(attachment.ok ? '' : attachment.error.message).toContain('第 2 个附件');
    expect(await h.deps.store.count(REQUESTS, { enterpriseId: GOOD_TRAILER, open: true })).toBe(2); // the two of the demo data
    // Replies and ratings are read by the other side: checked the same way.
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: request.id });
    const reply = await h.call('liaison', 'enterprise', 'replyRequest', {
      requestId: request.id,
      note: '可以帮忙代开发票',
    });
    expect(codeOf(reply)).toBe('INVALID_ARGUMENT');
    expect((await h.deps.store.get(REQUESTS, request.id))!.timeline.map((e) => e.type)).toEqual(['filed', 'accepted']);
  });

  it('rejects bad input with a clear sentence', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [hiring({ title: '招' }), '标题至少 2 个字'],
      [hiring({ type: 'loan' }), '请选择诉求类型'],
      [hiring({ requestId: 'x' }), '请求编号'],
      [financing({ financing: undefined }), '融资诉求请填写金额、用途和期限'],
      [financing({ financing: { amountWan: -5, purpose: '设备', termMonths: 12 } }), '融资金额须大于 0'],
      [hiring({ attachments: ['http://evil.example/x.jpg'] }), '附件地址无效'],
    ];
    for (const [input, words] of cases) {
      const reply = await h.call('enterprise_contact', 'enterprise', 'fileRequest', input as never);
      expect(codeOf(reply)).toBe('INVALID_ARGUMENT');
      expect(reply.ok ? '' : reply.error.message).toContain(words);
    }
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: request.id });
    const noOutcome = await h.call('liaison', 'enterprise', 'resolveRequest', {
      requestId: request.id,
      outcome: { financingWan: 0, jobsFilled: -1, policiesApplied: 0, summary: '已办' },
    });
    expect(noOutcome.ok ? '' : noOutcome.error.message).toContain('人数不能为负');
    const stars = await h.call('enterprise_contact', 'enterprise', 'rateRequest', { requestId: request.id, stars: 6 });
    expect(codeOf(stars)).toBe('INVALID_ARGUMENT');
    const months = await h.call('economic_staff', 'enterprise', 'requestStats', { from: '2026-12', to: '2026-01' });
    expect([codeOf(months), reasonOf(months)]).toEqual(['INVALID_ARGUMENT', 'MONTHS_REVERSED']);
  });
});

describe('who sees what', () => {
  it('keeps a request from other enterprises and from liaisons of other enterprises, but shows it to the responsible department', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    const other = await addUser(h, 'it-wanhui-contact', [{ role: 'enterprise_contact', enterpriseId: WANHUI }]);
    const leader = await addUser(h, 'it-director', [{ role: 'enterprise_liaison', liaisonId: 'lia-director' }]);
    const social = await addUser(h, 'it-social-staff', [{ role: 'enterprise_liaison', liaisonId: 'lia-social' }]);
    for (const who of [other, leader]) {
      const reply = await h.call(who, 'enterprise', 'getRequest', { requestId: request.id });
      expect([codeOf(reply), reasonOf(reply)]).toEqual(['NOT_FOUND', 'REQUEST_NOT_FOUND']);
      const act = await h.call(leader, 'enterprise', 'acceptRequest', { requestId: request.id });
      expect(codeOf(act)).toBe('NOT_FOUND');
    }
    expect((await h.ok(social, 'enterprise', 'getRequest', { requestId: request.id })).audience).toBe('staff');
    expect((await h.ok('enterprise_contact', 'enterprise', 'getRequest', { requestId: request.id })).audience).toBe(
      'enterprise',
    );
    const queue = await h.ok(leader, 'enterprise', 'requestQueue', { view: 'all' });
    expect(queue.rows.every((r) => r.enterpriseName.includes('国林'))).toBe(true);
    expect((await h.ok(social, 'enterprise', 'requestQueue', { view: 'open' })).rows.map((r) => r.id)).toContain(
      request.id,
    );
    expect(GUOLIN).toMatch(/^ent-/);
  });

  it('shows the enterprise only the public timeline, and staff the internal reminders too', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    h.clock.advance(20 * HOUR + 60_000); // four hours before Friday 10:00
    await runRequestSla(h);
    const staffView = await h.ok('liaison', 'enterprise', 'getRequest', { requestId: request.id });
    const mine = await h.ok('enterprise_contact', 'enterprise', 'getRequest', { requestId: request.id });
    expect(staffView.request.timeline.map((e) => e.type)).toEqual(['filed', 'reminder']);
    expect(mine.request.timeline.map((e) => e.type)).toEqual(['filed']);
  });
});

describe('time limits on the shared SLA machinery', () => {
  it('reminds the liaison once before the accept deadline, then the economic work team takes it over (督办) once it passes', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    h.clock.advance(20 * HOUR + 60_000);
    await runRequestSla(h);
    await runRequestSla(h);
    const about = (kind: string) => (m: { kind: string; page: string | null }) =>
      m.kind === kind && (m.page ?? '').includes(request.id);
    expect((await inbox(h, 'demo-liaison')).filter(about('enterprise_request_reminder'))).toHaveLength(1);
    h.clock.advance(4 * HOUR); // Friday 10:01: one minute past the accept deadline
    await runRequestSla(h);
    const late = await h.ok('economic_staff', 'enterprise', 'getRequest', { requestId: request.id });
    expect(late.request).toMatchObject({ supervised: true, level: 'team', overdue: true, everOverdue: true });
    expect((await inbox(h, 'demo-economic-staff')).filter(about('enterprise_request_escalated'))).toHaveLength(1);
    const queue = await h.ok('economic_staff', 'enterprise', 'requestQueue', { view: 'overdue' });
    // The overdue list: every row late and 督办, by deadline (the demo's two open requests were due earlier).
    expect(queue.rows.map((r) => r.id)).toEqual(['rq_demo_open-overdue', 'rq_demo_open-premises', request.id]);
    expect(queue.rows.every((r) => r.overdue && r.supervised)).toBe(true);
    // Escalated once; the next step is a working day on (Monday), not every tick.
    await runRequestSla(h);
    expect((await inbox(h, 'demo-economic-staff')).filter(about('enterprise_request_escalated'))).toHaveLength(1);
  });

  it('closes a resolved request the enterprise did not rate after 7 days', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: request.id });
    await h.ok('liaison', 'enterprise', 'resolveRequest', {
      requestId: request.id,
      outcome: { financingWan: 0, jobsFilled: 2, policiesApplied: 0, summary: '推荐 2 人' },
    });
    h.clock.advance(7 * DAY + 60_000);
    await runRequestSla(h);
    const closed = await h.deps.store.get(REQUESTS, request.id);
    expect(closed).toMatchObject({ state: 'closed', rating: null });
    await expectCountersMatchScan();
  });
});

describe('a 进百企 visit finding becomes a request in one step', () => {
  const asStaff = async (openid: string) => ({
    ...h.deps,
    principal: await loadPrincipal(h.deps.store, openid),
    now: h.clock.now(),
  });
  const finding = {
    requestId: 'visit-finding-0001',
    type: 'permits' as const,
    title: '新车间环评手续',
    description: '走访发现：新车间环评手续不清楚，需要指导',
    attachments: [],
    financing: null,
  };

  it('files it for an enterprise the staff member serves, routed like any request and marked as from the visit', async () => {
    const { request, created } = await fileRequest(
      await asStaff('demo-liaison'),
      { ...finding, enterpriseId: GOOD_TRAILER },
      { source: 'visit', visitId: 'visit-1' },
    );
    expect(created).toBe(true);
    expect(request).toMatchObject({
      source: 'visit',
      visitId: 'visit-1',
      enterpriseId: GOOD_TRAILER,
      departmentName: '城市建设管理办公室',
      state: 'submitted',
    });
    const told = (await inbox(h, 'demo-enterprise-contact')).filter((m) => m.kind === 'enterprise_request_filed');
    expect(told.map((m) => [m.title, m.page])).toEqual([
      ['走访发现的问题已登记为诉求', `/packages/enterprise/request/index?id=${request._id}`],
    ]);
  });

  it('refuses an enterprise the staff member does not serve, as not found', async () => {
    await expect(
      fileRequest(await asStaff('demo-liaison'), { ...finding, enterpriseId: GUOLIN }, { source: 'visit' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('定制融资', () => {
  it("lists fitting products first, records the match and the bank's answer, and defaults the secured amount to it", async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', financing());
    await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: request.id });
    const products = await h.ok('liaison', 'enterprise', 'productsForRequest', { requestId: request.id });
    const fitting = products.filter((p) => p.fits);
    expect(fitting.length).toBeGreaterThan(0);
    expect(products.slice(0, fitting.length).every((p) => p.fits)).toBe(true);
    const matched = await h.ok('liaison', 'enterprise', 'matchFinancing', {
      requestId: request.id,
      productId: fitting[0]._id,
    });
    expect(matched.matches).toMatchObject([{ productId: fitting[0]._id, status: 'proposed' }]);
    const twice = await h.call('liaison', 'enterprise', 'matchFinancing', {
      requestId: request.id,
      productId: fitting[0]._id,
    });
    expect(reasonOf(twice)).toBe('ALREADY_MATCHED');
    const noAmount = await h.call('liaison', 'enterprise', 'recordFinancingOutcome', {
      requestId: request.id,
      productId: fitting[0]._id,
      granted: true,
    });
    expect(codeOf(noAmount)).toBe('INVALID_ARGUMENT');
    const granted = await h.ok('liaison', 'enterprise', 'recordFinancingOutcome', {
      requestId: request.id,
      productId: fitting[0]._id,
      granted: true,
      grantedWan: 280,
    });
    expect(granted).toMatchObject({ grantedWan: 280, matches: [{ status: 'granted', grantedWan: 280 }] });
    expect((await inbox(h, 'demo-enterprise-contact')).map((m) => m.kind)).toContain('enterprise_request_matched');
  });

  it('matches only financing requests, and only active products', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring());
    await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: request.id });
    const reply = await h.call('liaison', 'enterprise', 'matchFinancing', {
      requestId: request.id,
      productId: 'fp-tech-loan',
    });
    expect(reasonOf(reply)).toBe('FINANCING_ONLY');
    const product = await h.ok('economic_staff', 'enterprise', 'saveFinanceProduct', {
      name: '停售贷',
      provider: '某银行',
      category: 'bank_loan',
      minWan: 10,
      maxWan: 100,
      maxTermMonths: 12,
      active: false,
    });
    const fin = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', financing());
    await h.ok('liaison', 'enterprise', 'acceptRequest', { requestId: fin.request.id });
    const inactive = await h.call('liaison', 'enterprise', 'matchFinancing', {
      requestId: fin.request.id,
      productId: product._id,
    });
    expect(reasonOf(inactive)).toBe('PRODUCT_INACTIVE');
    const bad = await h.call('economic_staff', 'enterprise', 'saveFinanceProduct', {
      name: '倒挂贷',
      provider: '某银行',
      category: 'bank_loan',
      minWan: 500,
      maxWan: 100,
      maxTermMonths: 12,
    });
    expect(bad.ok ? '' : bad.error.message).toContain('最低额度不能高于最高额度');
  });
});

describe('CSV export', () => {
  it('gives the requests of the months as an Excel-ready sheet in Beijing time', async () => {
    const { request } = await h.ok('enterprise_contact', 'enterprise', 'fileRequest', hiring({ title: '=招工(公式)' }));
    const file = await h.ok('economic_staff', 'enterprise', 'exportRequests', { from: '2026-11', to: '2026-11' });
    expect(file.csv.startsWith('\uFEFF编号,企业,行业,类型')).toBe(true);
    const line = file.csv.split('\r\n').find((l) => l.startsWith(request.ticketNo))!;
    expect(line).toContain("'=招工(公式)");
    expect(line).toContain('2026-11-26 10:00');
    expect(line).toContain('制造业');
  });
});
