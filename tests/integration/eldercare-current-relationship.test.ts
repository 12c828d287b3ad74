import { codeOf, createHarness, type Harness, type PersonaId } from '../helpers/harness';
import { HAIRCUT, ZHANG, ZHAO, rid, windowsOf } from './eldercare-helpers';

/**
 * Access to a booking follows who acts for the elder now. Having made the
 * booking once is not enough: a grid worker whose role is revoked, or a
 * guardian removed from the elder, can no longer read, export, list or cancel
 * it, and stops getting its messages.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function bookingMessages(who: PersonaId, bookingId: string): Promise<string[]> {
  const { messages } = await h.ok(who, 'account', 'inbox', { limit: 100 });
  return (messages as Array<{ kind: string; page: string }>)
    .filter((m) => (m.page ?? '').includes(encodeURIComponent(bookingId)))
    .map((m) => m.kind);
}

async function expectLockedOut(who: PersonaId, bookingId: string, version: number) {
  expect(codeOf(await h.call(who, 'eldercare', 'getBooking', { bookingId }))).toBe('NOT_FOUND');
  expect(codeOf(await h.call(who, 'eldercare', 'calendar', { bookingId }))).toBe('NOT_FOUND');
  expect(codeOf(await h.call(who, 'eldercare', 'cancel', { bookingId, version, reason: '' }))).toBe('NOT_FOUND');
  const mine = await h.ok(who, 'eldercare', 'myBookings', {});
  expect(mine.map((b: { id: string }) => b.id)).not.toContain(bookingId);
}

describe('a grid worker whose role is revoked', () => {
  it('loses the booking they made for an elder of their grid, and its messages', async () => {
    const [windowId, other] = await windowsOf(h, HAIRCUT);
    const booked = await h.ok('grid_worker', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHAO,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    const bookingId = booked.booking.id;
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId, version: 1 });
    // Before: the worker reads it, exports it, lists it and was told of the confirmation.
    expect((await h.ok('grid_worker', 'eldercare', 'getBooking', { bookingId })).audience).toBe('booker');
    expect((await h.ok('grid_worker', 'eldercare', 'calendar', { bookingId })).content).toContain('BEGIN:VCALENDAR');
    expect((await h.ok('grid_worker', 'eldercare', 'myBookings', {})).map((b: { id: string }) => b.id)).toContain(
      bookingId,
    );
    expect(await bookingMessages('grid_worker', bookingId)).toEqual(['eldercare_confirm']);

    await h.ok('district_admin', 'account', 'revokeRole', {
      openid: 'demo-grid-worker',
      binding: { role: 'grid_staff', branchId: 'b-yc-2' },
    });

    await expectLockedOut('grid_worker', bookingId, 2);
    await h.ok('partner_barber', 'eldercare', 'proposeWindow', {
      bookingId,
      version: 2,
      windowId: other,
      reason: '师傅那天有事',
    });
    expect(await bookingMessages('grid_worker', bookingId)).toEqual(['eldercare_confirm']);
  });
});

describe('a guardian removed from an elder', () => {
  it('loses the booking they made as a guardian, and its messages', async () => {
    const [windowId] = await windowsOf(h, HAIRCUT);
    await h.ok('relative', 'eldercare', 'addGuardian', { elderId: ZHANG, openid: 'demo-resident', relation: '亲属' });
    const booked = await h.ok('resident', 'eldercare', 'book', {
      clientRequestId: rid(),
      elderId: ZHANG,
      serviceId: HAIRCUT,
      windowId,
      notes: '',
    });
    const bookingId = booked.booking.id;
    await h.ok('partner_barber', 'eldercare', 'confirm', { bookingId, version: 1 });
    expect((await h.ok('resident', 'eldercare', 'calendar', { bookingId })).content).toContain('BEGIN:VCALENDAR');
    expect(await bookingMessages('resident', bookingId)).toEqual(['eldercare_confirm']);

    await h.ok('relative', 'eldercare', 'removeGuardian', { elderId: ZHANG, openid: 'demo-resident' });

    await expectLockedOut('resident', bookingId, 2);
    await h.ok('partner_barber', 'eldercare', 'partnerCancel', { bookingId, version: 2, reason: '师傅生病了' });
    expect(await bookingMessages('resident', bookingId)).toEqual(['eldercare_confirm']);
    // The elder's remaining guardian still hears about it.
    expect(await bookingMessages('relative', bookingId)).toEqual(
      expect.arrayContaining(['eldercare_request', 'eldercare_confirm', 'eldercare_partner_cancel']),
    );
  });
});
