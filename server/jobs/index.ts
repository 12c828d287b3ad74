import type { Deps } from '../core/action';
import type { Job } from '../core/job';
import { CULTURE_JOBS } from '../domain/culture/timers';
import { ELDERCARE_JOBS } from '../domain/eldercare/reminders';
import { ISSUE_JOBS } from '../domain/issues/sla-job';
import { PRIVACY_JOBS } from '../domain/privacy/retention';
import { ENTERPRISE_REQUEST_JOBS } from '../domain/enterprise/requests/sla-job';
import { POLICY_JOBS } from '../domain/enterprise/policy-push';

/** Jobs are idempotent (server/core/job.ts); the schedule below only keeps expensive jobs from running on every tick. */
export type { Job };

/** Filled in by the features that need scheduled work. */
export const JOBS: Job[] = [
  ...ELDERCARE_JOBS,
  ...CULTURE_JOBS,
  ...ISSUE_JOBS,
  ...PRIVACY_JOBS,
  ...ENTERPRISE_REQUEST_JOBS,
  ...POLICY_JOBS,
];

/** How often the timers run: the CloudBase timer trigger fires every 5 minutes (scripts/build-functions.ts). */
export const TICK_MINUTES = 5;

export interface JobResult {
  name: string;
  ok: boolean;
  processed?: number;
  error?: string;
  ms: number;
}

export interface JobsSummary {
  at: string;
  ran: JobResult[];
  skipped: string[];
}

export interface RunJobsOptions {
  /** The list to run from (tests pass their own). */
  jobs?: Job[];
  /** Minutes between ticks of the caller's timer. */
  tickMinutes?: number;
}

/**
 * Without a state store, "due" is decided from the clock alone: a job is due
 * when a multiple of its period fell inside the last tick. With a 5-minute
 * tick a job of 5 minutes or less runs every tick, an hourly one once an hour.
 */
export function isDue(job: Job, now: Date, tickMinutes: number = TICK_MINUTES): boolean {
  const period = Math.max(1, Math.floor(job.everyMinutes));
  const tick = Math.max(1, Math.floor(tickMinutes));
  if (period <= tick) return true;
  const minute = Math.floor(now.getTime() / 60_000);
  return Math.floor(minute / period) !== Math.floor((minute - tick) / period);
}

/**
 * Runs the due jobs one after another (or exactly the named ones, due or not).
 * A failing job is logged and reported; it never stops the others.
 */
export async function runDueJobs(deps: Deps, names?: string[], options: RunJobsOptions = {}): Promise<JobsSummary> {
  const jobs = options.jobs ?? JOBS;
  const now = deps.clock.now();
  const ran: JobResult[] = [];
  const skipped: string[] = [];
  const wanted = names ? new Set(names) : null;
  for (const job of jobs) {
    const selected = wanted ? wanted.has(job.name) : isDue(job, now, options.tickMinutes);
    if (!selected) {
      skipped.push(job.name);
      continue;
    }
    const started = Date.now();
    try {
      const { processed } = await job.run(deps);
      ran.push({ name: job.name, ok: true, processed, ms: Date.now() - started });
    } catch (err) {
      (deps.log ?? defaultLog)(err);
      ran.push({
        name: job.name,
        ok: false,
        error: err instanceof Error ? err.message : String(err),
        ms: Date.now() - started,
      });
    }
  }
  if (wanted) {
    for (const name of wanted) if (!jobs.some((j) => j.name === name)) skipped.push(name);
  }
  return { at: now.toISOString(), ran, skipped };
}

function defaultLog(err: unknown): void {
  console.error('[job]', err);
}
