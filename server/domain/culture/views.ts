import { SIGNUP_LABELS, placesLeft, seatsTaken, signupStatus } from './capacity';
import {
  categoryName,
  type CancelReason,
  type CourseDoc,
  type EnrolmentDoc,
  type LessonDoc,
  type SessionDoc,
} from './model';
import { whenLabel } from './notices';
import { courseProgress, lessonPercent, resumePoint } from './progress';
import { STATE_LABELS } from './states';

/**
 * Reply shapes. Residents see public facts and their own enrolment only;
 * names and phone numbers of others appear only in the organiser's views.
 */

export const CANCEL_REASON_LABELS: Record<CancelReason, string> = {
  by_resident: '本人取消',
  left_waitlist: '退出候补',
  declined_offer: '放弃候补名额',
  offer_expired: '候补名额过期',
  session_cancelled: '活动取消',
};

export function courseCard(course: CourseDoc) {
  return {
    id: course._id,
    type: 'course' as const,
    mode: course.mode,
    title: course.title,
    category: course.category,
    categoryName: categoryName(course.category),
    summary: course.summary,
    teacher: course.teacher,
    organiser: course.organiser,
    communityId: course.communityId,
    lessonCount: course.lessonIds.length,
    totalSeconds: course.totalSeconds,
    enrolledCount: course.counts.enrolled,
    completedCount: course.counts.completed,
    published: course.published,
    version: course.version,
  };
}

export function lessonSummary(lesson: LessonDoc, index: number) {
  return { id: lesson._id, number: index + 1, title: lesson.title, durationSeconds: lesson.durationSeconds };
}

export function lessonFull(lesson: LessonDoc, index: number) {
  return {
    ...lessonSummary(lesson, index),
    courseId: lesson.courseId,
    text: lesson.text,
    video: lesson.video,
    version: lesson.version,
  };
}

export function sessionCard(session: SessionDoc, now: Date) {
  const signup = signupStatus(session, now);
  return {
    id: session._id,
    type: 'session' as const,
    kind: session.kind,
    title: session.title,
    category: session.category,
    categoryName: categoryName(session.category),
    series: session.series,
    courseId: session.courseId,
    description: session.description,
    venue: session.venue,
    organiser: session.organiser,
    communityId: session.communityId,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    when: whenLabel(session.startsAt, session.endsAt),
    signupOpensAt: session.signupOpensAt,
    signupClosesAt: session.signupClosesAt,
    cancelDeadline: session.cancelDeadline,
    capacity: session.capacity,
    enrolledCount: seatsTaken(session.counts),
    placesLeft: placesLeft(session),
    waitingCount: session.counts.waitlisted,
    full: placesLeft(session) === 0,
    signup,
    signupLabel: SIGNUP_LABELS[signup],
    status: session.status,
    cancelReason: session.cancelReason,
    offerHours: session.offerHours,
    version: session.version,
  };
}

/** The caller's own place in a session; the check-in code only while it can be used or shown as proof. */
export function mySessionEnrolment(enrolment: EnrolmentDoc, session: SessionDoc, position: number | null, now: Date) {
  const at = now.toISOString();
  const holdsSeat = enrolment.state === 'enrolled' || enrolment.state === 'attended';
  return {
    id: enrolment._id,
    state: enrolment.state,
    stateLabel: STATE_LABELS[enrolment.state],
    ticketNo: holdsSeat ? enrolment.ticketNo : null,
    checkinCode: holdsSeat ? enrolment.checkinCode : null,
    /** The text of the QR code staff scan (culture.checkIn { qr }). */
    checkinQr: holdsSeat && enrolment.checkinCode ? `culture-checkin:${session._id}:${enrolment.checkinCode}` : null,
    position: enrolment.state === 'waitlisted' ? position : null,
    offerExpiresAt: enrolment.state === 'offered' ? enrolment.offerExpiresAt : null,
    cancelReason: enrolment.cancelReason,
    cancelReasonLabel:
      enrolment.state === 'cancelled' && enrolment.cancelReason ? CANCEL_REASON_LABELS[enrolment.cancelReason] : null,
    canCancel: enrolment.state === 'enrolled' && session.status === 'scheduled' && at < session.cancelDeadline,
    canLeaveWaitlist: enrolment.state === 'waitlisted' && session.status === 'scheduled' && at < session.startsAt,
    canAnswerOffer: enrolment.state === 'offered' && enrolment.offerExpiresAt !== null && at < enrolment.offerExpiresAt,
    enrolledAt: enrolment.enrolledAt,
    attendedAt: enrolment.attendedAt,
  };
}

export function myCourseProgress(enrolment: EnrolmentDoc, course: CourseDoc) {
  const progress = courseProgress(course.lessonIds, enrolment.lessons);
  return {
    state: enrolment.state,
    stateLabel: STATE_LABELS[enrolment.state],
    ...progress,
    resume: resumePoint(course.lessonIds, enrolment.lessons, enrolment.lastLessonId),
    enrolledAt: enrolment.enrolledAt,
    completedAt: enrolment.completedAt,
  };
}

export function myLessonProgress(enrolment: EnrolmentDoc | null, lesson: LessonDoc) {
  const progress = enrolment?.lessons[lesson._id];
  return {
    lessonId: lesson._id,
    watchedSeconds: progress?.watchedSeconds ?? 0,
    positionSeconds: progress?.positionSeconds ?? 0,
    completed: progress?.completed ?? false,
    percent: lessonPercent(progress, lesson.durationSeconds),
  };
}

/** A row of the organiser's list. */
export function rosterRow(enrolment: EnrolmentDoc, position: number | null) {
  return {
    enrolmentId: enrolment._id,
    name: enrolment.name,
    phone: enrolment.phone,
    state: enrolment.state,
    stateLabel: STATE_LABELS[enrolment.state],
    ticketNo: enrolment.ticketNo,
    waitNo: enrolment.seq,
    position,
    enrolledAt: enrolment.enrolledAt,
    offerExpiresAt: enrolment.state === 'offered' ? enrolment.offerExpiresAt : null,
    attendedAt: enrolment.attendedAt,
    cancelReasonLabel:
      enrolment.state === 'cancelled' && enrolment.cancelReason ? CANCEL_REASON_LABELS[enrolment.cancelReason] : null,
    createdAt: enrolment.createdAt,
  };
}
