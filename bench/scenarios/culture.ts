import type { Deps } from '../../server/core/action';
import { CULTURE_ENROLMENTS, CULTURE_SESSIONS, type EnrolmentDoc } from '../../server/domain/culture/model';
import { OUTBOX, type OutboxMessage } from '../../server/domain/notify/outbox';
import type { HttpReply, RuntimeClient } from '../../runtime/http-client';
import { load, printResults, type LoadResult } from '../lib';
import type { Scenario } from './index';

/**
 * The 文化课堂 burst, shared by `npm run bench` and tests/runtime/culture-burst.test.ts:
 * 2,000 distinct residents press 报名 for one 30-seat session at the same moment
 * over HTTP, then the 30 who got a seat cancel at the same moment.
 */
export const CULTURE_BURST = { residents: 2000, capacity: 30 };

export interface CultureBurstFixture {
  sessionId: string;
  tokens: string[];
}

function must(reply: HttpReply, what: string): any {
  if (!reply.body?.ok) throw new Error(`${what} failed: ${JSON.stringify(reply.body)}`);
  return reply.body.data;
}

/** Runs fn over 0..n-1 with at most `limit` in flight (logins are set-up, not the measured burst). */
async function pool(n: number, limit: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, n) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

export async function prepareCultureBurst(
  client: RuntimeClient,
  deps: Deps,
  tag: string,
): Promise<CultureBurstFixture> {
  const sessionId = await createBurstSession(client, deps, tag);
  const tokens: string[] = new Array(CULTURE_BURST.residents);
  await pool(CULTURE_BURST.residents, 64, async (i) => {
    tokens[i] = await client.loginOpenid(`culture-burst-${tag}-${i}`);
  });
  return { sessionId, tokens };
}

/** A fresh 30-seat session for the same residents (the bench runs the burst several times). */
export async function createBurstSession(client: RuntimeClient, deps: Deps, tag: string): Promise<string> {
  const admin = await client.login('district_admin');
  const now = deps.clock.now().getTime();
  const session = must(
    await client.call(
      'culture',
      {
        action: 'createSession',
        kind: 'event',
        series: '荟文化悦生活',
        title: `文化市集限量体验课（压力测试 ${tag}）`,
        category: 'market',
        venue: '宜昌路社区综合文化服务中心',
        capacity: CULTURE_BURST.capacity,
        startsAt: new Date(now + 3 * 86400_000).toISOString(),
        endsAt: new Date(now + 3 * 86400_000 + 2 * 3600_000).toISOString(),
      },
      admin,
    ),
    'createSession',
  );
  return session.id;
}

/** Everyone at once: every request is in flight before the first reply comes back. */
export async function enrolBurst(
  client: RuntimeClient,
  fx: CultureBurstFixture,
): Promise<{ result: LoadResult; replies: HttpReply[] }> {
  const replies: HttpReply[] = new Array(fx.tokens.length);
  const result = await load(
    `culture.enrolSession: ${fx.tokens.length} at once, ${CULTURE_BURST.capacity} seats`,
    fx.tokens.length,
    fx.tokens.length,
    async (i) => {
      replies[i] = await client.call('culture', { action: 'enrolSession', sessionId: fx.sessionId }, fx.tokens[i]);
      return replies[i].body?.ok === true;
    },
  );
  return { result, replies };
}

/** The seated residents all cancel at once. */
export async function cancelBurst(
  client: RuntimeClient,
  fx: CultureBurstFixture,
  seated: number[],
): Promise<{ result: LoadResult; replies: HttpReply[] }> {
  const replies: HttpReply[] = new Array(seated.length);
  const result = await load(
    `culture.cancelEnrolment: ${seated.length} at once -> offers`,
    seated.length,
    seated.length,
    async (i) => {
      replies[i] = await client.call(
        'culture',
        { action: 'cancelEnrolment', sessionId: fx.sessionId },
        fx.tokens[seated[i]],
      );
      return replies[i].body?.ok === true;
    },
  );
  return { result, replies };
}

/** What the store says after the burst: the session's counters and the enrolments themselves. */
export async function cultureRecount(deps: Deps, sessionId: string) {
  const session = (await deps.store.get(CULTURE_SESSIONS, sessionId))!;
  const enrolments: EnrolmentDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await deps.store.find(
      CULTURE_ENROLMENTS,
      { targetId: sessionId },
      { orderBy: [['_id', 'asc']], limit: 1000, skip },
    );
    enrolments.push(...page);
    if (page.length < 1000) break;
  }
  const offers = await deps.store.count(OUTBOX, { kind: 'culture_offer' });
  return { session, enrolments, offers };
}

export async function offersTo(deps: Deps, openid: string): Promise<OutboxMessage[]> {
  return deps.store.find(OUTBOX, { recipient: openid, kind: 'culture_offer' });
}

export const cultureScenario: Scenario = {
  name: 'culture',
  async run({ runtime, client, noop }) {
    const fx = await prepareCultureBurst(client, runtime.deps, 'bench');
    const baseline = await noop();
    const enrol = await enrolBurst(client, fx);
    const seated = enrol.replies.flatMap((r, i) => (r.body?.data?.mine?.state === 'enrolled' ? [i] : []));
    const cancel = await cancelBurst(client, fx, seated);
    printResults(
      'Culture: one 30-seat session, everyone at once (HTTP, local runtime)',
      [baseline, enrol.result, cancel.result],
      baseline,
    );
    const after = await cultureRecount(runtime.deps, fx.sessionId);
    const c = after.session.counts;
    console.log(
      `\nAfter the bursts: enrolled ${seated.length} of ${CULTURE_BURST.residents}, waiting list ${enrol.replies.length - seated.length}; ` +
        `after ${cancel.replies.length} cancellations: offered ${c.offered}, waiting ${c.waitlisted}, offer messages ${after.offers}.`,
    );
  },
};
