import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector';

/**
 * `BENCH_PROFILE=<dir> npm run bench` writes a V8 CPU profile of each burst of
 * the first hot-path round to <dir>/<name>.cpuprofile (open it in Chrome
 * DevTools or speedscope). Only the burst is recorded, not the set-up around
 * it. The sampler counts wall time: on a loaded machine read shares, not ms.
 */
export async function profiled<T>(name: string, fn: () => Promise<T>, dir = process.env.BENCH_PROFILE): Promise<T> {
  if (!dir) return fn();
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<any>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    const out = await fn();
    const { profile } = await post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    return out;
  } finally {
    session.disconnect();
  }
}
