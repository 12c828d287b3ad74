import { createHash } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import { AppError } from '../../core/errors';
import { isStaffBinding } from '../../core/roles';
import type { Collection } from '../../store/collections';
import type { Doc, DocumentStore, Filter } from '../../store/port';
import { AUDIT, USERS } from '../account/users';
import { CULTURE_ENROLMENTS } from '../culture/model';
import { PARTNER_APPLICATIONS, ELDERCARE_BOOKINGS, ELDER_GUARDIANS, ELDER_PROFILES } from '../eldercare/model';
import { eraseInterestsOf } from '../enterprise/interest-erasure';
import { ACTIVE } from '../eldercare/states';
import { actAsSystem } from '../eldercare/transitions';
import { supportId } from '../issues/reading';
import { ISSUE_SUPPORTS, ISSUES } from '../issues/model';
import { OUTBOX } from '../notify/outbox';
import { privacyRefusal } from './reasons';

/**
 * 注销账号. What is erased, anonymised or kept is decided in docs/privacy.md
 * (and src/privacy/data.ts ERASURE_RULES). Each document changes in its own
 * transaction, found again by a query on the caller's openid: a step that
 * already ran finds nothing, so a retry after a failure half way finishes the
 * job and a repeat is harmless. Counters stay true because nothing counted is
 * removed: withdrawn bookings give back their place and quota through the
 * booking state machine, supports are re-keyed not deleted, issue statistics
 * and enrolment counts are untouched.
 */
export const DELETED_NAME = '已注销用户';
const BATCH = 200;

/** The stand-in for the openid in records kept for the public record or statistics. */
export function anonymousId(openid: string): string {
  return `deleted-${createHash('sha256').update(openid).digest('hex').slice(0, 16)}`;
}

export interface DeletionSummary {
  bookingsWithdrawn: number;
  bookingsAnonymised: number;
  eldersErased: number;
  eldersKept: number;
  issuesAnonymised: number;
  supportsAnonymised: number;
  applicationsAnonymised: number;
  enrolmentsAnonymised: number;
  messagesErased: number;
  accountErased: boolean;
}

/** Runs `each` over every document matching the filter; `each` must make the document stop matching (or be removed). */
async function drain<T extends Doc>(
  store: DocumentStore,
  collection: Collection<T>,
  filter: Filter,
  each: (doc: T) => Promise<void>,
): Promise<number> {
  let done = 0;
  const seen = new Set<string>();
  for (;;) {
    const batch = (await store.find(collection, filter, { limit: BATCH })).filter((d) => !seen.has(d._id));
    if (batch.length === 0) return done;
    for (const doc of batch) {
      seen.add(doc._id);
      await each(doc);
      done += 1;
    }
  }
}

/** Calls off a future visit through the booking state machine (places and quota given back, partner told); a booking already closed meanwhile is fine. */
async function withdraw(store: DocumentStore, now: Date, bookingId: string): Promise<boolean> {
  try {
    await actAsSystem(store, now, bookingId, 'withdraw', '预约人已注销账号');
    return true;
  } catch (err) {
    if (err instanceof AppError && (err.code === 'FAILED_PRECONDITION' || err.code === 'NOT_FOUND')) return false;
    throw err;
  }
}

