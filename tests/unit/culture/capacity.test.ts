import fc from 'fast-check';
import {
  arrivalOutcome,
  checkinCode,
  emptyCounts,
  moveCount,
  offerExpiry,
  placesLeft,
  scheduleProblem,
  seatsTaken,
  signupStatus,
} from '../../../server/domain/culture/capacity';
import type { SessionCounts, SessionDoc } from '../../../server/domain/culture/model';
import {
  ENROLMENT_STATES,
  nextState,
  type EnrolmentEvent,
  type EnrolmentState,
} from '../../../server/domain/culture/states';

const counts = (patch: Partial<SessionCounts>): SessionCounts => ({ ...emptyCounts(), ...patch });

describe('places left', () => {
  it('counts an open offer as a held place, so a newcomer cannot take the seat being offered', () => {
    const session = { capacity: 10, counts: counts({ enrolled: 9, offered: 1 }) };
    expect(placesLeft(session)).toBe(0);
    expect(arrivalOutcome(session)).toBe('waitlisted');
  });

  it('counts attended and no-show people as seats taken', () => {
    expect(seatsTaken(counts({ enrolled: 2, attended: 3, no_show: 1, waitlisted: 9, cancelled: 4 }))).toBe(6);
    expect(placesLeft({ capacity: 6, counts: counts({ enrolled: 2, attended: 3, no_show: 1 }) })).toBe(0);
  });

  it('seats a newcomer only when a place is free and nobody waits', () => {
    expect(arrivalOutcome({ capacity: 2, counts: counts({ enrolled: 1 }) })).toBe('enrolled');
    expect(arrivalOutcome({ capacity: 2, counts: counts({ enrolled: 2 }) })).toBe('waitlisted');
    expect(arrivalOutcome({ capacity: 2, counts: counts({ enrolled: 1, waitlisted: 1 }) })).toBe('waitlisted');
  });
});

describe('counters moved by transitions', () => {
  const EVENTS: EnrolmentEvent[] = [
    'enrol',
    'join_waitlist',
    'offer',
    'accept',
    'decline',
    'expire',
    'leave_waitlist',
    'cancel',
    'organiser_cancel',
    'check_in',
    'mark_no_show',
    'reset_attendance',
  ];

  it('always equal the number of enrolments in each state, whatever legal moves happen (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.constantFrom(...EVENTS)), { maxLength: 200 }), (moves) => {
        const people: Array<EnrolmentState | 'new'> = Array(8).fill('new');
        let tally = emptyCounts();
        for (const [who, event] of moves) {
          const to = nextState('session', people[who], event);
          if (!to) continue;
          tally = moveCount(tally, people[who], to);
          people[who] = to;
        }
        for (const state of ENROLMENT_STATES) {
          if (state === 'completed') continue;
          expect(tally[state]).toBe(people.filter((p) => p === state).length);
        }
      }),
    );
  });
});

describe('offer deadlines', () => {
  const now = new Date('2026-12-01T02:00:00Z');

  it('gives the configured number of hours', () => {
    expect(offerExpiry(now, 24, '2026-12-10T01:00:00Z')).toBe('2026-12-02T02:00:00.000Z');
    expect(offerExpiry(now, 2, '2026-12-10T01:00:00Z')).toBe('2026-12-01T04:00:00.000Z');
  });

  it('never lets an offer outlive the start of the session, and makes none once it started', () => {
    expect(offerExpiry(now, 24, '2026-12-01T10:00:00Z')).toBe('2026-12-01T10:00:00.000Z');
    expect(offerExpiry(now, 24, '2026-12-01T02:00:00Z')).toBeNull();
  });
});

describe('sign-up window', () => {
  const session = {
    status: 'scheduled',
    signupOpensAt: '2026-12-01T00:00:00.000Z',
    signupClosesAt: '2026-12-05T00:00:00.000Z',
    startsAt: '2026-12-06T01:00:00.000Z',
  } as SessionDoc;

  it('is open from the opening instant up to, not including, the closing one', () => {
    expect(signupStatus(session, new Date('2026-11-30T23:59:59Z'))).toBe('not_open');
    expect(signupStatus(session, new Date('2026-12-01T00:00:00Z'))).toBe('open');
    expect(signupStatus(session, new Date('2026-12-05T00:00:00Z'))).toBe('closed');
    expect(signupStatus(session, new Date('2026-12-06T01:00:00Z'))).toBe('started');
    expect(signupStatus({ ...session, status: 'cancelled' }, new Date('2026-12-02T00:00:00Z'))).toBe('cancelled');
  });

  it('names the broken rule of a schedule', () => {
    const ok = { startsAt: 'b', endsAt: 'c', signupOpensAt: 'a', signupClosesAt: 'b', cancelDeadline: 'a' };
    expect(scheduleProblem(ok)).toBeNull();
    expect(scheduleProblem({ ...ok, endsAt: 'a' })).toBe('ENDS_BEFORE_START');
    expect(scheduleProblem({ ...ok, signupClosesAt: 'c' })).toBe('SIGNUP_CLOSES_AFTER_START');
    expect(scheduleProblem({ ...ok, cancelDeadline: 'c' })).toBe('CANCEL_DEADLINE_AFTER_START');
  });
});

describe('check-in codes', () => {
  it('never repeat within a session, whatever the random suffix (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 2, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 300, maxLength: 300 }),
        (tickets, randoms) => {
          const codes = tickets.map((t, i) => checkinCode(t, () => randoms[i]));
          expect(new Set(codes).size).toBe(tickets.length);
          for (const code of codes) expect(code).toMatch(/^\d{6}$/);
        },
      ),
    );
  });
});
