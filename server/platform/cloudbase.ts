import type { Deps, FunctionDef, Identity } from '../core/action';
import { dispatch } from '../core/dispatch';
import { failure, type Envelope } from '../core/envelope';
import { loggableName, rolesLabel } from '../core/log-fields';
import { loadPrincipal } from '../domain/account/principal';
import { identityFromContext, resolveDeps, type InjectedDeps } from './cloudbase-container';

/** Keys the platform adds to `event`; they are not part of the caller's request. */
const PLATFORM_KEYS = ['userInfo'] as const;

export interface EntryOptions {
  /** Tests inject a store, clock, ...; in the cloud the deps are built once per container. */
  deps?: InjectedDeps;
  /** How the caller is identified; defaults to the WX_OPENID the platform puts in the context. */
  identify?: (event: unknown, context: unknown) => Identity | null;
  /** Where the one JSON line per invocation goes (the function's log); tests collect it. */
  requestLog?: (line: Record<string, unknown>) => void;
}

/** The request body as the client sent it: the event without the keys WeChat adds. */
export function payloadFromEvent(event: unknown): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event;
  const payload: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  for (const key of PLATFORM_KEYS) delete payload[key];
  return payload;
}

/**
 * `exports.main` of the cloud function `fnName`, serving `fn`'s actions only:
 * each entry (cloudfunctions/<name>/index.ts) imports its own function module,
 * so its bundle holds only the domain code those actions need. Always answers
 * an envelope.
 */
export function createMain(fnName: string, fn: FunctionDef, options: EntryOptions = {}) {
  const registry = { [fnName]: fn };
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
    const envelope = await dispatch(
      registry,
      fnName,
      payload,
      identity,
      deps,
      loadPrincipal,
      (roles) => (role = rolesLabel(roles)),
    );
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
