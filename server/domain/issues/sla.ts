import { addWorkingDays } from './calendar';
import { calendarOf, type IssueSettings } from './settings';
import { queueOf, runningDeadline, stateGroup } from './states';
import type { IssueDoc, Level } from './model';

/**
 * Time limits (SLA) and everything derived from state and deadlines. Pure:
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
    acceptDueAt: addWorkingDays(from, settings.acceptWorkingDays, cal).toISOString(),
    resolveDueAt: addWorkingDays(from, resolveDays, cal).toISOString(),
  };
}

export function acceptDeadline(from: Date, settings: IssueSettings): string {
  return addWorkingDays(from, settings.acceptWorkingDays, calendarOf(settings)).toISOString();
}

/** When an escalated issue goes up again if still not done. */
export function nextEscalationStep(now: Date, settings: IssueSettings): string {
  return addWorkingDays(now, settings.escalationStepWorkingDays, calendarOf(settings)).toISOString();
}

export function levelAbove(level: Level): Level | null {
  return level === 'grid' ? 'community' : level === 'community' ? 'district' : null;
}

const NO_DEADLINE = '9999-12-31T23:59:59.999Z';
const HOUR_MS = 3_600_000;

export function derive(before: IssueDoc | null, next: IssueDoc, settings: IssueSettings): IssueDoc {
  const phase = runningDeadline(next.state);
  const dueAt = phase === 'accept' ? next.acceptDueAt : phase === 'resolve' ? next.resolveDueAt : null;
  // A new deadline restarts the escalation schedule; an unchanged one keeps the job's progress.
  const escalateAt = dueAt === null ? null : before && before.dueAt === dueAt ? next.escalateAt : dueAt;
  const lead = phase === 'accept' ? settings.remindLeadHours.accept : settings.remindLeadHours.resolve;
  const remindAt = dueAt !== null && next.remindedFor !== dueAt ? new Date(Date.parse(dueAt) - lead * HOUR_MS).toISOString() : null;
  const autoCloseAt =
    next.state === 'resolved' && next.resolvedAt ? new Date(Date.parse(next.resolvedAt) + settings.autoCloseDays * 24 * HOUR_MS).toISOString() : null;
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

/** Overdue now: a deadline is running and has passed. */
export function isOverdue(issue: Pick<IssueDoc, 'dueAt'>, now: Date): boolean {
  return issue.dueAt !== null && issue.dueAt < now.toISOString();
}
