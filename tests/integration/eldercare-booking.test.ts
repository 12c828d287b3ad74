import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { HAIRCUT, HEATING, LI, REPAIR, SUN, WANG, ZHANG, ZHAO, reasonOf, rid, windowsOf } from './eldercare-helpers';
import { USERS } from '../../server/domain/account/users';
import { ELDERCARE_BOOKINGS, ELDERCARE_QUOTAS, ELDERCARE_WINDOWS } from '../../server/domain/eldercare/model';
import type { Collection } from '../../server/store/collections';
import type { Doc } from '../../server/store/port';

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2026-11-26 10:00 in Shanghai, a Thursday
});
afterEach(async () => {
  await h.close();
});

async function bookHaircut(windowId: string, who: 'relative' | 'grid_worker' = 'relative', elderId = ZHANG) {
  return h.call(who, 'eldercare', 'book', { clientRequestId: rid(), elderId, serviceId: HAIRCUT, windowId, notes: '' });
}

async function stored<T extends Doc>(collection: Collection<T>, id: string): Promise<T> {
  const doc = await h.deps.store.get(collection, id);
  if (!doc) throw new Error(`${collection.name}/${id} is missing`);
  return doc;
}

describe('the services list of an elder', () => {
  it('shows 张德顺 (92) the haircut as bookable with 2 left this year, and explains the heating refusal', async () => {
    const list = await h.ok('relative', 'eldercare', 'servicesForElder', { elderId: ZHANG });
    const haircut = list.find((s) => s.service.id === HAIRCUT)!;
    expect(haircut).toMatchObject({ bookable: true, remainingThisYear: 2, usedThisYear: 1 });
    const heating = list.find((s) => s.service.id === HEATING)!;
    expect(heating).toMatchObject({ bookable: false, refusal: { reason: 'NOT_IN_DIFFICULTY' } });
    expect(heating.refusal!.message).toContain('困难');
  });

  it('tells 王桂兰 (78) why the haircut is not for her', async () => {
    const list = await h.ok('resident', 'eldercare', 'servicesForElder', { elderId: WANG });
    const haircut = list.find((s) => s.service.id === HAIRCUT)!;
    expect(haircut.bookable).toBe(false);
    expect(haircut.refusal).toMatchObject({ reason: 'TOO_YOUNG', details: { minAge: 90, age: 78 } });
    expect(list.find((s) => s.service.id === REPAIR)).toMatchObject({ bookable: true, remainingThisYear: null });
  });

  it('is not shown to a resident who does not guard the elder', async () => {
    expect(codeOf(await h.call('resident', 'eldercare', 'servicesForElder', { elderId: ZHANG }))).toBe('NOT_FOUND');
  });

  it('lists windows with places left, and marks those the elder cannot take', async () => {
    const windows = await h.ok('relative', 'eldercare', 'listWindows', { serviceId: HAIRCUT, elderId: ZHANG });
    expect(windows.length).toBeGreaterThan(0);
    expect(windows[0]).toMatchObject({
      date: '2026-12-01',
      period: 'am',
      capacity: 3,
      placesLeft: 3,
      bookable: true,
      label: '12月1日（周二）上午',
    });
    const forWang = await h.ok('resident', 'eldercare', 'listWindows', { serviceId: HAIRCUT, elderId: WANG });
    expect(forWang.every((w) => !w.bookable && w.refusal?.reason === 'TOO_YOUNG')).toBe(true);
  });
});

