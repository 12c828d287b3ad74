import { addWorkingDays, makeCalendar, type WorkCalendar } from './calendar';

/**
 * The deadline pieces every job with time limits shares (issue intake and the
 * enterprise direct line): working-day deadlines, the reminder time before a
 * running deadline, the escalation schedule and "overdue". Pure; each job keeps
 * its own states and decides which deadline is running.
 */

const HOUR_MS = 3_600_000;

/** The holiday lists a district admin keeps (issues.updateSettings); one calendar for every job. */
export interface CalendarSettings {
  holidays: readonly string[];
  workdays: readonly string[];
}

export function calendarOf(settings: CalendarSettings): WorkCalendar {
  return makeCalendar(settings.holidays, settings.workdays);
}

/** `from` plus n working days, as an ISO instant. */
export function workingDaysAfter(from: Date, n: number, cal: WorkCalendar): string {
  return addWorkingDays(from, n, cal).toISOString();
}

/** The clock fields a document with one running deadline carries, all derived on every write. */
export interface RunningClock {
  /** The deadline running now, or null when none is (waiting on someone else, or finished). */
  dueAt: string | null;
  /** When the reminder (催办) goes out; null once sent for this deadline or when none runs. */
  remindAt: string | null;
  /** When the next escalation (督办) step is due. */
  escalateAt: string | null;
}

export interface ClockInput {
  /** The deadline of the phase the document is in now (null: no deadline runs). */
  dueAt: string | null;
  /** The deadline a reminder was already sent for. */
  remindedFor: string | null;
  /** The escalation time the document carries now (the job moves it on after each step). */
  escalateAt: string | null;
  /** Hours before the deadline the reminder goes out. */
  remindLeadHours: number;
}

/**
 * A new deadline restarts the escalation schedule; an unchanged one keeps the
 * job's progress. The reminder is due `remindLeadHours` before the deadline
 * unless it already went out for this very deadline.
 */
export function runningClock(before: { dueAt: string | null } | null, next: ClockInput): RunningClock {
  const { dueAt } = next;
  if (dueAt === null) return { dueAt: null, remindAt: null, escalateAt: null };
  const escalateAt = before && before.dueAt === dueAt ? next.escalateAt : dueAt;
  const remindAt =
    next.remindedFor !== dueAt ? new Date(Date.parse(dueAt) - next.remindLeadHours * HOUR_MS).toISOString() : null;
  return { dueAt, remindAt, escalateAt };
}

/** When an escalated document goes up again if still not done. */
export function nextEscalationStep(now: Date, stepWorkingDays: number, cal: WorkCalendar): string {
  return workingDaysAfter(now, stepWorkingDays, cal);
}

/** Overdue now: a deadline is running and has passed. */
export function isOverdue(doc: { dueAt: string | null }, now: Date): boolean {
  return doc.dueAt !== null && doc.dueAt < now.toISOString();
}
