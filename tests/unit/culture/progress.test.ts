import fc from 'fast-check';
import { AppError } from '../../../server/core/errors';
import type { LessonProgress } from '../../../server/domain/culture/model';
import { courseProgress, lessonPercent, recordWatch, resumePoint } from '../../../server/domain/culture/progress';

const now = new Date('2026-12-01T02:00:00Z');
const done = (): LessonProgress => ({
  watchedSeconds: 100,
  positionSeconds: 100,
  completed: true,
  completedAt: now.toISOString(),
  updatedAt: now.toISOString(),
});

describe('one lesson', () => {
  it('is complete at 90% watched and not at 89%', () => {
    expect(recordWatch(undefined, 89, 100, now).completed).toBe(false);
    expect(recordWatch(undefined, 90, 100, now).completed).toBe(true);
  });

  it('keeps the furthest point when a late report says less, but resumes from the latest position', () => {
    const first = recordWatch(undefined, 60, 100, now);
    const rewound = recordWatch(first, 20, 100, now);
    expect(rewound.watchedSeconds).toBe(60);
    expect(rewound.positionSeconds).toBe(20);
  });

  it('stays complete after the resident rewinds to watch again', () => {
    const complete = recordWatch(undefined, 95, 100, now);
    const again = recordWatch(complete, 3, 100, new Date('2026-12-02T02:00:00Z'));
    expect(again.completed).toBe(true);
    expect(again.completedAt).toBe(now.toISOString());
  });

  it("refuses a position past the end of the video, allowing the player's last-frame overshoot", () => {
    expect(recordWatch(undefined, 101.5, 100, now).watchedSeconds).toBe(100);
    expect(() => recordWatch(undefined, 103, 100, now)).toThrow(AppError);
  });

  it('never moves the watched mark backwards, for any order of reports (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (reports) => {
          let progress: LessonProgress | undefined;
          let furthest = 0;
          for (const seconds of reports) {
            const before = progress?.watchedSeconds ?? 0;
            progress = recordWatch(progress, seconds, 300, now);
            furthest = Math.max(furthest, seconds);
            expect(progress.watchedSeconds).toBeGreaterThanOrEqual(before);
          }
          expect(progress!.watchedSeconds).toBe(furthest);
          expect(progress!.completed).toBe(furthest >= 270);
        },
      ),
    );
  });

  it('shows 100% only when complete', () => {
    expect(lessonPercent(recordWatch(undefined, 89.9, 100, now), 100)).toBe(89);
    expect(lessonPercent(recordWatch(undefined, 90, 100, now), 100)).toBe(100);
    expect(lessonPercent(undefined, 100)).toBe(0);
  });
});

describe('a course', () => {
  it('is complete only when every current lesson is', () => {
    expect(courseProgress(['a', 'b'], { a: done() })).toMatchObject({
      completedLessons: 1,
      lessonCount: 2,
      percent: 50,
      allDone: false,
    });
    expect(courseProgress(['a', 'b'], { a: done(), b: done() }).allDone).toBe(true);
  });

  it('ignores progress on a lesson no longer in the course, and is never complete without lessons', () => {
    expect(courseProgress(['a'], { a: done(), gone: done() })).toMatchObject({
      completedLessons: 1,
      lessonCount: 1,
      allDone: true,
    });
    expect(courseProgress([], {}).allDone).toBe(false);
  });

  it('resumes in the unfinished lesson last played, at its position', () => {
    const partial: LessonProgress = {
      ...done(),
      watchedSeconds: 30,
      positionSeconds: 25,
      completed: false,
      completedAt: null,
    };
    expect(resumePoint(['a', 'b', 'c'], { a: done(), c: partial }, 'c')).toEqual({
      lessonId: 'c',
      positionSeconds: 25,
    });
  });

  it('resumes at the first unfinished lesson when the last one played is finished, and at the start when all are', () => {
    expect(resumePoint(['a', 'b', 'c'], { a: done(), b: done() }, 'b')).toEqual({ lessonId: 'c', positionSeconds: 0 });
    expect(resumePoint(['a', 'b'], { a: done(), b: done() }, 'b')).toEqual({ lessonId: 'a', positionSeconds: 0 });
    expect(resumePoint([], {}, null)).toBeNull();
  });
});