describe('eldercare.book', () => {
  it('books a haircut for a 92-year-old, counts it in the window and the year, and tells the barber', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const reply = await h.ok('relative', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '请带围布',
    });
    expect(reply.replayed).toBe(false);
    expect(reply.booking).toMatchObject({
      status: 'requested',
      statusLabel: '待确认',
      elder: { name: '张德顺', age: 92 },
      bookedVia: 'guardian',
      allowed: ['cancel'],
    });
    expect((await stored(ELDERCARE_WINDOWS, windowId)).taken).toBe(1);
    expect((await stored(ELDERCARE_QUOTAS, `${ZHANG}_${HAIRCUT}_2026`)).used).toBe(2);
    const inbox = await h.ok('partner_barber', 'account', 'inbox', {});
    expect(inbox.messages[0]).toMatchObject({ kind: 'eldercare_request', title: '新的为老服务预约' });
    expect(inbox.messages[0].body).toContain('张**');
    expect(inbox.messages[0].body).not.toContain('张德顺');
  });

  it('still tells the barber when a place frees up between the first look at the window and the booking', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const real = await stored(ELDERCARE_WINDOWS, windowId);
    // The first read (outside the transaction) sees the window full, as a tap in a rush would; the transaction sees the place.
    const store0 = h.deps.store;
    const original = store0.get.bind(store0);
    let stale = true;
    const get = jest.spyOn(store0, 'get').mockImplementation(async (collection: unknown, id: string) => {
      const name = typeof collection === 'string' ? collection : (collection as { name: string }).name;
      if (!stale || name !== 'eldercare_windows' || id !== windowId) return original(collection as never, id);
      stale = false;
      return { ...real, taken: real.capacity } as never;
    });
    const reply = await bookHaircut(windowId);
    get.mockRestore();
    expect(stale).toBe(false);
    expect(reply.ok).toBe(true);
    expect((await stored(ELDERCARE_WINDOWS, windowId)).taken).toBe(1);
    const inbox = await h.ok('partner_barber', 'account', 'inbox', {});
    expect(inbox.messages.filter((m) => m.kind === 'eldercare_request')).toHaveLength(1);
  });

  it('returns the same booking for a retry with the same client request id, and counts it once', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const input = { clientRequestId: 'tap-0001-retry', elderId: ZHANG, serviceId: HAIRCUT, windowId, notes: '' };
    const first = await h.ok('relative', 'eldercare', 'book', input);
    const again = await h.ok('relative', 'eldercare', 'book', input);
    expect(again).toMatchObject({ replayed: true, booking: { id: first.booking.id } });
    expect((await stored(ELDERCARE_WINDOWS, windowId)).taken).toBe(1);
    const other = await h.call('relative', 'eldercare', 'book', {
      ...input,
      windowId: (await windowsOf(h, HAIRCUT))[1],
    });
    expect(codeOf(other)).toBe('CONFLICT');
    expect(reasonOf(other)).toBe('REQUEST_ID_REUSED');
  });

  it('refuses the fourth haircut of the year with QUOTA_USED (cancelled ones do not count)', async () => {
    const windows = await windowsOf(h, HAIRCUT);
    // The seed has one completed haircut this year; two more reach the quota of 3.
    const second = await h.ok('relative', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId: windows[0],
      notes: '',
    });
    expect(codeOf(await bookHaircut(windows[1]))).toBe('OK');
    const fourth = await bookHaircut(windows[2]);
    expect(codeOf(fourth)).toBe('RESOURCE_EXHAUSTED');
    expect(reasonOf(fourth)).toBe('QUOTA_USED');
    expect(!fourth.ok && fourth.error.message).toContain('3 次');
    await h.ok('relative', 'eldercare', 'cancel', { bookingId: second.booking.id });
    expect(codeOf(await bookHaircut(windows[2]))).toBe('OK');
  });

  it('refuses an unverified elder, with the reason', async () => {
    const [windowId] = await windowsOf(h, REPAIR);
    const reply = await h.call('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: SUN,
      serviceId: REPAIR,
      windowId,
      notes: '',
    });
    expect(codeOf(reply)).toBe('FAILED_PRECONDITION');
    expect(reasonOf(reply)).toBe('PROFILE_PENDING');
  });

  it('refuses a resident who does not guard the elder, as if the elder did not exist', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const reply = await h.call('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    expect(codeOf(reply)).toBe('NOT_FOUND');
    const stranger = await h.call({ openid: 'wx-stranger' }, 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    expect(codeOf(stranger)).toBe('NOT_FOUND');
  });

  it('refuses an elder who is too young on the service date', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const reply = await h.call('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: WANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    expect(reasonOf(reply)).toBe('TOO_YOUNG');
  });

  it('lets grid staff book for an elder of their grid (代预约), recorded as such, but not for another grid', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const reply = await h.ok('grid_worker', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHAO,
      serviceId: HAIRCUT,
      windowId,
      notes: '老人无智能手机',
    });
    expect(reply.booking).toMatchObject({ bookedVia: 'grid_staff', bookedViaLabel: '网格员代预约' });
    expect(reply.booking.timeline[0]).toMatchObject({ event: 'request', by: '网格员' });
    expect(codeOf(await bookHaircut(windowId, 'grid_worker', LI))).toBe('NOT_FOUND');
  });

  it('refuses the same elder twice in one window', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    expect(codeOf(await bookHaircut(windowId))).toBe('OK');
    expect(reasonOf(await bookHaircut(windowId))).toBe('ALREADY_BOOKED');
  });

  it('refuses a full window with WINDOW_FULL', async () => {
    const [windowId] = await windowsOf(h, REPAIR);
    await h.ok('partner_repair', 'eldercare', 'setWindows', {
      serviceId: REPAIR,
      windows: [{ date: windowId.split('_')[1], period: 'am', capacity: 1 }],
    });
    expect(
      codeOf(
        await h.call('resident', 'eldercare', 'book', {
          clientRequestId: rid(),
          elderId: WANG,
          serviceId: REPAIR,
          windowId,
          notes: '',
        }),
      ),
    ).toBe('OK');
    const full = await h.call('grid_worker', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHAO,
      serviceId: REPAIR,
      windowId,
      notes: '',
    });
    expect(codeOf(full)).toBe('RESOURCE_EXHAUSTED');
    expect(reasonOf(full)).toBe('WINDOW_FULL');
  });

  it('refuses a paused service, a window of another service, and bad input with plain messages', async () => {
    const [haircutWindow] = await windowsOf(h, HAIRCUT);
    const [repairWindow] = await windowsOf(h, REPAIR);
    expect(
      codeOf(
        await h.call('relative', 'eldercare', 'book', {
          clientRequestId: rid(),
          elderId: ZHANG,
          serviceId: HAIRCUT,
          windowId: repairWindow,
          notes: '',
        }),
      ),
    ).toBe('NOT_FOUND');
    await h.ok('partner_barber', 'eldercare', 'setServiceStatus', { serviceId: HAIRCUT, status: 'paused' });
    expect(reasonOf(await bookHaircut(haircutWindow))).toBe('SERVICE_PAUSED');
    const bad = await h.raw(
      'eldercare',
      { action: 'book', clientRequestId: 'x', elderId: ZHANG, serviceId: HAIRCUT, windowId: haircutWindow },
      'demo-relative',
    );
    expect(codeOf(bad)).toBe('INVALID_ARGUMENT');
    expect(!bad.ok && bad.error.message).toContain('请求编号');
    const long = await h.raw(
      'eldercare',
      {
        action: 'book',
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId: haircutWindow,
        notes: '长'.repeat(201),
      },
      'demo-relative',
    );
    expect(!long.ok && long.error.message).toContain('备注最多 200 个字');
  });

  it('refuses a window that starts within the notice period', async () => {
    h.clock.advance(4 * 24 * 3600_000 + 12 * 3600_000); // Monday 30 Nov, 22:00: Tuesday 09:00 is 11 hours away
    const reply = await bookHaircut('svc-jiali-haircut_2026-12-01_am');
    expect(reasonOf(reply)).toBe('WINDOW_TOO_SOON');
  });
});

