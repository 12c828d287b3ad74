import type { RoleBinding } from '../../server/core/roles';
import { runDueJobs } from '../../server/jobs';
import { newUser, USERS, withBindings } from '../../server/domain/account/users';
import { OUTBOX, type OutboxMessage } from '../../server/domain/notify/outbox';
import { POLICY_VERSION } from '../../src/privacy/data';
import type { Harness } from '../helpers/harness';

/** Demo enterprises of seed/enterprise.ts, by their credit codes. */
export const GOOD_TRAILER = 'ent-91370203madx000032'; // 固特房车: the contact persona's; liaison lia-economy (the liaison persona)
export const WANHUI = 'ent-91370203madx000045'; // 湾汇软件: liaison lia-economy too
export const GUOLIN = 'ent-91370203madx00002y'; // 国林环保: liaison lia-director (a leader with no department)
export const PENDING = 'ent-91370203madx00007e'; // 环湾物流: not verified yet

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A user with these bindings who has agreed to the policy (what registration or an invite would leave behind). */
export async function addUser(h: Harness, openid: string, bindings: RoleBinding[]): Promise<{ openid: string }> {
  const now = h.clock.now();
  await h.deps.store.transaction(async (tx) => {
    await tx.set(USERS, {
      ...withBindings(newUser(openid, now, openid), bindings, now),
      consent: { version: POLICY_VERSION, at: now.toISOString() },
    });
  });
  return { openid };
}

let seq = 0;
export const hiring = (patch: Record<string, unknown> = {}) => ({
  requestId: `it-hiring-${++seq}-${Date.now().toString(36)}`,
  type: 'hiring' as const,
  title: '招焊工 10 名',
  description: '新接订单，急需焊工 10 名，请街道帮助推荐。',
  ...patch,
});

export const financing = (patch: Record<string, unknown> = {}) => ({
  requestId: `it-fin-${++seq}-${Date.now().toString(36)}`,
  type: 'financing' as const,
  title: '融资 300 万元',
  description: '购置新生产线需要资金 300 万元。',
  financing: { amountWan: 300, purpose: '购置设备', termMonths: 24 },
  ...patch,
});

export async function inbox(h: Harness, openid: string): Promise<OutboxMessage[]> {
  return h.deps.store.find(OUTBOX, { recipient: openid }, { orderBy: [['createdAt', 'asc']], limit: 1000 });
}

export function runRequestSla(h: Harness) {
  return runDueJobs(h.deps, ['enterprise-requests-sla']);
}

/** The Shanghai months from a year before the harness clock to its month. */
export function lastYear(h: Harness): { from: string; to: string } {
  const now = h.clock.now();
  const month = (offset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 15)).toISOString().slice(0, 7);
  return { from: month(-11), to: month(0) };
}
