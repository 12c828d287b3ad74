import type { Harness, PersonaId } from '../helpers/harness';
import type { Api } from '../../server/functions';
import {
  CULTURE_ENROLMENTS,
  CULTURE_SESSIONS,
  type EnrolmentDoc,
  type SessionDoc,
} from '../../server/domain/culture/model';
import { OUTBOX, type OutboxMessage } from '../../server/domain/notify/outbox';

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

type SessionInput = Api['culture']['createSession']['input'];

/** An instant relative to the harness clock. */
export function fromNow(h: Harness, ms: number): string {
  return new Date(h.clock.now().getTime() + ms).toISOString();
}

/** A fresh session starting in 3 days (sign-up open now, cancel until 1 day before). */
export async function newSession(h: Harness, patch: Partial<SessionInput> = {}, who: PersonaId = 'district_admin') {
  return h.ok(who, 'culture', 'createSession', {
    kind: 'event',
    title: '测试活动',
    category: 'festival',
    venue: '宜昌路社区综合文化服务中心 多功能厅',
    startsAt: fromNow(h, 3 * DAY),
    endsAt: fromNow(h, 3 * DAY + 2 * HOUR),
    capacity: 2,
    ...patch,
  });
}

export const resident = (n: number | string) => ({ openid: `wx-res-${n}` });

export async function sessionDoc(h: Harness, id: string): Promise<SessionDoc> {
  return (await h.deps.store.get(CULTURE_SESSIONS, id))!;
}

export async function enrolmentsOf(h: Harness, sessionId: string): Promise<EnrolmentDoc[]> {
  return h.deps.store.find(CULTURE_ENROLMENTS, { targetId: sessionId }, { limit: 1000 });
}

export async function messagesTo(h: Harness, openid: string, kind?: string): Promise<OutboxMessage[]> {
  return h.deps.store.find(OUTBOX, kind ? { recipient: openid, kind } : { recipient: openid }, { limit: 1000 });
}

/** Recounts the enrolments by state and compares with the session's counters. */
export async function expectCountersTrue(h: Harness, sessionId: string): Promise<SessionDoc> {
  const session = await sessionDoc(h, sessionId);
  const rows = await enrolmentsOf(h, sessionId);
  const tally: Record<string, number> = {};
  for (const row of rows) tally[row.state] = (tally[row.state] ?? 0) + 1;
  for (const [state, n] of Object.entries(session.counts)) {
    if ((tally[state] ?? 0) !== n) throw new Error(`counter ${state} says ${n}, enrolments say ${tally[state] ?? 0}`);
  }
  const held = session.counts.enrolled + session.counts.attended + session.counts.no_show + session.counts.offered;
  if (held > session.capacity) throw new Error(`held ${held} > capacity ${session.capacity}`);
  return session;
}
