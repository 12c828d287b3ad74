import path from 'node:path';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';
import { MiniApp, textOf, type RNode } from './mini-app';

export const WEAPP_ROOT = process.env.WEAPP_DIST
  ? path.resolve(process.env.WEAPP_DIST)
  : path.resolve(__dirname, '../../dist/weapp');

/**
 * The weapp bundle on a real local runtime: `wx.cloud.callFunction` posts to
 * the runtime as the chosen persona (in WeChat the OPENID comes from the
 * function context; here from the persona's demo token). Switching persona is
 * handing the phone to someone else: storage is cleared and the page stack
 * replaced (reLaunch); the app itself stays loaded, as a WeChat process would.
 */
export interface WeappWorld {
  app: MiniApp;
  runtime: RunningRuntime;
  /** Signs in as a demo persona (resident, relative, grid_worker, partner_barber, ...) and opens `url`. */
  as(persona: string, url: string): Promise<void>;
  /** Function calls the bundle made, in order: `issues.report`, ... */
  calls: string[];
  close(): Promise<void>;
}

export async function openWeapp(root = WEAPP_ROOT): Promise<WeappWorld> {
  const runtime = await startRuntime();
  let token: string | null = null;
  const calls: string[] = [];
  const app = MiniApp.launch({
    root,
    callFunction: async (name, data) => {
      calls.push(`${name}.${(data as { action?: string })?.action ?? '?'}`);
      const reply = await runtime.client.call(name, data, token ?? undefined);
      return reply.body;
    },
  });
  return {
    app,
    runtime,
    calls,
    async as(persona, url) {
      token = await runtime.client.login(persona);
      (globalThis as { wx?: { clearStorageSync(): void } }).wx!.clearStorageSync();
      app.errors.length = 0;
      app.open(url);
    },
    async close() {
      app.close();
      await runtime.close();
    },
  };
}

/** Polls the rendered tree until `check` passes; fails with what the page showed. Never a fixed sleep. */
export async function until<T>(
  app: MiniApp,
  what: string,
  read: () => T,
  check: (value: T) => boolean = Boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = read();
      if (check(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  let shown = '';
  try {
    shown = app.text();
  } catch {
    shown = '(no page)';
  }
  throw new Error(
    `timed out waiting for ${what} on ${app.stack.at(-1)?.route ?? '?'}${lastError ? ` (${String(lastError)})` : ''}\npage shows: ${shown}\nerrors: ${app.errors.join('\n')}`,
  );
}

/** Waits until the current page shows `text`. */
export const shows = (app: MiniApp, text: string | RegExp) =>
  until(
    app,
    `"${String(text)}"`,
    () => app.text(),
    (t) => (typeof text === 'string' ? t.includes(text) : text.test(t)),
  );

/** Waits until the page shows every one of `words` and is no longer loading; returns its text. */
export const pageSettles = (app: MiniApp, words: string[], timeoutMs?: number) =>
  until(
    app,
    `${words.join(', ')} (loaded)`,
    () => app.text(),
    (t) => words.every((w) => t.includes(w)) && !t.includes('正在加载'),
    timeoutMs,
  );

/** Waits until `route` is the page on top. */
export const onPage = (app: MiniApp, route: string) =>
  until(
    app,
    `page ${route}`,
    () => app.current.route,
    (r) => r === route,
  );

/** The form field (input/textarea) whose aria-label is `label`. */
export function field(app: MiniApp, label: string): RNode {
  const found = app.select((n) => (n.tag === 'input' || n.tag === 'textarea') && n.attrs['aria-label'] === label);
  if (found.length !== 1) throw new Error(`expected one field labelled ${label}, found ${found.length}`);
  return found[0];
}

export { textOf };
