import { DEMO_GIVEN, DEMO_SURNAMES, DEMO_VIDEOS, OFFLINE_COURSES, ONLINE_COURSES, PERSONA_COURSES, SESSIONS as SEED_SESSIONS, type SeedSession } from '../../../seed/culture';
import { PERSONAS } from '../../../seed/hudao';
import { RULE_TZ, dayjs, inShanghai } from '../../core/time';
import type { DocumentStore } from '../../store/port';
import { newUser, type UserDoc } from '../account/users';
import { DEFAULT_OFFER_HOURS, checkinCode, emptyCounts, moveCount } from './capacity';
import { emptyEnrolment } from './ledger';
import {
  COURSES,
  ENROLMENTS,
  LESSONS,
  SESSIONS,
  WAITLIST,
  waitSlotId,
  type CourseDoc,
  type EnrolmentDoc,
  type HistoryEntry,
  type LessonDoc,
  type LessonProgress,
  type SessionDoc,
  type VideoRef,
  type WaitSlotDoc,
} from './model';
import { courseProgress } from './progress';
import type { EnrolmentState } from './states';

/**
 * Turns seed/culture.ts into documents whose counters agree with their
 * enrolments (built through the same moveCount the services use), and writes
 * them in one transaction: a store is either fully seeded or not at all.
 * Idempotent: a store that has the first course already is left alone.
 */
export interface CultureSeedOptions {
  /** CloudBase storage folder of the demo clips (production); omitted: local /media/videos URLs. */
  videoFileIdPrefix?: string;
}

export function videoRef(file: string, options: CultureSeedOptions): VideoRef {
  return options.videoFileIdPrefix ? { url: null, fileId: `${options.videoFileIdPrefix.replace(/\/?$/, '/')}${file}` } : { url: `/media/videos/${file}`, fileId: null };
}

export async function seedCulture(
  store: DocumentStore,
  now: Date,
  options: CultureSeedOptions = { videoFileIdPrefix: process.env.CULTURE_VIDEO_FILEID_PREFIX || undefined },
): Promise<{ seeded: boolean }> {
  if (await store.get(COURSES, ONLINE_COURSES[0].id)) return { seeded: false };
  const docs = buildCultureSeed(now, options);
  await store.transaction(async (tx) => {
    for (const user of docs.users) if (!(await tx.get('users', user._id))) await tx.set('users', user);
    for (const course of docs.courses) await tx.set(COURSES, course);
    for (const lesson of docs.lessons) await tx.set(LESSONS, lesson);
    for (const session of docs.sessions) await tx.set(SESSIONS, session);
    for (const enrolment of docs.enrolments) await tx.set(ENROLMENTS, enrolment);
    for (const slot of docs.slots) await tx.set(WAITLIST, slot);
  });
  return { seeded: true };
}

const PEOPLE = 150;

function demoPerson(i: number): { openid: string; name: string; phone: string } {
  const surname = [...DEMO_SURNAMES][i % [...DEMO_SURNAMES].length];
  return { openid: `demo-culture-${String(i + 1).padStart(3, '0')}`, name: `${surname}${DEMO_GIVEN[i % DEMO_GIVEN.length]}`, phone: `1390000${String(i + 1).padStart(4, '0')}` };
}

/** `day` days from the seeding day, at a Shanghai wall-clock time. */
function localAt(now: Date, day: number, hhmm: string): string {
  const date = inShanghai(now).add(day, 'day').format('YYYY-MM-DD');
  return dayjs.tz(`${date} ${hhmm}`, RULE_TZ).toDate().toISOString();
}

function hoursBefore(iso: string, hours: number): string {
  return new Date(Date.parse(iso) - hours * 3600_000).toISOString();
}

