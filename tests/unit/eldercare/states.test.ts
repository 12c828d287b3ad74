import { AppError } from '../../../server/core/errors';
import { BOOKING_STATUSES } from '../../../server/domain/eldercare/model';
import {
  BOOKING_EVENTS,
  counterDelta,
  counts,
  EVENT_SIDE,
  nextStatus,
  TRANSITIONS,
  type BookingEvent,
} from '../../../server/domain/eldercare/states';

describe('booking state machine', () => {
  it.each([
    ['requested', 'confirm', 'confirmed'],
    ['requested', 'decline', 'declined'],
    ['requested', 'cancel', 'cancelled'],
    ['requested', 'propose', 'reschedule_proposed'],
    ['confirmed', 'complete', 'completed'],
    ['confirmed', 'no_show', 'no_show'],
    ['confirmed', 'partner_cancel', 'cancelled'],
    ['reschedule_proposed', 'accept', 'confirmed'],
    ['reschedule_proposed', 'refuse', 'cancelled'],
    ['reschedule_proposed', 'propose', 'reschedule_proposed'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it.each([
    ['completed', 'cancel'],
    ['cancelled', 'confirm'],
    ['declined', 'confirm'],
    ['confirmed', 'confirm'],
    ['requested', 'complete'],
    ['requested', 'accept'],
    ['no_show', 'complete'],
  ] as const)('refuses %s --%s-- as FAILED_PRECONDITION', (from, event) => {
    let error: unknown;
    try {
      nextStatus(from, event);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FAILED_PRECONDITION');
    expect((error as AppError).details).toMatchObject({ reason: 'ILLEGAL_TRANSITION', status: from, event });
  });

  it('has no way out of the final states', () => {
    for (const status of ['declined', 'cancelled', 'completed', 'no_show'] as const)
      expect(TRANSITIONS[status]).toEqual({});
  });

  it('only ever releases counters, never takes them, on a status change (places are taken at booking and proposal)', () => {
    for (const from of BOOKING_STATUSES) {
      for (const event of BOOKING_EVENTS) {
        const to = TRANSITIONS[from][event as BookingEvent];
        if (to) expect(counterDelta(from, to)).toBeLessThanOrEqual(0);
      }
    }
  });

  it('counts requested, confirmed, reschedule_proposed, completed and no_show; not cancelled or declined', () => {
    expect(BOOKING_STATUSES.filter(counts)).toEqual([
      'requested',
      'confirmed',
      'reschedule_proposed',
      'completed',
      'no_show',
    ]);
  });

  it('gives partners and bookers separate events, and expiry to the system alone', () => {
    expect(
      Object.entries(EVENT_SIDE)
        .filter(([, side]) => side === 'booker')
        .map(([e]) => e)
        .sort(),
    ).toEqual(['accept', 'cancel', 'refuse']);
    expect(EVENT_SIDE.expire).toBe('system');
  });
});
