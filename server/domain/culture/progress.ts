import { refusal } from './reasons';
import type { LessonProgress } from './model';

/**
 * Lesson progress as pure functions. The player reports its position every
 * so often (throttled on the phone); reports may arrive late or out of order,
 * so the watched mark only ever moves forward, while the resume point follows
 * the latest report (a resident may rewind to watch a movement again).
 */

/** A lesson counts as watched at 90% (domain rule). */
export const COMPLETE_RATIO = 0.9;
/** Players report currentTime slightly past the nominal length at the very end. */
export const DURATION_SLACK_SECONDS = 2;

export function recordWatch(
  prev: LessonProgress | undefined,
  seconds: number,
  durationSeconds: number,
  now: Date,
): LessonProgress {
  if (seconds > durationSeconds + DURATION_SLACK_SECONDS) {
    throw refusal('PROGRESS_PAST_END', { seconds, durationSeconds });
  }
  const at = now.toISOString();
  const position = Math.min(seconds, durationSeconds);
  const watched = Math.max(prev?.watchedSeconds ?? 0, position);
  const completed = Boolean(prev?.completed) || watched >= COMPLETE_RATIO * durationSeconds;
  return {
    watchedSeconds: watched,
    positionSeconds: position,
    completed,
    completedAt: prev?.completedAt ?? (completed ? at : null),
    updatedAt: at,
  };
}

export function lessonPercent(progress: LessonProgress | undefined, durationSeconds: number): number {
  if (!progress) return 0;
  if (progress.completed) return 100;
  if (durationSeconds <= 0) return 0;
  return Math.min(99, Math.floor((progress.watchedSeconds / durationSeconds) * 100));
}

export interface CourseProgress {
  completedLessons: number;
  lessonCount: number;
  percent: number;
  allDone: boolean;
}

/** Counts only the course's current lessons, in case a lesson was replaced after someone watched it. */
export function courseProgress(lessonIds: readonly string[], lessons: Record<string, LessonProgress>): CourseProgress {
  const completedLessons = lessonIds.filter((id) => lessons[id]?.completed).length;
  const lessonCount = lessonIds.length;
  return {
    completedLessons,
    lessonCount,
    percent: lessonCount === 0 ? 0 : Math.floor((completedLessons / lessonCount) * 100),
    allDone: lessonCount > 0 && completedLessons === lessonCount,
  };
}

/** Where "继续学习" opens: the lesson last played if unfinished, else the first unfinished one, else the first. */
export function resumePoint(
  lessonIds: readonly string[],
  lessons: Record<string, LessonProgress>,
  lastLessonId: string | null,
): { lessonId: string; positionSeconds: number } | null {
  if (lessonIds.length === 0) return null;
  const unfinished = (id: string) => !lessons[id]?.completed;
  const pick =
    lastLessonId && lessonIds.includes(lastLessonId) && unfinished(lastLessonId)
      ? lastLessonId
      : (lessonIds.find(unfinished) ?? lessonIds[0]);
  const progress = lessons[pick];
  return { lessonId: pick, positionSeconds: progress && !progress.completed ? progress.positionSeconds : 0 };
}
