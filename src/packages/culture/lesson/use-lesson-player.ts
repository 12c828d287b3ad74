import Taro, { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { apiBase, isWeapp } from '../../../platform/env';
import {
  afterReport,
  clampSeconds,
  COMPLETE_RATIO,
  initialReporter,
  shouldReport,
  type ReportReason,
  type ReporterState,
} from '../lib/progress-reporter';
import type { LessonPage, SavedProgress } from '../lib/types';

export const VIDEO_ID = 'lesson-video';

type LessonProgress = LessonPage['progress'];

/** A cloud:// fileID plays directly in WeChat; a /media/ path is served by the runtime next to the API. */
export function videoSource(video: LessonPage['lesson']['video']): string {
  if (video.fileId && isWeapp()) return video.fileId;
  if (video.url) return video.url.startsWith('/') ? `${apiBase()}${video.url}` : video.url;
  return video.fileId ?? '';
}

/** Where the player starts: the saved position, or the beginning when the lesson was watched to the end. */
export function startAt(progress: LessonProgress, durationSeconds: number): number {
  if (progress.positionSeconds >= COMPLETE_RATIO * durationSeconds) return 0;
  return Math.max(0, Math.floor(progress.positionSeconds));
}

/**
 * The lesson player's state and the progress reports (see progress-reporter.ts
 * for when). Reports go one after another, so the server sees them in order.
 */
export function useLessonPlayer(lessonId: string) {
  const lesson = useResource<LessonPage>(() => call('culture', 'lesson', { lessonId }), { enabled: Boolean(lessonId) });
  const data = lesson.data;
  const duration = data?.lesson.durationSeconds ?? 0;

  const [progress, setProgress] = useState<LessonProgress | null>(null);
  const [course, setCourse] = useState<SavedProgress['course'] | null>(null);
  const [courseJustCompleted, setCourseJustCompleted] = useState(false);
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const reporter = useRef<ReporterState>(initialReporter(false, Date.now()));
  const positionRef = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const ids = useRef({ courseId: '', lessonId: '', duration: 0 });

  useEffect(() => {
    if (!data) return;
    const start = startAt(data.progress, data.lesson.durationSeconds);
    ids.current = { courseId: data.course.id, lessonId: data.lesson.id, duration: data.lesson.durationSeconds };
    reporter.current = initialReporter(data.progress.completed, Date.now());
    positionRef.current = start;
    setPosition(start);
    setProgress(data.progress);
  }, [data]);

  const send = useCallback((seconds: number) => {
    const { courseId, lessonId: id } = ids.current;
    queue.current = queue.current.then(async () => {
      try {
        const saved = await call('culture', 'saveProgress', { courseId, lessonId: id, seconds });
        setProgress((prev) => ({ ...(prev ?? saved.lesson), ...saved.lesson }));
        setCourse(saved.course);
        if (saved.justCompleted) setCourseJustCompleted(true);
        setSaveError(null);
      } catch (err) {
        // The next report carries the position again, so a lost one costs nothing once the network is back.
        setSaveError(`学习进度暂时没有保存上：${toApiError(err).message}`);
        reporter.current = { ...reporter.current, lastSentSeconds: null };
      }
    });
    return queue.current;
  }, []);

  const report = useCallback(
    (reason: ReportReason, at?: number) => {
      const { courseId, duration: length } = ids.current;
      if (!courseId) return;
      const seconds = clampSeconds(at ?? positionRef.current, length);
      const now = Date.now();
      if (!shouldReport(reporter.current, reason, seconds, length, now)) return;
      reporter.current = afterReport(reporter.current, seconds, length, now);
      void send(seconds);
    },
    [send],
  );

  const onTimeUpdate = useCallback(
    (currentTime: number) => {
      positionRef.current = currentTime;
      setPosition(currentTime);
      report('tick');
    },
    [report],
  );
  const onPlay = useCallback(() => setPlaying(true), []);
  const onPause = useCallback(() => {
    setPlaying(false);
    report('pause');
  }, [report]);
  const onEnded = useCallback(() => {
    setPlaying(false);
    positionRef.current = ids.current.duration;
    setPosition(ids.current.duration);
    report('ended', ids.current.duration);
  }, [report]);

  // Leaving the page (another page, the app to the background, the tab hidden or closed) saves where the resident stopped.
  useDidHide(() => report('hide'));
  useEffect(() => () => report('hide'), [report]);
  useEffect(() => {
    // H5 only: a browser tab closed or switched away never fires the page's hide.
    if (isWeapp() || typeof document === 'undefined' || typeof document.addEventListener !== 'function')
      return undefined;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') report('hide');
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, [report]);

  /** The big 播放/暂停 button under the video, for those who cannot hit the small built-in controls. */
  const togglePlay = useCallback(() => {
    try {
      const ctx = Taro.createVideoContext(VIDEO_ID) as unknown as {
        play?: () => unknown;
        pause?: () => unknown;
      } | null;
      if (playing) void Promise.resolve(ctx?.pause?.());
      else void Promise.resolve(ctx?.play?.());
    } catch {
      // No player on the page yet: nothing to do.
    }
  }, [playing]);

  return {
    lesson,
    progress,
    course,
    courseJustCompleted,
    position,
    duration,
    playing,
    saveError,
    startSeconds: data ? startAt(data.progress, data.lesson.durationSeconds) : 0,
    onTimeUpdate,
    onPlay,
    onPause,
    onEnded,
    togglePlay,
  };
}