export function buildCultureSeed(now: Date, options: CultureSeedOptions) {
  const at = now.toISOString();
  const people = Array.from({ length: PEOPLE }, (_, i) => demoPerson(i));
  const nameOf = new Map<string, { name: string; phone: string | null }>([
    ...people.map((p) => [p.openid, { name: p.name, phone: p.phone }] as const),
    ...PERSONAS.map((p) => [p.openid, { name: p.name, phone: p.phone }] as const),
  ]);
  const users: UserDoc[] = people.map((p) => ({ ...newUser(p.openid, now, p.name), phone: p.phone, demo: true }));

  const blank = (kind: EnrolmentDoc['kind'], targetId: string, courseId: string | null, openid: string, state: EnrolmentState, history: HistoryEntry[]): EnrolmentDoc => {
    const who = { kind, targetId, courseId, openid, name: nameOf.get(openid)?.name ?? openid, phone: nameOf.get(openid)?.phone ?? null };
    return {
      ...emptyEnrolment(who, history[0]?.at ?? at),
      state,
      enrolledAt: history[0]?.at ?? at,
      history,
      updatedAt: history[history.length - 1]?.at ?? at,
      demo: true,
    };
  };

  // Online courses, their lessons and enrolments with progress.
  const courses: CourseDoc[] = [];
  const lessons: LessonDoc[] = [];
  const enrolments: EnrolmentDoc[] = [];
  ONLINE_COURSES.forEach((seed, k) => {
    const clip = DEMO_VIDEOS[seed.category];
    const lessonIds = seed.lessons.map((_, n) => `${seed.id}-l${n + 1}`);
    seed.lessons.forEach((lesson, n) =>
      lessons.push({ _id: lessonIds[n], courseId: seed.id, title: lesson.title, durationSeconds: clip.seconds, text: lesson.text, video: videoRef(clip.file, options), version: 1, createdAt: at, updatedAt: at, demo: true }),
    );
    const learners = [
      ...PERSONA_COURSES.filter((p) => p.courseId === seed.id),
      ...people.slice((k * 11) % PEOPLE, ((k * 11) % PEOPLE) + 4 + ((k * 7) % 17)).map((p, j) => ({ openid: p.openid, courseId: seed.id, completedLessons: j % 3 === 0 ? 4 : j % 4, partialSeconds: j % 2 })),
    ];
    let completed = 0;
    for (const learner of learners) {
      const enrolledAt = new Date(now.getTime() - (10 + ((k + learner.completedLessons) % 20)) * 86400_000).toISOString();
      const progress: Record<string, LessonProgress> = {};
      lessonIds.slice(0, learner.completedLessons).forEach((id) => {
        progress[id] = { watchedSeconds: clip.seconds, positionSeconds: clip.seconds, completed: true, completedAt: enrolledAt, updatedAt: enrolledAt };
      });
      const partialId = lessonIds[learner.completedLessons];
      if (partialId && learner.partialSeconds > 0) {
        progress[partialId] = { watchedSeconds: learner.partialSeconds, positionSeconds: learner.partialSeconds, completed: false, completedAt: null, updatedAt: enrolledAt };
      }
      const done = courseProgress(lessonIds, progress).allDone;
      if (done) completed++;
      const history: HistoryEntry[] = [{ state: 'enrolled', at: enrolledAt, by: learner.openid }, ...(done ? [{ state: 'completed' as const, at: enrolledAt, by: learner.openid }] : [])];
      enrolments.push({
        ...blank('course', seed.id, seed.id, learner.openid, done ? 'completed' : 'enrolled', history),
        lessons: progress,
        completedLessons: learner.completedLessons,
        lastLessonId: partialId && learner.partialSeconds > 0 ? partialId : (lessonIds[learner.completedLessons - 1] ?? null),
        completedAt: done ? enrolledAt : null,
      });
    }
    courses.push({
      _id: seed.id, mode: 'online', title: seed.title, category: seed.category, summary: seed.summary, teacher: seed.teacher, communityId: null, organiser: '湖岛街道',
      lessonIds, totalSeconds: clip.seconds * lessonIds.length, published: true, counts: { enrolled: learners.length, completed },
      version: 1, createdBy: 'demo-district-admin', createdAt: at, updatedAt: at, demo: true,
    });
  });
  for (const seed of OFFLINE_COURSES) {
    courses.push({
      _id: seed.id, mode: 'offline', title: seed.title, category: seed.category, summary: seed.summary, teacher: seed.teacher, communityId: seed.communityId,
      organiser: seed.communityId === 'c-yichang' ? '宜昌路社区综合文化服务中心' : '瑞安路社区综合文化服务中心', lessonIds: [], totalSeconds: 0, published: true,
      counts: { enrolled: 0, completed: 0 }, version: 1, createdBy: 'demo-district-admin', createdAt: at, updatedAt: at, demo: true,
    });
  }

  const sessions: SessionDoc[] = [];
  const slots: WaitSlotDoc[] = [];
  SEED_SESSIONS.forEach((seed, i) => {
    const built = buildSession(seed, i, now, people.map((p) => p.openid), blank);
    sessions.push(built.session);
    enrolments.push(...built.enrolments);
    slots.push(...built.slots);
  });
  return { users, courses, lessons, sessions, enrolments, slots };
}

