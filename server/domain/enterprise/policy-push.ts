import { randomUUID } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import type { Job } from '../../core/job';
import { inShanghai } from '../../core/time';
import type { DocumentStore } from '../../store/port';
import { queueMessage } from '../notify/outbox';
import { contactOpenids, fittingEnterprises } from './measures-access';
import {
  POLICIES,
  POLICY_MARKS,
  markId,
  type PolicyDoc,
  type PolicyLevel,
  type PolicyMarkDoc,
  type PolicyTopic,
} from './policies';
import { policyPushMessage } from './policy-notices';
import { policyRefusal } from './policy-reasons';
import { markTransition, policyTransition } from './policy-states';

/**
 * Publishing a policy and pushing it to the enterprises it fits. The policy
 * commits first; the push then walks the verified enterprises that fit, in id
 * order, in batches (a CloudBase transaction is meant for a handful of
 * documents). Each batch is one transaction that writes a mark per enterprise
 * (id policy:enterprise, so a retried or resumed batch never tells anyone twice),
 * the in-app message to each of its contacts (in WeChat the notify-sender turns
 * them into subscription messages), and the cursor and count on the policy.
 * The timer resumes a push a call could not finish.
 */
export const PUSH_BATCH = 50;

export interface PolicyInput {
  title: string;
  level: PolicyLevel;
  topic: PolicyTopic;
  issuer: string;
  summary: string;
  industries: string[];
  sizes: string[];
  deadline: string | null;
}

export function todayInShanghai(now: Date): string {
  return inShanghai(now).format('YYYY-MM-DD');
}

export async function publishPolicy(ctx: SignedInContext, input: PolicyInput) {
  if (input.deadline !== null && input.deadline < todayInShanghai(ctx.now)) throw policyRefusal('DEADLINE_IN_PAST');
  const at = ctx.now.toISOString();
  const policy: PolicyDoc = {
    _id: `pol_${randomUUID().slice(0, 12)}`,
    ...input,
    // The same industry twice would not change who fits; keep the lists clean for the pages.
    industries: [...new Set(input.industries)],
    sizes: [...new Set(input.sizes)],
    status: policyTransition('new', 'publish'),
    publishedBy: ctx.principal.openid,
    publishedAt: at,
    pushPending: true,
    pushCursor: null,
    pushed: 0,
    read: 0,
    applied: 0,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction((tx) => tx.create(POLICIES, policy));
  const pushed = await pushPolicy(ctx.store, policy._id, ctx.now);
  return { id: policy._id, pushed };
}

/** Pushes the policy to every fitting enterprise not yet reached; returns how many were reached now. */
export async function pushPolicy(
  store: DocumentStore,
  policyId: string,
  now: Date,
  batchSize = PUSH_BATCH,
): Promise<number> {
  let reached = 0;
  for (;;) {
    const policy = await store.get(POLICIES, policyId);
    if (!policy || !policy.pushPending) return reached;
    const batch = await fittingEnterprises(store, policy, policy.pushCursor, batchSize);
    if (batch.length === 0) {
      await store.transaction(async (tx) => {
        const latest = await tx.get(POLICIES, policyId);
        if (latest && latest.pushCursor === policy.pushCursor)
          await tx.update(POLICIES, policyId, { pushPending: false });
      });
      return reached;
    }
    const recipients = await Promise.all(batch.map((e) => contactOpenids(store, e.id)));
    const message = policyPushMessage(policy, now);
    const reachedNow = await store.transaction(async (tx) => {
      const current = await tx.get(POLICIES, policyId);
      // Withdrawn, or another pass moved the cursor meanwhile: this batch is not ours to send.
      if (!current || current.status !== 'published' || current.pushCursor !== policy.pushCursor) return -1;
      let count = 0;
      for (const [i, enterprise] of batch.entries()) {
        const id = markId(policyId, enterprise.id);
        const existing = await tx.get(POLICY_MARKS, id);
        if (existing?.pushedAt) continue;
        // An enterprise that already opened the policy from its list keeps its mark; it is still told.
        const mark: PolicyMarkDoc = existing
          ? { ...existing, pushedAt: now.toISOString(), updatedAt: now.toISOString() }
          : {
              _id: id,
              policyId,
              enterpriseId: enterprise.id,
              level: policy.level,
              state: markTransition('new', 'push'),
              pushedAt: now.toISOString(),
              readAt: null,
              appliedAt: null,
              appliedBy: null,
              updatedAt: now.toISOString(),
            };
        await tx.set(POLICY_MARKS, mark);
        for (const recipient of recipients[i]) await queueMessage(tx, { recipient, ...message }, now);
        count++;
      }
      await tx.update(POLICIES, policyId, {
        pushCursor: batch[batch.length - 1].id,
        pushed: current.pushed + count,
        updatedAt: now.toISOString(),
      });
      return count;
    });
    if (reachedNow < 0) return reached;
    reached += reachedNow;
  }
}

/** The timer's sweep: finishes any push a call could not (timeout, crash). */
export async function resumePolicyPushes(store: DocumentStore, now: Date): Promise<number> {
  const pending = await store.find(POLICIES, { pushPending: true }, { limit: 100 });
  let reached = 0;
  for (const policy of pending) reached += await pushPolicy(store, policy._id, now);
  return reached;
}

/** Withdraws a policy published by mistake: enterprises no longer see it, and an unfinished push stops. */
export async function withdrawPolicy(ctx: SignedInContext, policyId: string, version: number) {
  return ctx.store.transaction(async (tx) => {
    const policy = await tx.get(POLICIES, policyId);
    if (!policy) throw policyRefusal('POLICY_NOT_FOUND');
    if (policy.version !== version) throw policyRefusal('EDITED_BY_OTHERS');
    const status = policyTransition(policy.status, 'withdraw');
    await tx.update(POLICIES, policyId, {
      status,
      pushPending: false,
      version: policy.version + 1,
      updatedAt: ctx.now.toISOString(),
    });
    return { id: policyId, status };
  });
}

/** The timer job that finishes pushes a call could not (every tick: a pending push is news enterprises are waiting for). */
export const POLICY_JOBS: Job[] = [
  {
    name: 'enterprise-policy-push',
    everyMinutes: 5,
    run: async (deps) => ({ processed: await resumePolicyPushes(deps.store, deps.clock.now()) }),
  },
];
