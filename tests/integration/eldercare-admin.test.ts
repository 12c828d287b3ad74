import { runDueJobs } from '../../server/jobs';
import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { HAIRCUT, REPAIR, WANG, ZHANG, ZHAO, reasonOf, rid, windowsOf } from './eldercare-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Thursday 2026-11-26, 10:00 in Shanghai
});
afterEach(async () => {
  await h.close();
});

const HOUR = 3600_000;

async function bookHaircut(windowId: string) {
  return (
    await h.ok('relative', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    })
  ).booking;
}

describe('configuring services', () => {
  const manicure = {
    partnerId: 'p-jiali',
    name: '修剪指甲',
    description: '',
    mode: 'home' as const,
    eligibility: { minAge: 80, difficultyRequired: false },
    quotaPerYear: 4,
  };

  it('lets the district admin add a service with eligibility and quota, listed with its rule in words', async () => {
    const saved = await h.ok('district_admin', 'eldercare', 'saveService', manicure);
    expect(saved).toMatchObject({
      partner: { name: '佳丽理发店' },
      status: 'active',
      eligibilityText: '80 岁及以上老人，每人每年 4 次',
      bookAheadDays: 28,
      cancelCutoffHours: 24,
    });
    expect((await h.ok('resident', 'eldercare', 'listServices', {})).map((s) => s.name)).toContain('修剪指甲');
  });

  it('refuses a partner that is not approved, nonsense quotas, and a stale version', async () => {
    expect(
      codeOf(await h.call('district_admin', 'eldercare', 'saveService', { ...manicure, partnerId: 'p-nowhere' })),
    ).toBe('FAILED_PRECONDITION');
    const zero = await h.call('district_admin', 'eldercare', 'saveService', { ...manicure, quotaPerYear: 0 });
    expect(!zero.ok && zero.error.message).toContain('至少 1 次');
    const saved = await h.ok('district_admin', 'eldercare', 'saveService', manicure);
    await h.ok('district_admin', 'eldercare', 'saveService', {
      ...manicure,
      serviceId: saved.id,
      version: saved.version,
      quotaPerYear: 2,
    });
    expect(
      codeOf(
        await h.call('district_admin', 'eldercare', 'saveService', {
          ...manicure,
          serviceId: saved.id,
          version: saved.version,
        }),
      ),
    ).toBe('CONFLICT');
  });

  it("lets a partner pause its own service (no new bookings) but not another partner's", async () => {
    expect(
      codeOf(await h.call('partner_repair', 'eldercare', 'setServiceStatus', { serviceId: HAIRCUT, status: 'paused' })),
    ).toBe('PERMISSION_DENIED');
    await h.ok('partner_barber', 'eldercare', 'setServiceStatus', { serviceId: HAIRCUT, status: 'paused' });
    expect((await h.ok('relative', 'eldercare', 'listServices', {})).map((s) => s.id)).not.toContain(HAIRCUT);
    const windows = await h.ok('relative', 'eldercare', 'listWindows', { serviceId: HAIRCUT });
    expect(windows.every((w) => !w.bookable && w.refusal?.reason === 'SERVICE_PAUSED')).toBe(true);
  });
});

