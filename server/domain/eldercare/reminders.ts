import type { Deps } from '../../core/action';
import { AppError } from '../../core/errors';
import type { Job } from '../../core/job';
import { inShanghai } from '../../core/time';
import type { DocumentStore, Filter } from '../../store/port';
import { addDays, shanghaiDate, windowStart } from './calendar';
import { ELDERCARE_BOOKINGS, ELDER_PROFILES, type BookingDoc } from './model';
import { stillActsFor } from './access';
import { audienceOf, notifyChange, partnerStaffIds } from './notices';
import { actAsSystem } from './transitions';

/**
 * Timer handlers of this job. Both decide from the data what is due and mark
 * what they did on the booking itself, so a second run, a late run or two
 * runs at once send nothing twice.
 */

/** Reminders go out from this hour (Shanghai) on the day before: nobody wants a 00:05 subscription message. */
export const REMINDER_FROM_HOUR = 9;

async function findAll(store: DocumentStore, filter: Filter): Promise<BookingDoc[]> {
  const out: BookingDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await store.find(ELDERCARE_BOOKINGS, filter, {
      orderBy: [
        ['date', 'asc'],
        ['_id', 'asc'],
      ],
      limit: 1000,
      skip,
    });
    out.push(...page);
    if (page.length < 1000) return out;
  }
}

/** The day before each confirmed visit: one reminder to the booker's side and the partner, per visit window. */
export async function queueReminders(deps: Deps): Promise<{ processed: number }> {
  const now = deps.clock.now();
  if (inShanghai(now).hour() < REMINDER_FROM_HOUR) return { processed: 0 };
  const tomorrow = addDays(shanghaiDate(now), 1);
  const due = (await findAll(deps.store, { status: 'confirmed', date: tomorrow })).filter(
    (b) => b.remindedFor !== b.windowId,
  );
  const staffByPartner = new Map<string, string[]>();
  let processed = 0;
  for (const candidate of due) {
    if (!staffByPartner.has(candidate.partnerId))
      staffByPartner.set(candidate.partnerId, await partnerStaffIds(deps.store, candidate.partnerId));
    const sent = await deps.store.transaction(async (tx) => {
      const booking = await tx.get(ELDERCARE_BOOKINGS, candidate._id);
      if (
        !booking ||
        booking.status !== 'confirmed' ||
        booking.date !== tomorrow ||
        booking.remindedFor === booking.windowId
      )
        return false;
      const elder = await tx.get(ELDER_PROFILES, booking.elderId);
      // Not a change the people involved made: the version stays, so nobody's open page turns stale.
      const next = { ...booking, remindedFor: booking.windowId };
      await tx.set(ELDERCARE_BOOKINGS, next);
      const bookerActs = elder ? await stillActsFor(tx, booking.bookedBy, elder) : false;
      await notifyChange(
        tx,
        next,
        'remind',
        null,
        audienceOf(next, elder?.guardians ?? [], staffByPartner.get(booking.partnerId) ?? [], bookerActs),
        'system',
        now,
      );
      return true;
    });
    if (sent) processed++;
  }
  return { processed };
}

/**
 * A request the partner never answered, or a proposal the booker never
 * answered, is cancelled once its time has passed, giving the elder's yearly
 * quota back instead of burning it on a visit that never happened.
 */
export async function expireStale(deps: Deps): Promise<{ processed: number }> {
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const stale = (
    await findAll(deps.store, { status: { $in: ['requested', 'reschedule_proposed'] }, date: { $lte: today } })
  ).filter((b) => {
    const starts = [
      windowStart(b.date, b.period),
      ...(b.proposed ? [windowStart(b.proposed.date, b.proposed.period)] : []),
    ];
    return starts.every((start) => start <= now);
  });
  let processed = 0;
  for (const booking of stale) {
    const reason =
      booking.status === 'requested'
        ? '服务方未在服务时间前确认，预约已自动取消，本次不占用年度次数'
        : '改期建议未在服务时间前答复，预约已自动取消';
    try {
      await actAsSystem(deps.store, now, booking._id, 'expire', reason);
      processed++;
    } catch (err) {
      // Someone acted on it meanwhile and the transition table refused: nothing left to do.
      if (!(err instanceof AppError && err.code === 'FAILED_PRECONDITION')) throw err;
    }
  }
  return { processed };
}

export const ELDERCARE_JOBS: Job[] = [
  { name: 'eldercare-reminders', everyMinutes: 60, run: queueReminders },
  { name: 'eldercare-expire', everyMinutes: 60, run: expireStale },
];
