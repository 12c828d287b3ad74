import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { inShanghai } from '../../core/time';
import type { Filter } from '../../store/port';
import { csvTime, toCsv, type Cell } from '../../core/csv';
import { CULTURE_COURSES, CULTURE_ENROLMENTS, CULTURE_SESSIONS, rosterOf } from './model';
import { courseProgress } from './progress';
import { findAll, getMany } from './query';
import { assertManages, canManage, listedCommunities } from './scope';
import { STATE_LABELS } from './states';
import { attendanceRows, monthTotals, onlineRows, recentMonths } from './attendance-figures';
import { CANCEL_REASON_LABELS } from './views';

/** Figures for the charts and the CSV of an enrolment list, within the admin's scope. */

export async function attendanceStats(ctx: SignedInContext, input: { months: number; communityId?: string | null }) {
  if (input.communityId !== undefined && !canManage(ctx.principal, input.communityId)) {
    throw refusal('REPORT_OTHER_COMMUNITY');
  }
  const communities = listedCommunities(ctx.principal);
  const scope: Filter =
    input.communityId !== undefined
      ? { communityId: input.communityId }
      : communities === null
        ? {}
        : { communityId: { $in: communities } };
  const months = recentMonths(ctx.now, input.months);
  const from = new Date(`${months[0]}-01T00:00:00+08:00`).toISOString();
  const sessions = await findAll(
    ctx.store,
    CULTURE_SESSIONS,
    { ...scope, startsAt: { $gte: from, $lte: ctx.now.toISOString() } },
    [['startsAt', 'asc']],
  );
  const courses = await findAll(ctx.store, CULTURE_COURSES, scope, [['createdAt', 'asc']]);
  const linked = await getMany(
    ctx.store,
    CULTURE_COURSES,
    sessions.flatMap((s) => (s.courseId ? [s.courseId] : [])),
  );
  const titles = new Map([...courses, ...linked].map((c) => [c._id, c.title]));
  const rows = attendanceRows(sessions, titles, ctx.now);
  return { months, rows, totals: monthTotals(rows, months), online: onlineRows(courses) };
}

const timeCell = csvTime;

function fileName(title: string, now: Date): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}-报名名单-${inShanghai(now).format('YYYYMMDD')}.csv`;
}

const SESSION_ORDER = ['attended', 'enrolled', 'no_show', 'offered', 'waitlisted', 'cancelled'];

export async function exportEnrolments(ctx: SignedInContext, target: { sessionId: string } | { courseId: string }) {
  if ('sessionId' in target) {
    const session = await ctx.store.get(CULTURE_SESSIONS, target.sessionId);
    if (!session) throw refusal('SESSION_NOT_FOUND');
    assertManages(ctx.principal, session);
    const rows = await rosterOf(ctx.store, session._id);
    rows.sort(
      (a, b) =>
        SESSION_ORDER.indexOf(a.state) - SESSION_ORDER.indexOf(b.state) ||
        (a.seq ?? a.ticketNo ?? 0) - (b.seq ?? b.ticketNo ?? 0),
    );
    const cells: Cell[][] = rows.map((e) => [
      e.ticketNo,
      e.name,
      e.phone,
      STATE_LABELS[e.state],
      e.state === 'waitlisted' ? e.seq : null,
      timeCell(e.createdAt),
      timeCell(e.attendedAt),
      e.state === 'cancelled' && e.cancelReason ? CANCEL_REASON_LABELS[e.cancelReason] : '',
    ]);
    const content = toCsv(['报名序号', '姓名', '手机', '状态', '候补号', '报名时间', '签到时间', '取消原因'], cells);
    return {
      filename: fileName(session.title, ctx.now),
      mimeType: 'text/csv; charset=utf-8',
      rows: rows.length,
      content,
    };
  }
  const course = await ctx.store.get(CULTURE_COURSES, target.courseId);
  if (!course) throw refusal('COURSE_NOT_FOUND');
  assertManages(ctx.principal, course);
  const rows = await findAll(ctx.store, CULTURE_ENROLMENTS, { targetId: course._id }, [['createdAt', 'asc']]);
  const cells: Cell[][] = rows.map((e) => {
    const progress = courseProgress(course.lessonIds, e.lessons);
    return [
      e.name,
      e.phone,
      STATE_LABELS[e.state],
      progress.completedLessons,
      progress.lessonCount,
      `${progress.percent}%`,
      timeCell(e.enrolledAt),
      timeCell(e.completedAt),
    ];
  });
  const content = toCsv(['姓名', '手机', '状态', '已学完课数', '总课数', '进度', '报名时间', '结业时间'], cells);
  return { filename: fileName(course.title, ctx.now), mimeType: 'text/csv; charset=utf-8', rows: rows.length, content };
}
