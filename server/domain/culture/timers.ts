import type { Deps } from '../../core/action';
import type { Job } from '../../core/job';
import { queueMessage } from '../notify/outbox';
import { placesLeft } from './capacity';
import { resumeFanOuts } from './fanout';
import { expireOffer, loadSession, offerFreePlaces, offerLapsed } from './ledger';
import { CULTURE_ENROLMENTS, CULTURE_SESSIONS } from './model';
import { notices } from './notices';

/**
 * Scheduled work of 文化课堂. Each job decides from the data what is due and
 * re-checks it inside the transaction that acts, so running twice, late, or
 * at the same moment as a resident's own click changes nothing twice.
 */

const HOUR_MS = 3600_000;
const BATCH = 200;

/**
 * Lapsed offers pass to the next person, exactly once: the transaction acts
 * only if the enrolment is still "offered" and past its deadline. Then a sweep
 * offers any place that is free while people wait (a safety net; normally the
 * transaction that frees a place offers it at once).
 */
export async function passOnLapsedOffers(deps: Deps): Promise<{ processed: number }> {
  const now = deps.clock.now();
  const lapsed = await deps.store.find(
    CULTURE_ENROLMENTS,
    { state: 'offered', offerExpiresAt: { $lte: now.toISOString() } },
    {
      orderBy: [['offerExpiresAt', 'asc']],
      limit: BATCH,
    },
  );
  let processed = 0;
  for (const row of lapsed) {
    processed += await deps.store.transaction(async (tx) => {
      const enrolment = await tx.get(CULTURE_ENROLMENTS, row._id);
      if (!enrolment || !offerLapsed(enrolment, now)) return 0;
      const session = await loadSession(tx, enrolment.targetId);
      await tx.set(CULTURE_SESSIONS, await expireOffer(tx, session, enrolment, now));
      return 1;
    });
  }
  const waiting = await deps.store.find(
    CULTURE_SESSIONS,
    { status: 'scheduled', startsAt: { $gt: now.toISOString() }, 'counts.waitlisted': { $gt: 0 } },
    { limit: BATCH },
  );
  for (const candidate of waiting.filter((s) => placesLeft(s) > 0)) {
    processed += await deps.store.transaction(async (tx) => {
      const filled = await offerFreePlaces(tx, await loadSession(tx, candidate._id), now);
      await tx.set(CULTURE_SESSIONS, filled.session);
      return filled.offers.length;
    });
  }
  return { processed };
}

/** "Reminder the day before": within 24 hours of the start, once per enrolment (remindedAt). */
export async function remindTomorrow(deps: Deps): Promise<{ processed: number }> {
  const now = deps.clock.now();
  const soon = await deps.store.find(
    CULTURE_SESSIONS,
    {
      status: 'scheduled',
      startsAt: { $gt: now.toISOString(), $lte: new Date(now.getTime() + 24 * HOUR_MS).toISOString() },
    },
    { orderBy: [['startsAt', 'asc']], limit: BATCH },
  );
  let processed = 0;
  for (const session of soon) {
    for (;;) {
      const due = await deps.store.find(
        CULTURE_ENROLMENTS,
        { targetId: session._id, state: 'enrolled', remindedAt: null },
        { limit: 100 },
      );
      if (due.length === 0) break;
      const sent = await deps.store.transaction(async (tx) => {
        const current = await loadSession(tx, session._id);
        if (current.status !== 'scheduled') return 0;
        let count = 0;
        for (const row of due) {
          const enrolment = await tx.get(CULTURE_ENROLMENTS, row._id);
          if (!enrolment || enrolment.state !== 'enrolled' || enrolment.remindedAt) continue;
          await tx.update(CULTURE_ENROLMENTS, enrolment._id, { remindedAt: now.toISOString() });
          await queueMessage(
            tx,
            { recipient: enrolment.openid, ...notices.reminder(current, enrolment.checkinCode) },
            now,
          );
          count++;
        }
        return count;
      });
      processed += sent;
      // Nothing sent means the session changed under us; the next run looks again.
      if (sent === 0 || due.length < 100) break;
    }
  }
  return { processed };
}

export const CULTURE_JOBS: Job[] = [
  { name: 'culture-offers', everyMinutes: 5, run: passOnLapsedOffers },
  { name: 'culture-reminders', everyMinutes: 30, run: remindTomorrow },
  {
    name: 'culture-notices',
    everyMinutes: 5,
    run: async (deps) => ({ processed: await resumeFanOuts(deps.store, deps.clock.now()) }),
  },
];
