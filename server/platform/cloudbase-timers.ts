import type { Deps } from '../core/action';
import { runDueJobs, type JobsSummary, type RunJobsOptions } from '../jobs';
import { identityFromContext, resolveDeps, type InjectedDeps } from './cloudbase-container';

/*
 * The `timers` function's entry, apart from server/platform/cloudbase.ts so
 * that only the timers bundle carries the jobs (and the domains they run).
 */
export interface TimerOptions extends RunJobsOptions {
  deps?: InjectedDeps;
}

/** What the timer entry answers when a mini-program user calls it directly. */
export interface TimerRefusal {
  ok: false;
  refused: string;
}

/**
 * `exports.main` of the `timers` function, fired by the timer trigger.
 * Mini-program users can call any cloud function by name, and their calls
 * carry an OPENID while the trigger's do not, so calls with one are refused.
 * `event.jobs` (a list of names) runs those jobs now, for a manual run from
 * the console.
 */
export function createTimerMain(options: TimerOptions = {}) {
  return async (event: unknown, context: unknown): Promise<JobsSummary | TimerRefusal> => {
    if (identityFromContext(context)) return { ok: false, refused: '定时任务只能由系统触发' };
    const deps: Deps = resolveDeps(options.deps);
    const requested = (event as { jobs?: unknown } | null)?.jobs;
    const names = Array.isArray(requested) ? requested.filter((n): n is string => typeof n === 'string') : undefined;
    return runDueJobs(deps, names, options);
  };
}
