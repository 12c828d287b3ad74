/**
 * When the lesson player reports its position to the server. The server keeps
 * the furthest point and the resume point whatever the rate (docs/culture.md);
 * this keeps the rate low: every 15 s while playing, at once on pause, end and
 * page hide, and once when the 90% mark is first crossed so "学完" shows at once.
 */
export const REPORT_EVERY_MS = 15_000;
export const COMPLETE_RATIO = 0.9;

export type ReportReason = 'tick' | 'pause' | 'ended' | 'hide';

export interface ReporterState {
  /** Position last sent (seconds), or null before the first report. */
  lastSentSeconds: number | null;
  /** When the last report was sent (ms). */
  lastSentAt: number;
  /** True once the player passed 90% or the server said the lesson is complete. */
  completionSent: boolean;
}

export function initialReporter(completed: boolean, now: number): ReporterState {
  return { lastSentSeconds: null, lastSentAt: now, completionSent: completed };
}

/** Whole seconds within the lesson: what the server accepts (it allows 2 s of overshoot; we send none). */
export function clampSeconds(seconds: number, durationSeconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) return 0;
  return Math.min(Math.round(seconds * 10) / 10, durationSeconds);
}

/** Decides whether this moment deserves a report. */
export function shouldReport(
  state: ReporterState,
  reason: ReportReason,
  seconds: number,
  durationSeconds: number,
  now: number,
): boolean {
  if (state.lastSentSeconds !== null && Math.abs(state.lastSentSeconds - seconds) < 0.5) return false;
  if (reason !== 'tick') return seconds > 0 || state.lastSentSeconds !== null;
  if (!state.completionSent && durationSeconds > 0 && seconds >= COMPLETE_RATIO * durationSeconds) return true;
  return now - state.lastSentAt >= REPORT_EVERY_MS;
}

export function afterReport(
  state: ReporterState,
  seconds: number,
  durationSeconds: number,
  now: number,
): ReporterState {
  return {
    lastSentSeconds: seconds,
    lastSentAt: now,
    completionSent: state.completionSent || (durationSeconds > 0 && seconds >= COMPLETE_RATIO * durationSeconds),
  };
}
