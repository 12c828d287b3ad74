import {
  calendarOf,
  nextEscalationStep as escalationStepAfter,
  runningClock,
  workingDaysAfter,
} from '../sla/deadlines';
import type { IssueSettings } from './settings';
import { queueOf, runningDeadline, stateGroup } from './states';
import type { IssueDoc, Level } from './model';

/**
 * Time limits (SLA) of issue intake and everything derived from state and
 * deadlines; the working-day calendar, reminder and escalation arithmetic are
 * shared with the enterprise direct line (server/domain/sla). Pure:
 * every write of an issue passes through `derive`, so the queue, the running
 * deadline, the reminder and escalation times and the sort key never disagree
 * with the state.
 */
export interface Deadlines {
  acceptDueAt: string;
  resolveDueAt: string;
}

/** Accept within the accept limit, resolve within the category's limit, both in working days from `from`. */
export function deadlinesFrom(from: Date, resolveDays: number, settings: IssueSettings): Deadlines {
  const cal = calendarOf(settings);
  return {
    acceptDueAt: workingDaysAfter(from, settings.acceptWorkingDays, cal),
    resolveDueAt: workingDaysAfter(from, resolveDays, cal),
  };
}

export function acceptDeadline(from: Date, settings: IssueSettings): string {
  return workingDaysAfter(from, settings.acceptWorkingDays, calendarOf(settings));
}

/** When an escalated issue goes up again if still not done. */
export function nextEscalationStep(now: Date, settings: IssueSettings): string {
  return escalationStepAfter(now, settings.escalationStepWorkingDays, calendarOf(settings));
}

export function levelAbove(level: Level): Level | null {
  return level === 'grid' ? 'community' : level === 'community' ? 'district' : null;
}

const NO_DEADLINE = '9999-12-31T23:59:59.999Z';
const HOUR_MS = 3_600_000;

export function derive(before: IssueDoc | null, next: IssueDoc, settings: IssueSettings): IssueDoc {
  const phase = runningDeadline(next.state);
  const dueAt = phase === 'accept' ? next.acceptDueAt : phase === 'resolve' ? next.resolveDueAt : null;
  const lead = phase === 'accept' ? settings.remindLeadHours.accept : settings.remindLeadHours.resolve;
  const { escalateAt, remindAt } = runningClock(before, {
    dueAt,
    remindedFor: next.remindedFor,
    escalateAt: next.escalateAt,
    remindLeadHours: lead,
  });
  const autoCloseAt =
    next.state === 'resolved' && next.resolvedAt
      ? new Date(Date.parse(next.resolvedAt) + settings.autoCloseDays * 24 * HOUR_MS).toISOString()
      : null;
  return {
    ...next,
    queue: queueOf(next.state, next.gridId),
    open: stateGroup(next.state, next.outcome) === 'open',
    public: next.public && next.state !== 'rejected',
    dueAt,
    escalateAt,
    remindAt,
    autoCloseAt,
    queueSort: `${next.priority === 'urgent' ? 0 : 1}|${dueAt ?? NO_DEADLINE}`,
  };
}

export { isOverdue } from '../sla/deadlines';
