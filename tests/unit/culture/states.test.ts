import { AppError } from '../../../server/core/errors';
import {
  COURSE_TRANSITIONS,
  ENROLMENT_STATES,
  SESSION_TRANSITIONS,
  nextState,
  transition,
  type EnrolmentEvent,
  type FromState,
} from '../../../server/domain/culture/states';

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
  'complete',
];
const FROM: FromState[] = ['new', ...ENROLMENT_STATES];

function codeOfThrow(fn: () => unknown): string {
  try {
    fn();
    return 'OK';
  } catch (err) {
    return err instanceof AppError ? err.code : 'OTHER';
  }
}

describe('the session enrolment state machine', () => {
  it('follows the waiting-list path: waitlisted -> offered -> enrolled -> attended', () => {
    expect(transition('session', 'new', 'join_waitlist')).toBe('waitlisted');
    expect(transition('session', 'waitlisted', 'offer')).toBe('offered');
    expect(transition('session', 'offered', 'accept')).toBe('enrolled');
    expect(transition('session', 'enrolled', 'check_in')).toBe('attended');
  });

  it('passes an expired or declined offer on by cancelling it, never by re-queuing it', () => {
    expect(transition('session', 'offered', 'expire')).toBe('cancelled');
    expect(transition('session', 'offered', 'decline')).toBe('cancelled');
    expect(nextState('session', 'offered', 'join_waitlist')).toBeNull();
  });

  it('refuses to accept an offer that already lapsed, with a plain Chinese message', () => {
    expect(() => transition('session', 'cancelled', 'accept')).toThrow(AppError);
    try {
      transition('session', 'cancelled', 'accept');
    } catch (err) {
      expect((err as AppError).code).toBe('FAILED_PRECONDITION');
      expect((err as AppError).message).toBe('当前状态为「已取消」，不能确认候补名额');
    }
  });

  it('refuses a second enrolment while one is active, and allows signing up again after cancelling', () => {
    for (const active of ['enrolled', 'waitlisted', 'offered', 'attended', 'no_show'] as const) {
      expect(nextState('session', active, 'enrol')).toBeNull();
      expect(nextState('session', active, 'join_waitlist')).toBeNull();
    }
    expect(transition('session', 'cancelled', 'enrol')).toBe('enrolled');
    expect(transition('session', 'cancelled', 'join_waitlist')).toBe('waitlisted');
  });

  it('lets staff correct a wrong tick either way, but never turns a cancellation into attendance', () => {
    expect(transition('session', 'attended', 'mark_no_show')).toBe('no_show');
    expect(transition('session', 'no_show', 'check_in')).toBe('attended');
    expect(transition('session', 'attended', 'reset_attendance')).toBe('enrolled');
    expect(nextState('session', 'cancelled', 'check_in')).toBeNull();
    expect(nextState('session', 'waitlisted', 'check_in')).toBeNull();
  });

  it('cancels everyone still on the session when the organiser cancels, but not those already marked', () => {
    for (const active of ['enrolled', 'waitlisted', 'offered'] as const)
      expect(transition('session', active, 'organiser_cancel')).toBe('cancelled');
    for (const done of ['attended', 'no_show', 'cancelled'] as const)
      expect(nextState('session', done, 'organiser_cancel')).toBeNull();
  });

  it('throws FAILED_PRECONDITION for exactly the moves missing from the table', () => {
    for (const from of FROM) {
      for (const event of EVENTS) {
        const listed = SESSION_TRANSITIONS[from][event];
        expect(codeOfThrow(() => transition('session', from, event))).toBe(listed ? 'OK' : 'FAILED_PRECONDITION');
      }
    }
  });

  it('only ever leads to known states', () => {
    for (const table of [SESSION_TRANSITIONS, COURSE_TRANSITIONS]) {
      for (const row of Object.values(table))
        for (const to of Object.values(row)) expect(ENROLMENT_STATES).toContain(to);
    }
  });
});

describe('the online course state machine', () => {
  it('goes from enrolled to completed and nowhere else', () => {
    expect(transition('course', 'new', 'enrol')).toBe('enrolled');
    expect(transition('course', 'enrolled', 'complete')).toBe('completed');
    expect(nextState('course', 'completed', 'enrol')).toBeNull();
  });

  it('has no waiting list, offers or check-in', () => {
    for (const event of ['join_waitlist', 'offer', 'check_in', 'mark_no_show', 'cancel'] as const) {
      for (const from of FROM) expect(nextState('course', from, event)).toBeNull();
    }
  });
});
