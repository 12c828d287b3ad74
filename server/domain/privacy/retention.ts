import type { Deps } from '../../core/action';
import { ISSUES } from '../issues/model';
import { MODERATION } from '../moderation/model';
import type { Job } from '../../core/job';

/**
 * Retention (src/privacy/data.ts, docs/privacy.md): `config.retentionDays`
 * after an issue is closed (default 180, HUDAO_RETENTION_DAYS), the reporter's
 * phone number and the original photos are erased; the issue itself stays as
 * the public record. Decided from the data, so running late or twice is
 * harmless: an issue once done carries `retainedAt` and is not picked again.
 * Closure is final in the issue state machine (a dissatisfied rating reopens
 * before closure, not after), so nothing needs the erased data again.
 */
const BATCH = 200;

export async function eraseAfterRetention(deps: Deps): Promise<{ processed: number }> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - deps.config.retentionDays * 86_400_000).toISOString();
  let processed = 0;
  for (;;) {
    const due = await deps.store.find(
      ISSUES,
      { retainedAt: null, closedAt: { $lte: cutoff } },
      { orderBy: [['closedAt', 'asc']], limit: BATCH },
    );
    if (due.length === 0) return { processed };
    for (const issue of due) {
      // Files first: if the record update then fails, the next run clears the references to files already gone.
      const files = [...issue.photos, ...(issue.heldPhotos ?? [])];
      if (files.length) await deps.files?.remove(files);
      await deps.store.transaction(async (tx) => {
        const current = await tx.get(ISSUES, issue._id);
        if (!current || current.retainedAt || !current.closedAt || current.closedAt > cutoff) return;
        await tx.set(ISSUES, { ...current, phone: null, photos: [], heldPhotos: [], retainedAt: now.toISOString() });
      });
      // The review records of those photos go with them.
      for (const entry of await deps.store.find(MODERATION, { issueId: issue._id }, { limit: 100 })) {
        await deps.store.transaction((tx) => tx.remove(MODERATION, entry._id));
      }
      processed += 1;
    }
  }
}

export const PRIVACY_JOBS: Job[] = [{ name: 'privacy-retention', everyMinutes: 60, run: eraseAfterRetention }];