describe('windows', () => {
  it('adds windows and changes capacities down to the places taken', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    await bookHaircut(windowId);
    const date = windowId.split('_')[1];
    await h.ok('partner_barber', 'eldercare', 'setWindows', {
      serviceId: HAIRCUT,
      windows: [
        { date: '2026-12-05', period: 'am', capacity: 2 },
        { date, period: 'am', capacity: 1 },
      ],
    });
    const zero = await h.call('partner_barber', 'eldercare', 'setWindows', {
      serviceId: HAIRCUT,
      windows: [{ date, period: 'am', capacity: 0 }],
    });
    expect(!zero.ok && zero.error.message).toContain('名额至少 1 个');
    const planner = await h.ok('partner_barber', 'eldercare', 'partnerWindows', {
      serviceId: HAIRCUT,
      from: '2026-12-01',
      to: '2026-12-06',
    });
    expect(planner.map((w) => `${w.date} ${w.period} ${w.taken}/${w.capacity}`)).toEqual([
      '2026-12-01 am 1/1',
      '2026-12-01 pm 0/3',
      '2026-12-03 am 0/3',
      '2026-12-03 pm 0/3',
      '2026-12-05 am 0/2',
    ]);
  });

  it('refuses a capacity below the bookings already there, all-or-nothing', async () => {
    const [windowId] = await windowsOf(h, REPAIR);
    await h.ok('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: WANG,
      serviceId: REPAIR,
      windowId,
      notes: '',
    });
    await h.ok('grid_worker', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHAO,
      serviceId: REPAIR,
      windowId,
      notes: '',
    });
    const date = windowId.split('_')[1];
    const reply = await h.call('partner_repair', 'eldercare', 'setWindows', {
      serviceId: REPAIR,
      windows: [
        { date: '2026-12-19', period: 'am', capacity: 2 },
        { date, period: 'am', capacity: 1 },
      ],
    });
    expect(codeOf(reply)).toBe('FAILED_PRECONDITION');
    expect(!reply.ok && reply.error.message).toContain('已有 2 个预约');
    const planner = await h.ok('partner_repair', 'eldercare', 'partnerWindows', {
      serviceId: REPAIR,
      from: '2026-12-19',
      to: '2026-12-19',
    });
    expect(planner).toEqual([]);
  });

  it("refuses past dates and other partners' services", async () => {
    expect(
      codeOf(
        await h.call('partner_barber', 'eldercare', 'setWindows', {
          serviceId: HAIRCUT,
          windows: [{ date: '2026-11-20', period: 'am', capacity: 2 }],
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
    expect(
      codeOf(
        await h.call('partner_barber', 'eldercare', 'setWindows', {
          serviceId: REPAIR,
          windows: [{ date: '2026-12-20', period: 'am', capacity: 2 }],
        }),
      ),
    ).toBe('PERMISSION_DENIED');
  });

  it('closes a window to new bookings while keeping the ones made', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const booking = await bookHaircut(windowId);
    await h.ok('partner_barber', 'eldercare', 'setWindowOpen', { windowId, open: false });
    const reply = await h.call('grid_worker', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHAO,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    expect(reasonOf(reply)).toBe('WINDOW_CLOSED');
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id }))).toBe('OK');
  });
});

