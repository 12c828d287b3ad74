import { calendarOf, runningClock, workingDaysAfter, type CalendarSettings } from '../../sla/deadlines';
import type { RequestDoc } from './model';
import { OPEN_STATES, runningDeadline } from './states';
import { ACCEPT_WORKING_DAYS, AUTO_CLOSE_DAYS, REMIND_LEAD_HOURS } from './types';

/**
 * The direct line's time limits on the shared SLA machinery
 * (server/domain/sla): the same working-day calendar the district admin keeps
 * for issue intake, the same reminder and escalation arithmetic. Every write of
 * a request passes through `derive`, so the running deadline, the timer fields
 * and the queue's sort key never disagree with the state.
 */
export interface RequestDeadlines {
  acceptDueAt: string;
  resolveDueAt: string;
}

export function requestDeadlines(from: Date, resolveDays: number, calendar: CalendarSettings): RequestDeadlines {
  const cal = calendarOf(calendar);
  return {
    acceptDueAt: workingDaysAfter(from, ACCEPT_WORKING_DAYS, cal),
    resolveDueAt: workingDaysAfter(from, resolveDays, cal),
  };
}

const NO_DEADLINE = '9999-12-31T23:59:59.999Z';
const DAY_MS = 86_400_000;

export function derive(before: RequestDoc | null, next: RequestDoc): RequestDoc {
  const phase = runningDeadline(next.state);
  const dueAt = phase === 'accept' ? next.acceptDueAt : phase === 'resolve' ? next.resolveDueAt : null;
  const lead = phase === 'accept' ? REMIND_LEAD_HOURS.accept : REMIND_LEAD_HOURS.resolve;
  const clock = runningClock(before, {
    dueAt,
    remindedFor: next.remindedFor,
    escalateAt: next.escalateAt,
    remindLeadHours: lead,
  });
  const autoCloseAt =
    next.state === 'resolved' && next.resolvedAt
      ? new Date(Date.parse(next.resolvedAt) + AUTO_CLOSE_DAYS * DAY_MS).toISOString()
      : null;
  return {
    ...next,
    ...clock,
    autoCloseAt,
    open: OPEN_STATES.has(next.state),
    // Supervised (督办) first, then by the running deadline: the oldest promise is the most urgent.
    queueSort: `${next.supervised && dueAt ? 0 : 1}|${dueAt ?? NO_DEADLINE}`,
  };
}
