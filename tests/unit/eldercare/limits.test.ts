import fc from 'fast-check';
import {
  assertQuotaHolds,
  assertQuotaRoom,
  emptyQuota,
  placesLeft,
  quotaRemaining,
  windowProblem,
  withHold,
  withoutHold,
} from '../../../server/domain/eldercare/limits';
import type { WindowDoc } from '../../../server/domain/eldercare/model';
import { AppError } from '../../../server/core/errors';

const now = new Date('2026-11-26T02:00:00Z'); // Thursday 10:00 in Shanghai
const service = { minNoticeHours: 12, bookAheadDays: 28 };
const window = (over: Partial<WindowDoc> = {}): WindowDoc => ({
  _id: 'w',
  serviceId: 's',
  partnerId: 'p',
  date: '2026-12-01',
  period: 'am',
  capacity: 3,
  taken: 0,
  open: true,
  updatedAt: '',
  ...over,
});

function reasonOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (err) {
    return ((err as AppError).details as { reason?: string } | undefined)?.reason;
  }
  return undefined;
}

describe('window capacity', () => {
  it('counts places left and never below zero', () => {
    expect(placesLeft({ capacity: 3, taken: 1 })).toBe(2);
    expect(placesLeft({ capacity: 3, taken: 5 })).toBe(0);
  });

  it('refuses a full window as WINDOW_FULL, and a closed one as closed even when also full', () => {
    expect(windowProblem(window({ taken: 3 }), service, now)?.reason).toBe('WINDOW_FULL');
    expect(windowProblem(window({ taken: 3, open: false }), service, now)?.reason).toBe('WINDOW_CLOSED');
    expect(windowProblem(window({ taken: 2 }), service, now)).toBeNull();
  });

  it('refuses a window that started, one too soon for the notice, and one too far ahead', () => {
    expect(windowProblem(window({ date: '2026-11-26' }), service, now)?.reason).toBe('WINDOW_PAST');
    // Tomorrow 09:00 is 23 hours away: fine with 12 hours' notice, too soon with 24.
    expect(windowProblem(window({ date: '2026-11-27' }), service, now)).toBeNull();
    expect(windowProblem(window({ date: '2026-11-27' }), { ...service, minNoticeHours: 24 }, now)).toEqual({
      reason: 'WINDOW_TOO_SOON',
      details: { hours: 24 },
    });
    expect(windowProblem(window({ date: '2026-12-24' }), service, now)).toBeNull();
    expect(windowProblem(window({ date: '2026-12-25' }), service, now)?.reason).toBe('WINDOW_TOO_FAR');
  });
});

describe('yearly quota', () => {
  it('refuses the fourth booking of a year when the quota is 3', () => {
    let quota = emptyQuota('e', 's', 2026);
    for (const [id, w] of [
      ['b1', 'w1'],
      ['b2', 'w2'],
      ['b3', 'w3'],
    ]) {
      assertQuotaRoom(3, quota, w);
      quota = withHold(quota, id, w);
    }
    expect(quota.used).toBe(3);
    expect(reasonOf(() => assertQuotaRoom(3, quota, 'w4'))).toBe('QUOTA_USED');
    expect(quotaRemaining(3, quota.used)).toBe(0);
  });

  it('gives the use back when a booking is released, so a cancelled booking does not count', () => {
    const quota = withoutHold(withHold(withHold(emptyQuota('e', 's', 2026), 'b1', 'w1'), 'b2', 'w2'), 'b1');
    expect(quota.used).toBe(1);
    expect(quota.holds).toEqual({ b2: 'w2' });
  });

  it('refuses a second booking of the same window for the same elder', () => {
    const quota = withHold(emptyQuota('e', 's', 2026), 'b1', 'w1');
    expect(reasonOf(() => assertQuotaRoom(3, quota, 'w1'))).toBe('ALREADY_BOOKED');
  });

  it('has no limit when the service sets none', () => {
    const quota = { ...emptyQuota('e', 's', 2026), used: 40 };
    expect(() => assertQuotaRoom(null, quota, 'w')).not.toThrow();
    expect(quotaRemaining(null, 40)).toBeNull();
  });

  it('lets a counted booking be confirmed while the count is within a quota lowered since', () => {
    const two = withHold(withHold(emptyQuota('e', 's', 2026), 'b1', 'w1'), 'b2', 'w2');
    expect(() => assertQuotaHolds(2, two)).not.toThrow();
    expect(reasonOf(() => assertQuotaHolds(1, two))).toBe('QUOTA_USED');
  });

  it('keeps used equal to the number of holds through any sequence of holds and releases (property)', () => {
    const op = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let quota = emptyQuota('e', 's', 2026);
        for (const [hold, n] of ops) quota = hold ? withHold(quota, `b${n}`, `w${n}`) : withoutHold(quota, `b${n}`);
        expect(quota.used).toBe(Object.keys(quota.holds).length);
      }),
    );
  });
});