type Blank = (kind: 'session', targetId: string, courseId: string | null, openid: string, state: EnrolmentState, history: HistoryEntry[]) => EnrolmentDoc;

function buildSession(seed: SeedSession, index: number, now: Date, pool: string[], blank: Blank) {
  const startsAt = localAt(now, seed.day, seed.from);
  const endsAt = localAt(now, seed.day, seed.to);
  const past = seed.day < 0;
  const signupOpensAt = past ? hoursBefore(startsAt, 14 * 24) : hoursBefore(now.toISOString(), 3 * 24);
  const start = (index * 17) % pool.length;
  const rotated = [...pool.slice(start), ...pool.slice(0, start)];
  const holders = [...(seed.personas ?? []), ...rotated].slice(0, seed.enrolled);
  const waiting = rotated.slice(seed.enrolled, seed.enrolled + (seed.waitlisted ?? 0));
  let counts = emptyCounts();
  const enrolments: EnrolmentDoc[] = [];
  const slots: WaitSlotDoc[] = [];
  holders.forEach((openid, n) => {
    const ticketNo = n + 1;
    const enrolledAt = new Date(Date.parse(signupOpensAt) + (n + 1) * 600_000).toISOString();
    const noShow = past && n >= seed.enrolled - (seed.noShows ?? 0);
    const state: EnrolmentState = !past ? 'enrolled' : noShow ? 'no_show' : 'attended';
    const history: HistoryEntry[] = [{ state: 'enrolled', at: enrolledAt, by: openid }, ...(past ? [{ state, at: endsAt, by: 'demo-community-admin' }] : [])];
    counts = moveCount(counts, 'new', state);
    enrolments.push({
      ...blank('session', seed.id, seed.courseId, openid, state, history),
      ticketNo,
      checkinCode: checkinCode(ticketNo, () => ((ticketNo * 37 + index * 11) % 100) / 100),
      attendedAt: state === 'attended' ? startsAt : null,
      checkedInBy: state === 'attended' ? 'demo-community-admin' : null,
    });
  });
  waiting.forEach((openid, n) => {
    const seq = n + 1;
    const ticketNo = holders.length + seq;
    const history: HistoryEntry[] = [{ state: 'waitlisted', at: new Date(Date.parse(signupOpensAt) + (ticketNo + 1) * 600_000).toISOString(), by: openid }];
    counts = moveCount(counts, 'new', 'waitlisted');
    enrolments.push({ ...blank('session', seed.id, seed.courseId, openid, 'waitlisted', history), ticketNo, checkinCode: checkinCode(ticketNo, () => 0.5), seq, enrolledAt: null });
    slots.push({ _id: waitSlotId(seed.id, seq), sessionId: seed.id, seq, openid });
  });
  const at = now.toISOString();
  const session: SessionDoc = {
    _id: seed.id, kind: seed.kind, courseId: seed.courseId, series: seed.series, title: seed.title, category: seed.category, description: seed.description,
    venue: seed.venue, communityId: seed.communityId, organiser: seed.organiser, startsAt, endsAt, signupOpensAt, signupClosesAt: startsAt,
    cancelDeadline: hoursBefore(startsAt, 24), capacity: seed.capacity, offerHours: DEFAULT_OFFER_HOURS, status: 'scheduled', cancelReason: null, counts,
    waitSeq: waiting.length, waitHead: 0, ticketSeq: holders.length + waiting.length, noticeVersion: 0, notice: null, fanoutPending: false,
    version: 1, createdBy: 'demo-district-admin', createdAt: at, updatedAt: at, demo: true,
  };
  return { session, enrolments, slots };
}
