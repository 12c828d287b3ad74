import { RuntimeClient } from '../../runtime/http-client';
import { launchRuntime, type Launched } from '../../runtime/launch';
import type { RateLimits } from '../../runtime/protection';
import type { RequestLogSink } from '../../runtime/request-log';

export const TEST_SECRET = 'test-secret-not-for-production';

/** A real local runtime on a free loopback port over a fresh seeded database, with a client. */
export interface RunningRuntime extends Launched {
  client: RuntimeClient;
}

/** Browser journeys and bursts log in and call from one address far more than a person does: no rate limits unless a test sets them. */
export const TEST_RATE_LIMITS: RateLimits = { login: false, public: false };

export async function startRuntime(
  options: {
    staticDir?: string;
    mediaDir?: string;
    demoLogin?: boolean;
    rateLimits?: RateLimits;
    requestLog?: RequestLogSink;
    log?: (err: unknown) => void;
    trustProxy?: boolean;
  } = {},
): Promise<RunningRuntime> {
  const launched = await launchRuntime({
    tokenSecret: TEST_SECRET,
    demoLogin: options.demoLogin ?? true,
    staticDir: options.staticDir,
    mediaDir: options.mediaDir,
    log: options.log ?? (() => undefined),
    rateLimits: options.rateLimits ?? TEST_RATE_LIMITS,
    requestLog: options.requestLog,
    trustProxy: options.trustProxy,
  });
  return Object.assign(launched, { client: new RuntimeClient(launched.url) });
}
