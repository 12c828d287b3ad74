import type { Tx } from '../../../store/port';
import { REQUESTS, type RequestDoc, type RequestEvent } from './model';
import { sendRequestNotices, type RequestAudience, type RequestNotice } from './notices';
import { derive } from './sla';
import { recordRequestStats } from './stats';

/**
 * The one way a request is written: the document (derived fields included),
 * its timeline event, its statistics counters and its messages, all in the
 * caller's transaction, so none exists without the others.
 */
export async function saveRequest(
  tx: Tx,
  before: RequestDoc | null,
  next: RequestDoc,
  event: Omit<RequestEvent, 'at' | 'from' | 'to'>,
  notices: RequestNotice[],
  audience: RequestAudience,
  now: Date,
): Promise<RequestDoc> {
  const at = now.toISOString();
  const timeline = [...(before?.timeline ?? []), { ...event, at, from: before?.state ?? null, to: next.state }];
  const saved = derive(before, { ...next, updatedAt: at, timeline });
  if (before) await tx.set(REQUESTS, saved);
  else await tx.create(REQUESTS, saved);
  await recordRequestStats(tx, before, saved);
  await sendRequestNotices(tx, saved, notices, audience, event.actor, now);
  return saved;
}
