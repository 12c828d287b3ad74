import tcb from '@cloudbase/node-sdk';
import { configFromEnv, type Deps, type Identity, type Registry } from '../core/action';
import { systemClock } from '../core/clock';
import { dispatch } from '../core/dispatch';
import { failure, type Envelope } from '../core/envelope';
import { loggableName, rolesLabel } from '../core/log-fields';
import { registry as defaultRegistry } from '../functions';
import { runDueJobs, type JobsSummary, type RunJobsOptions } from '../jobs';
import { CloudbaseStore } from '../store/cloudbase';
import { withRetries } from '../store/retrying';
import { cloudbaseChecker, type SecurityOpenApi } from './content-check';

/** Keys the platform adds to `event`; they are not part of the caller's request. */
const PLATFORM_KEYS = ['userInfo'] as const;

export interface EntryOptions {
  /** Tests inject a store, clock, ...; in the cloud the deps are built once per container. */
  deps?: Deps | (() => Deps);
  registry?: Registry;
  /** How the caller is identified; defaults to the WX_OPENID the platform puts in the context. */
  identify?: (event: unknown, context: unknown) => Identity | null;
  /** Where the one JSON line per invocation goes (the function's log); tests collect it. */
  requestLog?: (line: Record<string, unknown>) => void;
}

let containerDeps: Deps | null = null;

interface WxServerSdk {
  init(options: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  openapi: { security: SecurityOpenApi };
}
let wxSdk: WxServerSdk | null = null;

/** wx-server-sdk, installed by the cloud for the functions that list it (scripts/build-functions.ts); required lazily so bundles load without it. */
function wxServerSdk(): WxServerSdk {
  if (!wxSdk) {
    wxSdk = require('wx-server-sdk') as WxServerSdk;
    wxSdk.init({ env: wxSdk.DYNAMIC_CURRENT_ENV });
  }
  return wxSdk;
}

/**
 * One CloudBase app and store per container: cold start pays for it once,
 * warm invocations reuse it. The SDK holds no per-request state here, since
 * the caller is read from each invocation's context.
 */
function cloudDeps(): Deps {
  if (!containerDeps) {
    const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
    const store = withRetries(new CloudbaseStore(app.database()));
    // Photos in cloud storage are deleted by file id (retention job); the ids are what the records hold.
    const files = { remove: async (paths: string[]) => void (paths.length ? await app.deleteFile({ fileList: paths.filter((p) => p.startsWith('cloud://')) }) : undefined) };
    // Content safety through WeChat's open API (wx-server-sdk, loaded on first use: only the functions that declare it install it).
    const moderation = cloudbaseChecker({
      security: () => wxServerSdk().openapi.security,
      urlOf: async (fileId) => {
        const res = (await app.getTempFileURL({ fileList: [fileId] })) as { fileList?: Array<{ tempFileURL?: string }> };
        const url = res.fileList?.[0]?.tempFileURL;
        if (!url) throw new Error(`no temporary URL for ${fileId}`);
        return url;
      },
    });
    containerDeps = { store, clock: systemClock, config: configFromEnv(), log: (err) => console.error('[internal]', err), files, moderation };
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
    const started = Date.now();
    let role = identity ? undefined : rolesLabel(null);
    const payload = payloadFromEvent(event);
    const envelope = await dispatch(options.registry ?? defaultRegistry, fnName, payload, identity, deps, (roles) => (role = rolesLabel(roles)));
    // One line per invocation, as the local runtime writes per request: no openid, no input, only what and how it went.
    (options.requestLog ?? ((line) => console.log(JSON.stringify(line))))({
      time: new Date().toISOString(),
      level: envelope.ok ? 'info' : envelope.error.code === 'INTERNAL' ? 'error' : 'info',
      reqId: (context as { request_id?: unknown } | null)?.request_id ?? null,
      fn: fnName,
      action: loggableName((payload as { action?: unknown } | null)?.action),
      role,
      status: envelope.ok ? 'OK' : envelope.error.code,
      ms: Date.now() - started,
    });
    return envelope;
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
