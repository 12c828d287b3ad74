import fc from 'fast-check';
import { placesLeft } from '../../server/domain/culture/capacity';
import { runDueJobs } from '../../server/jobs';
import { createHarness } from '../helpers/harness';
import { HOUR, enrolmentsOf, expectCountersTrue, newSession, resident } from './culture-helpers';

/**
 * Random days in the life of a small session: people enrol, cancel, leave the
 * list, accept or decline offers, hours pass and the timer runs. After every
 * step the rules must hold: counters equal the enrolments, never more held
 * than capacity, no free place while someone waits, and every offer goes to
 * the person who had waited longest.
 */
const ACTIONS = ['enrolSession', 'cancelEnrolment', 'leaveWaitlist', 'acceptOffer', 'declineOffer'] as const;
const step = fc.oneof(
  fc.record({
    kind: fc.constant('call' as const),
    who: fc.integer({ min: 0, max: 6 }),
    action: fc.constantFrom(...ACTIONS),
  }),
  fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 30 }) }),
);

it('keeps capacity, counters and first-come-first-served through any sequence of actions (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(step, { minLength: 5, maxLength: 40 }),
      fc.integer({ min: 1, max: 3 }),
      async (randomSteps, capacity) => {
        // Everyone signs up first, so there is a queue for the random steps to work on.
        const steps = [
          ...Array.from({ length: 7 }, (_, who) => ({ kind: 'call' as const, who, action: 'enrolSession' as const })),
          ...randomSteps,
        ];
        const h = await createHarness();
        try {
          // Starts in 5 days: long enough for offers to lapse and pass on several times.
          const session = await newSession(h, {
            capacity,
            offerHours: 12,
            startsAt: new Date(h.clock.now().getTime() + 120 * HOUR).toISOString(),
            endsAt: new Date(h.clock.now().getTime() + 122 * HOUR).toISOString(),
          });
          for (const s of steps) {
            const waitingBefore = (await enrolmentsOf(h, session.id))
              .filter((e) => e.state === 'waitlisted')
              .sort((a, b) => a.seq! - b.seq!)
              .map((e) => e._id);
            const offeredBefore = new Set(
              (await enrolmentsOf(h, session.id)).filter((e) => e.state === 'offered').map((e) => e._id),
            );
            if (s.kind === 'call') {
              const reply = await h.call(resident(s.who), 'culture', s.action, { sessionId: session.id });
              if (!reply.ok && !['FAILED_PRECONDITION', 'NOT_FOUND'].includes(reply.error.code))
                throw new Error(`${s.action}: ${reply.error.code} ${reply.error.message}`);
            } else {
              h.clock.advance(s.hours * HOUR);
              await runDueJobs(h.deps, ['culture-offers']);
            }
            const doc = await expectCountersTrue(h, session.id);
            const rows = await enrolmentsOf(h, session.id);
            if (h.clock.now().toISOString() < doc.startsAt && doc.counts.waitlisted > 0)
              expect(placesLeft(doc)).toBe(0);
            const newOffers = rows.filter((e) => e.state === 'offered' && !offeredBefore.has(e._id)).map((e) => e._id);
            expect(waitingBefore.slice(0, newOffers.length).sort()).toEqual([...newOffers].sort());
          }
        } finally {
          await h.close();
        }
      },
    ),
    { numRuns: 15 },
  );
}, 120_000);
