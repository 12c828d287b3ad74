import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG, type Deps } from '../../server/core/action';
import { AdjustableClock } from '../../server/core/clock';
import { dispatch } from '../../server/core/dispatch';
import type { Envelope } from '../../server/core/envelope';
import { COLLECTIONS } from '../../server/collections';
import { loadPrincipal } from '../../server/domain/account/principal';
import { registry } from '../../server/functions';
import type { Api } from '../../server/functions';
import { seedDemo } from '../../server/seed';
import { withRetries } from '../../server/store/retrying';
import { SqliteStore } from '../../server/store/sqlite';
import { PERSONAS } from '../../seed/hudao';
import { POLICY_VERSION } from '../../src/privacy/data';

export type PersonaId = (typeof PERSONAS)[number]['id'];

/** A seeded SQLite store in a temp folder, and calls through the same dispatch the runtime uses. */
export interface Harness {
  deps: Deps;
  clock: AdjustableClock;
  dir: string;
  /** Calls as a persona id, as any openid ({ openid }), or anonymously (null). */
  call<F extends keyof Api, A extends keyof Api[F] & string>(
    who: PersonaId | { openid: string } | null,
    fn: F,
    action: A,
    input?: Api[F][A] extends { input: infer I } ? I : never,
  ): Promise<Envelope<Api[F][A] extends { output: infer O } ? O : never>>;
  /** Like call, but fails the test on an error envelope and returns the data. */
  ok<F extends keyof Api, A extends keyof Api[F] & string>(
    who: PersonaId | { openid: string } | null,
    fn: F,
    action: A,
    input?: Api[F][A] extends { input: infer I } ? I : never,
  ): Promise<Api[F][A] extends { output: infer O } ? O : never>;
  raw(fn: string, payload: unknown, openid?: string | null): Promise<Envelope>;
  close(): Promise<void>;
}

export function openidOf(who: PersonaId | { openid: string }): string {
  if (typeof who === 'object') return who.openid;
  const persona = PERSONAS.find((p) => p.id === who);
  if (!persona) throw new Error(`unknown persona ${who}`);
  return persona.openid;
}

export async function createHarness(options: { seed?: boolean; start?: Date } = {}): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-test-'));
  const store = withRetries(new SqliteStore(path.join(dir, 'test.sqlite'), { collections: COLLECTIONS }));
  const start = options.start ?? new Date('2026-11-26T02:00:00Z');
  const clock = new AdjustableClock({ now: () => start });
  const deps: Deps = { store, clock, config: DEFAULT_CONFIG, log: () => undefined };
  if (options.seed !== false) await seedDemo(store, clock.now());

  const raw = (fn: string, payload: unknown, openid: string | null = null) =>
    dispatch(registry, fn, payload, openid === null ? null : { openid }, deps, loadPrincipal);

  // A new resident ({ openid }) agrees to the current privacy policy before their first call, as the app's
  // first-login consent step has them do; `raw` skips this, for tests of the consent rules themselves.
  // One promise per openid, so simultaneous first calls all wait for the same agreement.
  const agreed = new Map<string, Promise<unknown>>();
  const call: Harness['call'] = async (who, fn, action, input) => {
    if (who !== null && typeof who === 'object') {
      if (!agreed.has(who.openid))
        agreed.set(who.openid, raw('account', { action: 'agreePrivacy', version: POLICY_VERSION }, who.openid));
      await agreed.get(who.openid);
    }
    return raw(fn as string, { ...(input as object), action }, who === null ? null : openidOf(who)) as never;
  };

  return {
    deps,
    clock,
    dir,
    call,
    raw,
    async ok(who, fn, action, input) {
      const reply = await call(who, fn, action, input);
      if (!reply.ok) throw new Error(`${String(fn)}.${action} failed: ${reply.error.code} ${reply.error.message}`);
      return reply.data;
    },
    async close() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The error code of an envelope, or 'OK'. Lets tests read as `expect(codeOf(r)).toBe('PERMISSION_DENIED')`. */
export function codeOf(envelope: Envelope): string {
  return envelope.ok ? 'OK' : envelope.error.code;
}
