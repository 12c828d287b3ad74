import type { DocumentStore } from '../../store/port';
import { INTERESTS, JOBS, interestId, type InterestDoc } from './jobs';

/**
 * 注销账号 for 定向招聘 (called by server/domain/privacy/erase.ts): an open
 * interest is withdrawn (the enterprise stops seeing it, the job's count drops);
 * a decided one stays for the jobs-filled figure, re-keyed to the anonymous id.
 * Name, phone and note are erased either way. Each interest changes in its own
 * transaction and stops matching the query, so a repeat after a failure is harmless.
 */
export async function eraseInterestsOf(store: DocumentStore, openid: string, anon: string, now: Date): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await store.find(INTERESTS, { openid }, { limit: 200 });
    if (batch.length === 0) return done;
    for (const row of batch) {
      await store.transaction(async (tx) => {
        const current = await tx.get(INTERESTS, row._id);
        if (!current) return;
        const at = now.toISOString();
        const wasOpen = current.state === 'interested';
        const next: InterestDoc = {
          ...current,
          _id: interestId(current.jobId, anon),
          openid: anon,
          state: wasOpen ? 'withdrawn' : current.state,
          shareContact: false,
          name: null,
          phone: null,
          note: '',
          history: current.history.map((h) => ({ ...h, by: h.by === openid ? anon : h.by })),
          updatedAt: at,
        };
        await tx.remove(INTERESTS, current._id);
        await tx.set(INTERESTS, next);
        if (wasOpen) {
          const job = await tx.get(JOBS, current.jobId);
          if (job) await tx.set(JOBS, { ...job, interested: Math.max(0, job.interested - 1), updatedAt: at });
        }
      });
      done += 1;
    }
  }
}
