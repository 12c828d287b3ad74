import { RuntimeClient } from '../../runtime/http-client';
import { launchRuntime, type Launched } from '../../runtime/launch';

export const TEST_SECRET = 'test-secret-not-for-production';

/** A real local runtime on a free loopback port over a fresh seeded database, with a client. */
export interface RunningRuntime extends Launched {
  client: RuntimeClient;
}

export async function startRuntime(options: { staticDir?: string; mediaDir?: string; demoLogin?: boolean } = {}): Promise<RunningRuntime> {
  const launched = await launchRuntime({ tokenSecret: TEST_SECRET, demoLogin: options.demoLogin ?? true, staticDir: options.staticDir, mediaDir: options.mediaDir, log: () => undefined });
  return Object.assign(launched, { client: new RuntimeClient(launched.url) });
}