export async function deleteAccount(ctx: SignedInContext): Promise<DeletionSummary> {
  // Staff hold other people's work; an admin must revoke the role first. An enterprise
  // contact leaves the enterprise themselves first (it must keep one contact).
  if (ctx.principal.bindings.some(isStaffBinding)) throw privacyRefusal('STAFF_CANNOT_DELETE');
  if (ctx.principal.bindings.length > 0) throw privacyRefusal('CONTACT_CANNOT_DELETE');
  const { store, now } = ctx;
  const openid = ctx.principal.openid;
  const anon = anonymousId(openid);
  const at = now.toISOString();
  const summary: DeletionSummary = {
    bookingsWithdrawn: 0,
    bookingsAnonymised: 0,
    eldersErased: 0,
    eldersKept: 0,
    issuesAnonymised: 0,
    supportsAnonymised: 0,
    applicationsAnonymised: 0,
    enrolmentsAnonymised: 0,
    messagesErased: 0,
    accountErased: false,
  };

  // 1. Future visits I booked are called off; partners are told by the state machine's notice.
  await drain(store, ELDERCARE_BOOKINGS, { bookedBy: openid, status: { $in: [...ACTIVE] } }, async (b) => {
    if (await withdraw(store, now, b._id)) summary.bookingsWithdrawn += 1;
  });

  // 2. Elders I guard: kept for their other guardians (or the grid that entered them), erased when I was the only one.
  await drain(store, ELDER_GUARDIANS, { openid }, async (row) => {
    const elder = await store.get(ELDER_PROFILES, row.elderId);
    const others = elder ? elder.guardians.filter((g) => g !== openid) : [];
    const erase = elder !== null && others.length === 0 && elder.createdVia === 'guardian';
    if (erase) {
      await drain(store, ELDERCARE_BOOKINGS, { elderId: elder._id, status: { $in: [...ACTIVE] } }, async (b) => {
        if (await withdraw(store, now, b._id)) summary.bookingsWithdrawn += 1;
      });
      // Past visits stay for the partner's and the district's records, without the elder's identity.
      await drain(store, ELDERCARE_BOOKINGS, { elderId: elder._id, 'elder.name': { $ne: DELETED_NAME } }, async (b) => {
        await store.transaction(async (tx) => {
          const current = await tx.get(ELDERCARE_BOOKINGS, b._id);
          if (current)
            await tx.set(ELDERCARE_BOOKINGS, {
              ...current,
              elder: {
                ...current.elder,
                name: DELETED_NAME,
                birthDate: '',
                phone: null,
                address: { ...current.elder.address, detail: '' },
              },
              notes: '',
            });
        });
      });
    }
    await store.transaction(async (tx) => {
      const current = await tx.get(ELDER_PROFILES, row.elderId);
      if (current && erase) await tx.remove(ELDER_PROFILES, current._id);
      else if (current) {
        await tx.set(ELDER_PROFILES, {
          ...current,
          guardians: current.guardians.filter((g) => g !== openid),
          createdBy: current.createdBy === openid ? anon : current.createdBy,
          version: current.version + 1,
          updatedAt: at,
        });
      }
      await tx.remove(ELDER_GUARDIANS, row._id);
    });
    if (erase) summary.eldersErased += 1;
    else if (elder) summary.eldersKept += 1;
  });

  // 3. Past bookings I made: the service record stays, my name and phone go.
  summary.bookingsAnonymised = await drain(store, ELDERCARE_BOOKINGS, { bookedBy: openid }, async (b) => {
    await store.transaction(async (tx) => {
      const current = await tx.get(ELDERCARE_BOOKINGS, b._id);
      if (current)
        await tx.set(ELDERCARE_BOOKINGS, { ...current, bookedBy: anon, bookerName: DELETED_NAME, bookerPhone: null });
    });
  });

  // 4. My reports stay as the public record, statistics unchanged; I am anonymised, phone and door number erased.
  summary.issuesAnonymised = await drain(store, ISSUES, { reporter: openid }, async (issue) => {
    await store.transaction(async (tx) => {
      const current = await tx.get(ISSUES, issue._id);
      if (!current) return;
      await tx.set(ISSUES, {
        ...current,
        reporter: anon,
        reporterName: DELETED_NAME,
        hideName: true,
        phone: null,
        address: current.address ? { ...current.address, detail: '' } : null,
        followers: current.followers.filter((f) => f !== openid),
      });
    });
  });

  // 5. "Me too" stays counted: the support is re-keyed to the anonymous id.
  summary.supportsAnonymised = await drain(store, ISSUE_SUPPORTS, { supporter: openid }, async (s) => {
    await store.transaction(async (tx) => {
      const current = await tx.get(ISSUE_SUPPORTS, s._id);
      if (!current) return;
      await tx.remove(ISSUE_SUPPORTS, current._id);
      if (!(await tx.get(ISSUE_SUPPORTS, supportId(current.issueId, anon)))) {
        await tx.create(ISSUE_SUPPORTS, { ...current, _id: supportId(current.issueId, anon), supporter: anon });
      }
    });
  });

  // 6. Partner applications: the record stays, the contact goes.
  summary.applicationsAnonymised = await drain(store, PARTNER_APPLICATIONS, { applicant: openid }, async (a) => {
    await store.transaction(async (tx) => {
      const current = await tx.get(PARTNER_APPLICATIONS, a._id);
      if (current)
        await tx.set(PARTNER_APPLICATIONS, {
          ...current,
          applicant: anon,
          contactName: DELETED_NAME,
          contactPhone: '',
        });
    });
  });

  // 7. Enrolments: seats and attendance figures stay, name and phone go.
  summary.enrolmentsAnonymised = await drain(store, CULTURE_ENROLMENTS, { openid }, async (e) => {
    await store.transaction(async (tx) => {
      const current = await tx.get(CULTURE_ENROLMENTS, e._id);
      if (current) await tx.set(CULTURE_ENROLMENTS, { ...current, openid: anon, name: DELETED_NAME, phone: null });
    });
  });

  // 7b. Interest in job openings: open ones withdrawn, decided ones kept for the jobs-filled figure; contact erased.
  await eraseInterestsOf(store, openid, anon, now);

  // 8. Messages to me (including the notices of the steps above) are erased.
  summary.messagesErased = await drain(store, OUTBOX, { recipient: openid }, async (m) => {
    await store.transaction((tx) => tx.remove(OUTBOX, m._id));
  });

  // 9. The account itself; the audit keeps only that an account was deleted, when, and the policy version it had agreed to.
  summary.accountErased = await store.transaction(async (tx) => {
    const user = await tx.get(USERS, openid);
    if (!user) return false;
    await tx.remove(USERS, openid);
    await tx.set(AUDIT, {
      _id: `account-deleted-${anon}`,
      subject: anon,
      at,
      event: 'account_deleted',
      consentVersion: user.consent?.version ?? null,
    });
    return true;
  });
  return summary;
}
