import type { DocumentStore } from '../../store/port';
import { queueMessage } from '../notify/outbox';
import { SYSTEM, step } from './ledger';
import { CULTURE_ENROLMENTS, CULTURE_SESSIONS, type EnrolmentDoc } from './model';
import { CULTURE_PAGES } from './notices';
import type { EnrolmentState } from './states';

/**
 * Telling everyone on a session about an organiser's change or cancellation.
 * The decisive change (the session document: new times, or status cancelled
 * with a notice) commits first in one transaction. Everyone affected is then
 * told in batches, because a session may have thousands on its waiting list
 * and a CloudBase transaction is meant for a handful of documents. Each batch
 * is its own transaction and marks the enrolments it told (noticeVersion), so
 * a batch that is retried, or resumed by the timer after a crash, never tells
 * anyone twice and never skips anyone.
 */
export const FANOUT_BATCH = 100;
const ACTIVE: EnrolmentState[] = ['enrolled', 'waitlisted', 'offered'];

/** Delivers the session's latest notice to everyone not yet told; returns how many were told. */
export async function fanOutNotice(
  store: DocumentStore,
  sessionId: string,
  now: Date,
  batchSize = FANOUT_BATCH,
): Promise<number> {
  let told = 0;
  for (;;) {
    const session = await store.get(CULTURE_SESSIONS, sessionId);
    if (!session || !session.fanoutPending) return told;
    const batch = await store.find(
      CULTURE_ENROLMENTS,
      { targetId: sessionId, noticeVersion: { $lt: session.noticeVersion }, state: { $in: ACTIVE } },
      {
        orderBy: [
          ['noticeVersion', 'asc'],
          ['_id', 'asc'],
        ],
        limit: batchSize,
      },
    );
    if (batch.length === 0) {
      await store.transaction(async (tx) => {
        const latest = await tx.get(CULTURE_SESSIONS, sessionId);
        // A newer notice may have arrived meanwhile: then the flag stays for the next pass.
        if (latest && latest.noticeVersion === session.noticeVersion)
          await tx.update(CULTURE_SESSIONS, sessionId, { fanoutPending: false });
      });
      return told;
    }
    const toldNow = await store.transaction(async (tx) => {
      let current = (await tx.get(CULTURE_SESSIONS, sessionId))!;
      let count = 0;
      for (const row of batch) {
        const enrolment = await tx.get(CULTURE_ENROLMENTS, row._id);
        if (!enrolment || enrolment.noticeVersion >= current.noticeVersion || !ACTIVE.includes(enrolment.state))
          continue;
        let next: EnrolmentDoc = {
          ...enrolment,
          noticeVersion: current.noticeVersion,
          remindedAt: null,
          updatedAt: now.toISOString(),
        };
        if (current.status === 'cancelled') {
          const moved = step(current, next, 'organiser_cancel', SYSTEM, now, {
            cancelledAt: now.toISOString(),
            cancelReason: 'session_cancelled',
          });
          current = moved.session;
          next = moved.enrolment;
        }
        await tx.set(CULTURE_ENROLMENTS, next);
        if (current.notice) {
          const { kind, title, body } = current.notice;
          await queueMessage(
            tx,
            { recipient: enrolment.openid, kind, title, body, page: CULTURE_PAGES.session(sessionId) },
            now,
          );
        }
        count++;
      }
      await tx.set(CULTURE_SESSIONS, current);
      return count;
    });
    told += toldNow;
    // A batch where nobody needed telling means the list moved under us: leave the rest to the timer.
    if (toldNow === 0) return told;
  }
}

/** The timer's sweep: finishes any fan-out a function call could not (timeout, crash). */
export async function resumeFanOuts(store: DocumentStore, now: Date): Promise<number> {
  const pending = await store.find(CULTURE_SESSIONS, { fanoutPending: true }, { limit: 100 });
  let told = 0;
  for (const session of pending) told += await fanOutNotice(store, session._id, now);
  return told;
}
