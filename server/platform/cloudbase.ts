import tcb from '@cloudbase/node-sdk';
import { DEFAULT_CONFIG, type Deps, type Identity, type Registry } from '../core/action';
import { systemClock } from '../core/clock';
import { dispatch } from '../core/dispatch';
import { failure, type Envelope } from '../core/envelope';
import { loadPrincipal } from '../domain/account/principal';
import { registry as defaultRegistry } from '../functions';
import { runDueJobs, type JobsSummary, type RunJobsOptions } from '../jobs';
import { CloudbaseStore } from '../store/cloudbase';
import { withRetries } from '../store/retrying';

/** Keys the platform adds to `event`; they are not part of the caller's request. */
const PLATFORM_KEYS = ['userInfo'] as const;

export interface EntryOptions {
  /** Tests inject a store, clock, ...; in the cloud the deps are built once per container. */
  deps?: Deps | (() => Deps);
  registry?: Registry;
  /** How the caller is identified; defaults to the WX_OPENID the platform puts in the context. */
  identify?: (event: unknown, context: unknown) => Identity | null;
}

let containerDeps: Deps | null = null;

/**
 * One CloudBase app and store per container: cold start pays for it once,
 * warm invocations reuse it. The SDK holds no per-request state here, since
 * the caller is read from each invocation's context.
 */
function cloudDeps(): Deps {
  if (!containerDeps) {
    const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
    const store = withRetries(new CloudbaseStore(app.database()));
    containerDeps = { store, clock: systemClock, config: DEFAULT_CONFIG, log: (err) => console.error('[internal]', err) };
  }
  return containerDeps;
}

/** The container's deps, for entries outside the API dispatch (notify-sender). */
export function cloudTimerDeps(): Deps {
  return cloudDeps();
}

function resolveDeps(deps: EntryOptions['deps']): Deps {
  if (!deps) return cloudDeps();
  return typeof deps === 'function' ? deps() : deps;
}

/**
 * The caller's OPENID, from the invocation context (the SDK falls back to the
 * WX_* environment the platform sets). Never from the event: a client could
 * put anything there.
 */
export function identityFromContext(context: unknown): Identity | null {
  const read = (ctx?: unknown): string | undefined => {
    const value = (tcb.getCloudbaseContext(ctx as never) as { WX_OPENID?: unknown }).WX_OPENID;
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  let openid: string | undefined;
  try {
    openid = read(context ?? undefined);
  } catch {
    // A context the SDK cannot parse (e.g. from a local test harness): use the environment only.
    openid = read();
  }
  return openid ? { openid } : null;
}

/** The request body as the client sent it: the event without the keys WeChat adds. */
export function payloadFromEvent(event: unknown): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event;
  const payload: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  for (const key of PLATFORM_KEYS) delete payload[key];
  return payload;
}

/** `exports.main` of the cloud function `fnName`: always answers an envelope. */
export function createMain(fnName: string, options: EntryOptions = {}) {
  return async (event: unknown, context: unknown): Promise<Envelope> => {
    let deps: Deps;
    let identity: Identity | null;
    try {
      deps = resolveDeps(options.deps);
      identity = (options.identify ?? ((_e, c) => identityFromContext(c)))(event, context);
    } catch (err) {
      console.error('[internal]', err);
      return failure('INTERNAL');
    }
    return dispatch(options.registry ?? defaultRegistry, fnName, payloadFromEvent(event), identity, deps, loadPrincipal);
  };
}

export interface TimerOptions extends RunJobsOptions {
  deps?: EntryOptions['deps'];
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
    const deps = resolveDeps(options.deps);
    const requested = (event as { jobs?: unknown } | null)?.jobs;
    const names = Array.isArray(requested) ? requested.filter((n): n is string => typeof n === 'string') : undefined;
    return runDueJobs(deps, names, options);
  };
}