describe('红色合伙人 applications', () => {
  const application = {
    name: '和美物业',
    kind: '物业公司' as const,
    description: '为辖区老人免费更换灯泡和水龙头',
    contactName: '李经理',
    contactPhone: '13900000001',
  };

  it('approves an application: the partner exists and the applicant handles its bookings', async () => {
    const applicant = { openid: 'wx-hemei' };
    const applied = await h.ok(applicant, 'eldercare', 'applyPartner', application);
    expect(applied.status).toBe('pending');
    expect(codeOf(await h.call(applicant, 'eldercare', 'applyPartner', application))).toBe('FAILED_PRECONDITION');
    expect(
      (await h.ok('district_admin', 'eldercare', 'listApplications', { status: 'pending' })).map((a) => a.name),
    ).toEqual(['和美物业']);
    const approved = await h.ok('district_admin', 'eldercare', 'decideApplication', {
      applicationId: applied.id,
      decision: 'approve',
    });
    expect(approved).toMatchObject({ status: 'approved', partnerId: expect.stringMatching(/^p-/) });
    expect(await h.ok(applicant, 'eldercare', 'partnerBookings', { view: 'pending' })).toEqual([]);
    const service = await h.ok('district_admin', 'eldercare', 'saveService', {
      partnerId: approved.partnerId!,
      name: '换灯泡',
      mode: 'home',
      eligibility: { minAge: 70, difficultyRequired: false },
      quotaPerYear: null,
    });
    expect(service.partner.name).toBe('和美物业');
    expect((await h.ok(applicant, 'account', 'inbox', {})).messages[0]).toMatchObject({
      kind: 'partner_application',
      title: '红色合伙人申请已批准',
    });
    expect(
      codeOf(
        await h.call('district_admin', 'eldercare', 'decideApplication', {
          applicationId: applied.id,
          decision: 'reject',
          reason: '重复审核',
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
  });

  it('rejects only with a reason, which the applicant sees', async () => {
    const applied = await h.ok({ openid: 'wx-shop' }, 'eldercare', 'applyPartner', application);
    expect(
      codeOf(
        await h.call('district_admin', 'eldercare', 'decideApplication', {
          applicationId: applied.id,
          decision: 'reject',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    await h.ok('district_admin', 'eldercare', 'decideApplication', {
      applicationId: applied.id,
      decision: 'reject',
      reason: '不在本街道辖区',
    });
    const [mine] = await h.ok({ openid: 'wx-shop' }, 'eldercare', 'myApplications', {});
    expect(mine).toMatchObject({ status: 'rejected', statusLabel: '未批准', decisionReason: '不在本街道辖区' });
  });
});

describe('overview and CSV export', () => {
  async function someBookings() {
    const [haircut] = await windowsOf(h, HAIRCUT);
    const [repair] = await windowsOf(h, REPAIR);
    const cut = await bookHaircut(haircut);
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: cut.id });
    await h.ok('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: WANG,
      serviceId: REPAIR,
      windowId: repair,
      notes: '厨房下水道堵了',
    });
  }

  it('counts bookings per partner and month by status for the district', async () => {
    await someBookings();
    const report = await h.ok('district_admin', 'eldercare', 'overview', { fromMonth: '2026-10', toMonth: '2026-12' });
    expect(report.months).toEqual(['2026-10', '2026-11', '2026-12']);
    const barber = report.partners.find((p) => p.id === 'p-jiali')!;
    const byMonth = Object.fromEntries(barber.months.map((m) => [m.month, m]));
    expect(byMonth['2026-10']).toMatchObject({ total: 1, byStatus: { completed: 1 }, averageStars: 5 }); // the seeded haircut
    expect(byMonth['2026-12']).toMatchObject({ total: 1, byStatus: { confirmed: 1 } });
    // The first repair window is tomorrow, Friday 27 November.
    expect(report.partners.find((p) => p.id === 'p-louzhang')!.months.map((m) => m.byStatus.requested)).toEqual([
      0, 1, 0,
    ]);
  });

  it('shows a partner only its own figures', async () => {
    await someBookings();
    const report = await h.ok('partner_repair', 'eldercare', 'overview', { fromMonth: '2026-01', toMonth: '2026-12' });
    expect(report.partners.map((p) => p.id)).toEqual(['p-louzhang']);
    expect(
      codeOf(await h.call('district_admin', 'eldercare', 'overview', { fromMonth: '2026-12', toMonth: '2026-01' })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('exports CSV with a BOM, masking for the partner what it may not see yet', async () => {
    await someBookings();
    const admin = await h.ok('district_admin', 'eldercare', 'exportCsv', {
      fromDate: '2026-01-01',
      toDate: '2026-12-31',
    });
    expect(admin.content.charCodeAt(0)).toBe(0xfeff);
    expect(admin.rows).toBe(3);
    const lines = admin.content.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      '服务,服务单位,服务日期,时段,状态,老人,服务时年龄,街道,社区,预约方式,提交时间,确认时间,结束时间,评分,评价',
    );
    expect(admin.content).toContain('王桂兰');
    // Names and Beijing local times for staff, never ids or UTC instants.
    const cells = lines.slice(1).map((line) => line.split(','));
    expect(cells.every((c) => /^[\u4e00-\u9fa5]+社区$/.test(c[8]))).toBe(true);
    expect(cells.every((c) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(c[10]))).toBe(true);
    expect(admin.content).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|c-[a-z]+|bk_/);
    const partner = await h.ok('partner_repair', 'eldercare', 'exportCsv', {
      fromDate: '2026-01-01',
      toDate: '2026-12-31',
    });
    expect(partner.rows).toBe(1);
    expect(partner.content).toContain('王**');
    expect(partner.content).not.toContain('王桂兰');
  });
});

describe('timer jobs', () => {
  async function confirmedFor(windowId: string) {
    const booking = await bookHaircut(windowId);
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    return booking;
  }

  it('reminds the family and the partner the day before a confirmed visit, once', async () => {
    const booking = await confirmedFor('svc-jiali-haircut_2026-12-01_am');
    h.clock.advance(4 * 24 * HOUR - 3 * HOUR); // Monday 30 Nov, 07:00: too early in the morning
    expect((await runDueJobs(h.deps, ['eldercare-reminders'])).ran[0]).toMatchObject({ ok: true, processed: 0 });
    h.clock.advance(3 * HOUR); // 10:00
    expect((await runDueJobs(h.deps, ['eldercare-reminders'])).ran[0]).toMatchObject({ ok: true, processed: 1 });
    expect((await runDueJobs(h.deps, ['eldercare-reminders'])).ran[0]).toMatchObject({ ok: true, processed: 0 });
    const family = (await h.ok('relative', 'account', 'inbox', {})).messages.filter(
      (m) => m.kind === 'eldercare_remind',
    );
    const barber = (await h.ok('partner_barber', 'account', 'inbox', {})).messages.filter(
      (m) => m.kind === 'eldercare_remind',
    );
    expect(family).toHaveLength(1);
    expect(barber).toHaveLength(1);
    expect(family[0].body).toContain('张德顺');
    expect((await h.ok('relative', 'eldercare', 'getBooking', { bookingId: booking.id })).booking.version).toBe(2);
  });

  it("the day-before reminder says to call the partner and carries its phone; the partner's own copy does not", async () => {
    await confirmedFor('svc-jiali-haircut_2026-12-01_am');
    h.clock.advance(4 * 24 * HOUR);
    await runDueJobs(h.deps, ['eldercare-reminders']);
    const [family] = (await h.ok('relative', 'account', 'inbox', {})).messages.filter(
      (m) => m.kind === 'eldercare_remind',
    );
    expect(family.body).toContain('请打电话给佳丽理发店');
    expect(family.phone).toBe('13800000006');
    const [barber] = (await h.ok('partner_barber', 'account', 'inbox', {})).messages.filter(
      (m) => m.kind === 'eldercare_remind',
    );
    expect(barber.phone).toBeNull();
  });

  it("tells the booker which windows can no longer be cancelled online once booked, and the partner's phone", async () => {
    const windows = await h.ok('relative', 'eldercare', 'listWindows', { serviceId: HAIRCUT, elderId: ZHANG });
    const first = windows.find((w) => w.id === 'svc-jiali-haircut_2026-12-01_am')!;
    expect(first.cancellableOnline).toBe(true);
    h.clock.advance(4 * 24 * HOUR + 2 * HOUR); // Monday 30 Nov, 12:00: under 24 hours before Tuesday 09:00
    const later = await h.ok('relative', 'eldercare', 'listWindows', { serviceId: HAIRCUT, elderId: ZHANG });
    expect(later.find((w) => w.id === first.id)!.cancellableOnline).toBe(false);
    expect(later.find((w) => w.id === 'svc-jiali-haircut_2026-12-03_pm')!.cancellableOnline).toBe(true);
    const [row] = (await h.ok('relative', 'eldercare', 'servicesForElder', { elderId: ZHANG })).filter(
      (s) => s.service.id === HAIRCUT,
    );
    expect(row.service.partner.phone).toBe('13800000006');
  });

  it('reminds again after the visit moved to another day', async () => {
    const booking = await confirmedFor('svc-jiali-haircut_2026-12-01_am');
    h.clock.advance(4 * 24 * HOUR);
    await runDueJobs(h.deps, ['eldercare-reminders']);
    await h.ok('partner_barber', 'eldercare', 'proposeWindow', {
      bookingId: booking.id,
      windowId: 'svc-jiali-haircut_2026-12-03_pm',
      reason: '改到周四下午',
    });
    await h.ok('relative', 'eldercare', 'acceptReschedule', { bookingId: booking.id });
    h.clock.advance(2 * 24 * HOUR); // Wednesday 2 Dec, 10:00
    expect((await runDueJobs(h.deps, ['eldercare-reminders'])).ran[0].processed).toBe(1);
  });

  it('cancels a request nobody confirmed before its time, giving the quota back, and leaves confirmed ones', async () => {
    const stale = await bookHaircut('svc-jiali-haircut_2026-12-01_am');
    const kept = await confirmedFor('svc-jiali-haircut_2026-12-01_pm');
    h.clock.advance(5 * 24 * HOUR); // Tuesday 1 Dec, 10:00: the morning window has started, the afternoon not yet
    expect((await runDueJobs(h.deps, ['eldercare-expire'])).ran[0]).toMatchObject({ ok: true, processed: 1 });
    expect((await h.ok('relative', 'eldercare', 'getBooking', { bookingId: stale.id })).booking).toMatchObject({
      status: 'cancelled',
    });
    expect((await h.ok('relative', 'eldercare', 'getBooking', { bookingId: kept.id })).booking.status).toBe(
      'confirmed',
    );
    const list = await h.ok('relative', 'eldercare', 'servicesForElder', { elderId: ZHANG });
    expect(list.find((s) => s.service.id === HAIRCUT)!.usedThisYear).toBe(2); // seeded + the confirmed one
    expect((await runDueJobs(h.deps, ['eldercare-expire'])).ran[0].processed).toBe(0);
  });
});
