import type tcbType from '@cloudbase/node-sdk';
import { configFromEnv, type Deps, type Identity } from '../core/action';
import { systemClock } from '../core/clock';
import { CloudbaseStore } from '../store/cloudbase';
import { withRetries } from '../store/retrying';
import { cloudbaseChecker, type SecurityOpenApi } from './content-check';

/*
 * What every CloudBase entry shares: the container's deps and the caller's
 * identity. Kept apart from the API entry (cloudbase.ts, which carries
 * dispatch and zod) and the timer entry (cloudbase-timers.ts, which carries
 * the jobs), so each bundle holds only what its entry uses.
 */

/**
 * The cloud's SDK, required on first use rather than at load: it is installed
 * by the cloud (external to the bundles) and takes far longer to load than a
 * whole bundle, so a container that is loaded but not yet called (and the
 * bench's cold-load figure) does not pay for it. The first call does.
 */
let sdk: typeof tcbType | null = null;
function tcb(): typeof tcbType {
  if (!sdk) sdk = require('@cloudbase/node-sdk') as typeof tcbType;
  return sdk;
}

/** Tests inject a store, clock, ...; in the cloud the deps are built once per container. */
export type InjectedDeps = Deps | (() => Deps);

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
    const app = tcb().init({ env: tcb().SYMBOL_CURRENT_ENV });
    const store = withRetries(new CloudbaseStore(app.database()));
    // Photos in cloud storage are deleted by file id (retention job); the ids are what the records hold.
    const files = {
      remove: async (paths: string[]) =>
        void (paths.length
          ? await app.deleteFile({ fileList: paths.filter((p) => p.startsWith('cloud://')) })
          : undefined),
    };
    // Content safety through WeChat's open API (wx-server-sdk, loaded on first use: only the functions that declare it install it).
    const moderation = cloudbaseChecker({
      security: () => wxServerSdk().openapi.security,
      urlOf: async (fileId) => {
        const res = (await app.getTempFileURL({ fileList: [fileId] })) as {
          fileList?: Array<{ tempFileURL?: string }>;
        };
        const url = res.fileList?.[0]?.tempFileURL;
        if (!url) throw new Error(`no temporary URL for ${fileId}`);
        return url;
      },
    });
    containerDeps = {
      store,
      clock: systemClock,
      config: configFromEnv(),
      log: (err) => console.error('[internal]', err),
      files,
      moderation,
    };
  }
  return containerDeps;
}

/** The container's deps, for entries outside the API dispatch (notify-sender). */
export function cloudTimerDeps(): Deps {
  return cloudDeps();
}

export function resolveDeps(deps: InjectedDeps | undefined): Deps {
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
    const value = (tcb().getCloudbaseContext(ctx as never) as { WX_OPENID?: unknown }).WX_OPENID;
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
