import { ENTERPRISE_STATUSES } from '../../../server/domain/enterprise/model';
import {
  nextRegistrationStatus,
  REGISTRATION_EVENTS,
  REGISTRATION_TRANSITIONS,
} from '../../../server/domain/enterprise/states';
import { AppError } from '../../../server/core/errors';

function reasonOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return ((err as AppError).details as { reason: string }).reason;
  }
}

describe('the registration state machine', () => {
  it('lets staff verify or reject a pending registration', () => {
    expect(nextRegistrationStatus('pending', 'verify')).toBe('verified');
    expect(nextRegistrationStatus('pending', 'reject')).toBe('rejected');
  });

  it('lets a rejected registration be resubmitted, and nothing else', () => {
    expect(nextRegistrationStatus('rejected', 'resubmit')).toBe('pending');
    expect(reasonOf(() => nextRegistrationStatus('rejected', 'verify'))).toBe('ALREADY_REJECTED');
    expect(reasonOf(() => nextRegistrationStatus('rejected', 'reject'))).toBe('ALREADY_REJECTED');
  });

  it('keeps a verified enterprise verified', () => {
    for (const event of REGISTRATION_EVENTS)
      expect(reasonOf(() => nextRegistrationStatus('verified', event))).not.toBeNull();
    expect(reasonOf(() => nextRegistrationStatus('verified', 'verify'))).toBe('ALREADY_VERIFIED');
  });

  it('refuses resubmitting what is not rejected', () => {
    expect(reasonOf(() => nextRegistrationStatus('pending', 'resubmit'))).toBe('RESUBMIT_ONLY_REJECTED');
  });

  it('names a transition for every status (no status left out of the table)', () => {
    expect(Object.keys(REGISTRATION_TRANSITIONS).sort()).toEqual([...ENTERPRISE_STATUSES].sort());
  });
});