describe('partner handling', () => {
  async function requested() {
    const [windowId] = await windowsOf(h, HAIRCUT);
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

  it('shows the barber a masked pending request, and the full address and phone only after confirming', async () => {
    const booking = await requested();
    const [pending] = await h.ok('partner_barber', 'eldercare', 'partnerBookings', { view: 'pending' });
    expect(pending).toMatchObject({
      id: booking.id,
      revealed: false,
      elder: { name: '张**', address: '万安一路', phone: '138****0012' },
    });
    const confirmed = await h.ok('partner_barber', 'eldercare', 'confirm', {
      bookingId: booking.id,
      version: booking.version,
    });
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      revealed: true,
      elder: {
        name: '张德顺',
        address: '万安一路12号2号楼1单元302',
        phone: '13800000012',
        contactPhone: '13800000002',
      },
    });
  });

  it('never shows partner A the bookings of partner B', async () => {
    const booking = await requested();
    expect(await h.ok('partner_repair', 'eldercare', 'partnerBookings', { view: 'pending' })).toEqual([]);
    expect(codeOf(await h.call('partner_repair', 'eldercare', 'getBooking', { bookingId: booking.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await h.call('partner_repair', 'eldercare', 'confirm', { bookingId: booking.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(await h.call('partner_repair', 'eldercare', 'partnerBookings', { view: 'pending', partnerId: 'p-jiali' })),
    ).toBe('PERMISSION_DENIED');
  });

  it('lets exactly one of two staff confirming at once succeed', async () => {
    const booking = await requested();
    const second = { openid: 'wx-barber-2' };
    await h.deps.store.transaction(async (tx) => {
      const user = (await tx.get(USERS, 'demo-partner-barber'))!;
      await tx.set(USERS, { ...user, _id: second.openid });
    });
    const replies = await Promise.all([
      h.call('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id }),
      h.call(second, 'eldercare', 'confirm', { bookingId: booking.id }),
    ]);
    expect(replies.map(codeOf).sort()).toEqual(['FAILED_PRECONDITION', 'OK']);
    const saved = await stored(ELDERCARE_BOOKINGS, booking.id);
    expect(saved.timeline.filter((e) => e.event === 'confirm')).toHaveLength(1);
  });

  it('refuses a confirmation with a stale version as CONFLICT', async () => {
    const booking = await requested();
    await h.ok('relative', 'eldercare', 'cancel', { bookingId: booking.id });
    expect(
      codeOf(
        await h.call('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id, version: booking.version }),
      ),
    ).toBe('CONFLICT');
  });

  it('checks eligibility again at confirmation: a profile rejected since the booking cannot be confirmed', async () => {
    const booking = await requested();
    const elder = await h.ok('community_admin', 'eldercare', 'getElder', { elderId: ZHANG });
    await h.ok('community_admin', 'eldercare', 'rejectElder', {
      elderId: ZHANG,
      version: elder.version,
      reason: '出生日期与户口簿不符',
    });
    const reply = await h.call('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    expect(codeOf(reply)).toBe('FAILED_PRECONDITION');
    expect(reasonOf(reply)).toBe('PROFILE_REJECTED');
  });

  it('checks the quota again at confirmation when an admin lowered it', async () => {
    const booking = await requested(); // 张德顺 now has 2 haircuts counted this year
    const service = (await h.ok('district_admin', 'eldercare', 'partnerServices', {})).find((s) => s.id === HAIRCUT)!;
    const { id: _id, partner, eligibilityText: _t, modeLabel: _m, status: _s, version, ...rest } = service;
    await h.ok('district_admin', 'eldercare', 'saveService', {
      ...rest,
      partnerId: partner.id,
      serviceId: HAIRCUT,
      version,
      quotaPerYear: 1,
    });
    expect(reasonOf(await h.call('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id }))).toBe(
      'QUOTA_USED',
    );
  });

  it('declines with a reason, releasing the place and the quota, and tells the family', async () => {
    const booking = await requested();
    const noReason = await h.call('partner_barber', 'eldercare', 'decline', { bookingId: booking.id, reason: '' });
    expect(codeOf(noReason)).toBe('INVALID_ARGUMENT');
    await h.ok('partner_barber', 'eldercare', 'decline', { bookingId: booking.id, reason: '当天理发师外出培训' });
    expect((await stored(ELDERCARE_WINDOWS, booking.windowId)).taken).toBe(0);
    expect((await stored(ELDERCARE_QUOTAS, `${ZHANG}_${HAIRCUT}_2026`)).used).toBe(1);
    const inbox = await h.ok('relative', 'account', 'inbox', {});
    expect(inbox.messages[0]).toMatchObject({ kind: 'eldercare_decline' });
    expect(inbox.messages[0].body).toContain('当天理发师外出培训');
  });

  it('marks completed or no-show only once the window has started', async () => {
    const booking = await requested();
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    expect(reasonOf(await h.call('partner_barber', 'eldercare', 'complete', { bookingId: booking.id }))).toBe(
      'VISIT_NOT_STARTED',
    );
    h.clock.advance(5 * 24 * 3600_000); // Tuesday 10:00, the morning window is on
    const done = await h.ok('partner_barber', 'eldercare', 'markNoShow', {
      bookingId: booking.id,
      note: '敲门无人应答',
    });
    expect(done.status).toBe('no_show');
    // No-show still counts as a use of the year's quota.
    expect((await stored(ELDERCARE_QUOTAS, `${ZHANG}_${HAIRCUT}_2026`)).used).toBe(2);
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'complete', { bookingId: booking.id }))).toBe(
      'FAILED_PRECONDITION',
    );
  });

  it('lets the partner call off a confirmed visit with a reason', async () => {
    const booking = await requested();
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    const cancelled = await h.ok('partner_barber', 'eldercare', 'partnerCancel', {
      bookingId: booking.id,
      reason: '理发师生病',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', revealed: false });
    expect((await stored(ELDERCARE_WINDOWS, booking.windowId)).taken).toBe(0);
  });
});

describe('the booker side', () => {
  it('cancels before the cut-off and not after it', async () => {
    const windows = await windowsOf(h, HAIRCUT);
    const early = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId: windows[0],
        notes: '',
      })
    ).booking;
    h.clock.advance(4 * 24 * 3600_000); // Monday 30 Nov 10:00: Tuesday 09:00 is 23 hours away, inside the 24-hour cut-off
    const late = await h.call('relative', 'eldercare', 'cancel', { bookingId: early.id });
    expect(codeOf(late)).toBe('FAILED_PRECONDITION');
    expect(reasonOf(late)).toBe('CANCEL_CUTOFF');
    expect(!late.ok && late.error.message).toContain('24 小时');
  });

  it('refuses a partner-side step to the booker and a booker-side step to the partner', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const booking = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId,
        notes: '',
      })
    ).booking;
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'cancel', { bookingId: booking.id }))).toBe(
      'PERMISSION_DENIED',
    );
    expect(codeOf(await h.call('resident', 'eldercare', 'cancel', { bookingId: booking.id }))).toBe('NOT_FOUND');
  });

  it('accepts a new time the partner proposes: the booking and its place move, atomically', async () => {
    const windows = await windowsOf(h, HAIRCUT);
    const booking = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId: windows[0],
        notes: '',
      })
    ).booking;
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    h.clock.advance(60_000); // so the inbox, newest first, has the proposal on top
    const proposed = await h.ok('partner_barber', 'eldercare', 'proposeWindow', {
      bookingId: booking.id,
      windowId: windows[3],
      reason: '周二上午店里人手不够',
    });
    expect(proposed).toMatchObject({
      status: 'reschedule_proposed',
      revealed: true,
      proposed: { windowId: windows[3] },
    });
    // The proposed place is held at once, the old one until the answer.
    expect((await stored(ELDERCARE_WINDOWS, windows[0])).taken).toBe(1);
    expect((await stored(ELDERCARE_WINDOWS, windows[3])).taken).toBe(1);
    const inbox = await h.ok('relative', 'account', 'inbox', {});
    expect(inbox.messages[0]).toMatchObject({ kind: 'eldercare_propose', title: '服务方建议改期' });
    const accepted = await h.ok('relative', 'eldercare', 'acceptReschedule', { bookingId: booking.id });
    expect(accepted).toMatchObject({ status: 'confirmed', windowId: windows[3], proposed: null });
    expect((await stored(ELDERCARE_WINDOWS, windows[0])).taken).toBe(0);
    expect((await stored(ELDERCARE_WINDOWS, windows[3])).taken).toBe(1);
    expect((await stored(ELDERCARE_QUOTAS, `${ZHANG}_${HAIRCUT}_2026`)).holds[booking.id]).toBe(windows[3]);
  });

  it('refuses a proposed time: the booking is cancelled and both places are freed', async () => {
    const windows = await windowsOf(h, HAIRCUT);
    const booking = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId: windows[0],
        notes: '',
      })
    ).booking;
    await h.ok('partner_barber', 'eldercare', 'proposeWindow', {
      bookingId: booking.id,
      windowId: windows[1],
      reason: '上午已约满',
    });
    // Re-proposing moves the held place.
    await h.ok('partner_barber', 'eldercare', 'proposeWindow', {
      bookingId: booking.id,
      windowId: windows[2],
      reason: '改到周四更合适',
    });
    expect((await stored(ELDERCARE_WINDOWS, windows[1])).taken).toBe(0);
    const refused = await h.ok('relative', 'eldercare', 'refuseReschedule', {
      bookingId: booking.id,
      reason: '那天要去医院',
    });
    expect(refused.status).toBe('cancelled');
    for (const w of windows.slice(0, 3)) expect((await stored(ELDERCARE_WINDOWS, w)).taken).toBe(0);
    expect((await stored(ELDERCARE_QUOTAS, `${ZHANG}_${HAIRCUT}_2026`)).used).toBe(1);
  });

  it('moves the quota use to the new year when a December visit is moved into January', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const booking = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId,
        notes: '',
      })
    ).booking;
    const [january] = await h.ok('partner_barber', 'eldercare', 'setWindows', {
      serviceId: HAIRCUT,
      windows: [{ date: '2027-01-05', period: 'am', capacity: 3 }],
    });
    await h.ok('partner_barber', 'eldercare', 'proposeWindow', {
      bookingId: booking.id,
      windowId: january.id,
      reason: '十二月已约满',
    });
    await h.ok('relative', 'eldercare', 'acceptReschedule', { bookingId: booking.id });
    expect((await stored(ELDERCARE_QUOTAS, `${ZHANG}_${HAIRCUT}_2026`)).used).toBe(1);
    expect(await stored(ELDERCARE_QUOTAS, `${ZHANG}_${HAIRCUT}_2027`)).toMatchObject({
      used: 1,
      holds: { [booking.id]: january.id },
    });
  });

  it('does not let a partner propose a full window, a window of another service, or the same window', async () => {
    const windows = await windowsOf(h, HAIRCUT);
    const booking = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId: windows[0],
        notes: '',
      })
    ).booking;
    await h.ok('partner_barber', 'eldercare', 'setWindows', {
      serviceId: HAIRCUT,
      windows: [{ date: windows[1].split('_')[1], period: windows[1].endsWith('am') ? 'am' : 'pm', capacity: 1 }],
    });
    await h.ok('grid_worker', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHAO,
      serviceId: HAIRCUT,
      windowId: windows[1],
      notes: '',
    });
    expect(
      reasonOf(
        await h.call('partner_barber', 'eldercare', 'proposeWindow', {
          bookingId: booking.id,
          windowId: windows[1],
          reason: '改期',
        }),
      ),
    ).toBe('WINDOW_FULL');
    const [repairWindow] = await windowsOf(h, REPAIR);
    expect(
      codeOf(
        await h.call('partner_barber', 'eldercare', 'proposeWindow', {
          bookingId: booking.id,
          windowId: repairWindow,
          reason: '改期',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await h.call('partner_barber', 'eldercare', 'proposeWindow', {
          bookingId: booking.id,
          windowId: windows[0],
          reason: '改期',
        }),
      ),
    ).toBe('FAILED_PRECONDITION');
  });

  it('rates once, only after completion', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const booking = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId,
        notes: '',
      })
    ).booking;
    expect(codeOf(await h.call('relative', 'eldercare', 'rate', { bookingId: booking.id, stars: 5 }))).toBe(
      'FAILED_PRECONDITION',
    );
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    h.clock.advance(5 * 24 * 3600_000);
    await h.ok('partner_barber', 'eldercare', 'complete', { bookingId: booking.id });
    expect(codeOf(await h.call('relative', 'eldercare', 'rate', { bookingId: booking.id, stars: 6 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'rate', { bookingId: booking.id, stars: 5 }))).toBe(
      'PERMISSION_DENIED',
    );
    const rated = await h.ok('relative', 'eldercare', 'rate', { bookingId: booking.id, stars: 4, comment: '准时' });
    expect(rated).toMatchObject({ rating: { stars: 4, comment: '准时' }, canRate: false });
    expect(codeOf(await h.call('relative', 'eldercare', 'rate', { bookingId: booking.id, stars: 5 }))).toBe(
      'FAILED_PRECONDITION',
    );
  });

  it('offers "加入日历" for confirmed visits only, to the family and to the confirmed partner', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const booking = (
      await h.ok('relative', 'eldercare', 'book', {
        clientRequestId: rid(),
        elderId: ZHANG,
        serviceId: HAIRCUT,
        windowId,
        notes: '',
      })
    ).booking;
    expect(codeOf(await h.call('relative', 'eldercare', 'calendar', { bookingId: booking.id }))).toBe(
      'FAILED_PRECONDITION',
    );
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'calendar', { bookingId: booking.id }))).toBe(
      'NOT_FOUND',
    );
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    const file = await h.ok('relative', 'eldercare', 'calendar', { bookingId: booking.id });
    expect(file.contentType).toBe('text/calendar; charset=utf-8');
    expect(file.content).toContain('DTSTART:20261201T010000Z');
    expect(file.content).toContain(`UID:eldercare-${booking.id}@hudao.dangqun-ejia`);
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'calendar', { bookingId: booking.id }))).toBe('OK');
  });

  it('shows 我的预约 to every guardian of the elder, with the timeline, and nothing to others', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    await h.ok('relative', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    const mine = await h.ok('relative', 'eldercare', 'myBookings', {});
    expect(mine.map((b) => b.status)).toEqual(['requested', 'completed']); // newest visit first; the seeded one is in the past
    expect(mine[1].timeline.map((e) => e.event)).toEqual(['request', 'confirm', 'complete', 'rate']);
    expect(await h.ok('relative', 'eldercare', 'myBookings', { activeOnly: true })).toHaveLength(1);
    expect(await h.ok('resident', 'eldercare', 'myBookings', {})).toEqual([]);
  });
});

describe('the journey: a relative books a haircut for a 92-year-old', () => {
  it('books, the barber confirms, the relative sees it confirmed, the barber completes, the relative rates', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    const { booking } = await h.ok('relative', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '老人耳背，请多敲几次门',
    });
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId: booking.id });
    const seen = await h.ok('relative', 'eldercare', 'getBooking', { bookingId: booking.id });
    expect(seen).toMatchObject({ audience: 'booker', booking: { status: 'confirmed', statusLabel: '已确认' } });
    expect((await h.ok('relative', 'account', 'inbox', {})).messages[0]).toMatchObject({
      kind: 'eldercare_confirm',
      title: '预约已确认',
    });
    h.clock.advance(5 * 24 * 3600_000 + 3600_000);
    await h.ok('partner_barber', 'eldercare', 'complete', { bookingId: booking.id, note: '已理发' });
    const rated = await h.ok('relative', 'eldercare', 'rate', {
      bookingId: booking.id,
      stars: 5,
      comment: '师傅手艺好',
    });
    expect(rated.timeline.map((e) => e.event)).toEqual(['request', 'confirm', 'complete', 'rate']);
    expect(rated.timeline.map((e) => e.by)).toEqual(['预约人', '服务方', '服务方', '预约人']);
  });
});
