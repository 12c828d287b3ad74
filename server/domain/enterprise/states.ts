import type { EnterpriseStatus } from './model';
import { refusal, type RefusalReason } from './reasons';

/**
 * The registration state machine as data: staff verify or reject a pending
 * registration; the contact corrects a rejected one and submits it again.
 * A verified enterprise stays verified (its data is corrected by staff, not
 * re-verified).
 */
export const REGISTRATION_EVENTS = ['verify', 'reject', 'resubmit'] as const;
export type RegistrationEvent = (typeof REGISTRATION_EVENTS)[number];

export const REGISTRATION_TRANSITIONS: Record<
  EnterpriseStatus,
  Partial<Record<RegistrationEvent, EnterpriseStatus>>
> = {
  pending: { verify: 'verified', reject: 'rejected' },
  rejected: { resubmit: 'pending' },
  verified: {},
};

/** Why an event does not apply, in the words of the state it met. */
const REFUSED: Record<EnterpriseStatus, RefusalReason> = {
  verified: 'ALREADY_VERIFIED',
  rejected: 'ALREADY_REJECTED',
  pending: 'RESUBMIT_ONLY_REJECTED',
};

/** The next status, or the refusal naming the current one. */
export function nextRegistrationStatus(from: EnterpriseStatus, event: RegistrationEvent): EnterpriseStatus {
  const to = REGISTRATION_TRANSITIONS[from][event];
  if (!to) throw refusal(event === 'resubmit' ? 'RESUBMIT_ONLY_REJECTED' : REFUSED[from]);
  return to;
}
