import { inShanghai } from '../../core/time';
import { seatsTaken } from './capacity';
import type { CourseDoc, SessionDoc } from './model';

/**
 * Attendance figures as a pure function of the sessions (whose counters are
 * exact, being changed in the same transactions as the enrolments). Grouped
 * by course, or for events by their programme, and by month in Shanghai time.
 */
export interface AttendanceRow {
  key: string;
  label: string;
  month: string;
  sessions: number;
  capacity: number;
  /** People who held a place: attended, no-show, or still unmarked. */
  enrolled: number;
  attended: number;
  noShow: number;
  /** attended / (attended + noShow), in percent; null until someone is marked. */
  attendanceRate: number | null;
  /** enrolled / capacity, in percent. */
  fillRate: number;
}

export function groupOf(
  session: SessionDoc,
  courseTitles: ReadonlyMap<string, string>,
): { key: string; label: string } {
  if (session.courseId)
    return { key: `course:${session.courseId}`, label: courseTitles.get(session.courseId) ?? session.title };
  if (session.series) return { key: `series:${session.series}`, label: session.series };
  return { key: `session:${session._id}`, label: session.title };
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** Only sessions that took place: started, and not cancelled. */
export function attendanceRows(
  sessions: readonly SessionDoc[],
  courseTitles: ReadonlyMap<string, string>,
  now: Date,
): AttendanceRow[] {
  const rows = new Map<string, AttendanceRow>();
  const at = now.toISOString();
  for (const session of sessions) {
    if (session.status === 'cancelled' || session.startsAt > at) continue;
    const { key, label } = groupOf(session, courseTitles);
    const month = inShanghai(session.startsAt).format('YYYY-MM');
    const id = `${key}|${month}`;
    const row = rows.get(id) ?? {
      key,
      label,
      month,
      sessions: 0,
      capacity: 0,
      enrolled: 0,
      attended: 0,
      noShow: 0,
      attendanceRate: null,
      fillRate: 0,
    };
    row.sessions += 1;
    row.capacity += session.capacity;
    row.enrolled += seatsTaken(session.counts);
    row.attended += session.counts.attended;
    row.noShow += session.counts.no_show;
    rows.set(id, row);
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      attendanceRate: r.attended + r.noShow === 0 ? null : percent(r.attended, r.attended + r.noShow),
      fillRate: percent(r.enrolled, r.capacity),
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.label.localeCompare(b.label, 'zh'));
}

/** Month totals for the chart's x axis, every month of the range present even when empty. */
export function monthTotals(rows: readonly AttendanceRow[], months: readonly string[]) {
  return months.map((month) => {
    const inMonth = rows.filter((r) => r.month === month);
    const attended = inMonth.reduce((n, r) => n + r.attended, 0);
    const noShow = inMonth.reduce((n, r) => n + r.noShow, 0);
    return {
      month,
      sessions: inMonth.reduce((n, r) => n + r.sessions, 0),
      enrolled: inMonth.reduce((n, r) => n + r.enrolled, 0),
      attended,
      noShow,
      attendanceRate: attended + noShow === 0 ? null : percent(attended, attended + noShow),
    };
  });
}

/** The last `count` months up to now's month, oldest first, as YYYY-MM in Shanghai. */
export function recentMonths(now: Date, count: number): string[] {
  const current = inShanghai(now).startOf('month');
  return Array.from({ length: count }, (_, i) => current.subtract(count - 1 - i, 'month').format('YYYY-MM'));
}

export function onlineRows(courses: readonly CourseDoc[]) {
  return courses
    .filter((c) => c.mode === 'online')
    .map((c) => ({
      courseId: c._id,
      label: c.title,
      lessons: c.lessonIds.length,
      enrolled: c.counts.enrolled,
      completed: c.counts.completed,
      completionRate: percent(c.counts.completed, c.counts.enrolled),
    }));
}
