import type { SignedInContext } from '../../core/action';
import type { DocumentStore, Filter, Tx } from '../../store/port';
import { CREDIT_CODE_MESSAGES, creditCodeProblem, normaliseCreditCode } from '../../../src/rules/credit-code';
import { addBinding, findStaff, getOrCreateUser, USERS, type UserDoc } from '../account/users';
import { queueMessage } from '../notify/outbox';
import { contactEnterpriseIds, isEnterpriseOffice, readableEnterprise, staffScopeFilter } from './access';
import {
  CONTACTS,
  contactId,
  ENTERPRISES,
  enterpriseId,
  LIAISONS,
  type EnterpriseDoc,
  type EnterpriseSize,
  type EnterpriseStatus,
  type Industry,
} from './model';
import { refusal } from './reasons';
import { nextRegistrationStatus } from './states';
import { enterpriseView } from './views';

/** One person speaks for at most this many enterprises (an agent registering for a whole building is a mistake to catch). */
export const MAX_ENTERPRISES_PER_PERSON = 5;

export interface RegistrationInput {
  name: string;
  creditCode: string;
  industry: Industry;
  size: EnterpriseSize;
  address: string;
  contactName: string;
  contactPhone: string;
}

/** The credit code, normalised, or the refusal saying what is wrong with it. */
export function checkedCreditCode(raw: string): string {
  const code = normaliseCreditCode(raw);
  const problem = creditCodeProblem(code);
  if (problem) throw refusal('CREDIT_CODE_INVALID', { problem, message: CREDIT_CODE_MESSAGES[problem] });
  return code;
}

/** Staff who see every enterprise (the economic work team and district admins): who hears of new registrations. */
export async function officeOpenids(store: DocumentStore): Promise<string[]> {
  const staff = await findStaff(store);
  return staff
    .filter((u: UserDoc) => u.bindings.some((b) => b.role === 'economic_staff' || b.role === 'district_admin'))
    .map((u) => u._id);
}

async function tellOffice(
  tx: Tx,
  recipients: string[],
  enterprise: EnterpriseDoc,
  now: Date,
  resubmitted: boolean,
): Promise<void> {
  for (const recipient of recipients) {
    await queueMessage(
      tx,
      {
        recipient,
        kind: 'enterprise_registered',
        title: resubmitted ? '企业登记已重新提交' : '有新的企业登记待核实',
        body: `${enterprise.name}（${enterprise.creditCode}）`,
        page: `/packages/enterprise/staff-enterprise/index?id=${enterprise._id}`,
      },
      now,
    );
  }
}

/**
 * 企业登记: the caller registers a company and becomes its first contact. The
 * id comes from the credit code, so a second registration of the same code
 * (by anyone) is refused inside the transaction, however close the two are.
 */
export async function registerEnterprise(ctx: SignedInContext, input: RegistrationInput) {
  const creditCode = checkedCreditCode(input.creditCode);
  if (contactEnterpriseIds(ctx.principal).length >= MAX_ENTERPRISES_PER_PERSON)
    throw refusal('TOO_MANY_ENTERPRISES', { max: MAX_ENTERPRISES_PER_PERSON });
  const office = await officeOpenids(ctx.store);
  const at = ctx.now.toISOString();
  const enterprise: EnterpriseDoc = {
    _id: enterpriseId(creditCode),
    name: input.name,
    creditCode,
    industry: input.industry,
    size: input.size,
    address: input.address,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    status: 'pending',
    rejectReason: null,
    verifiedBy: null,
    verifiedAt: null,
    liaisonId: null,
    liaisonAssignedAt: null,
    lastVisitDate: null,
    registeredBy: ctx.principal.openid,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction(async (tx) => {
    if (await tx.get(ENTERPRISES, enterprise._id)) throw refusal('ENTERPRISE_EXISTS');
    const user = await getOrCreateUser(tx, ctx.principal.openid, ctx.now);
    await tx.create(ENTERPRISES, enterprise);
    await tx.create(CONTACTS, {
      _id: contactId(enterprise._id, user._id),
      enterpriseId: enterprise._id,
      openid: user._id,
      name: input.contactName,
      phone: input.contactPhone,
      joinedVia: 'registration',
      joinedAt: at,
    });
    await tx.set(USERS, addBinding(user, { role: 'enterprise_contact', enterpriseId: enterprise._id }, ctx.now));
    await tellOffice(tx, office, enterprise, ctx.now, false);
  });
  return enterpriseView(enterprise, null);
}

export type RegistrationEdit = Omit<RegistrationInput, 'creditCode'>;

/** A contact corrects a rejected registration and submits it again (the credit code, being the enterprise's identity, stays). */
export async function resubmitEnterprise(ctx: SignedInContext, id: string, version: number, edit: RegistrationEdit) {
  const office = await officeOpenids(ctx.store);
  const updated = await ctx.store.transaction(async (tx) => {
    const current = await tx.get(ENTERPRISES, id);
    if (!current || !contactEnterpriseIds(ctx.principal).includes(id)) throw refusal('ENTERPRISE_NOT_FOUND');
    if (current.version !== version) throw refusal('ENTERPRISE_EDITED_BY_OTHERS');
    const status = nextRegistrationStatus(current.status, 'resubmit');
    const next: EnterpriseDoc = {
      ...current,
      ...edit,
      status,
      rejectReason: null,
      version: current.version + 1,
      updatedAt: ctx.now.toISOString(),
    };
    await tx.set(ENTERPRISES, next);
    await tellOffice(tx, office, next, ctx.now, true);
    return next;
  });
  return enterpriseView(updated, null);
}

/** Staff decide a pending registration; every contact of the enterprise hears the outcome. */
export async function decideRegistration(
  ctx: SignedInContext,
  id: string,
  version: number,
  decision: { verify: true } | { verify: false; reason: string },
) {
  const contacts = await ctx.store.find(CONTACTS, { enterpriseId: id }, { limit: 100 });
  const updated = await ctx.store.transaction(async (tx) => {
    const current = await tx.get(ENTERPRISES, id);
    if (!current) throw refusal('ENTERPRISE_NOT_FOUND');
    if (current.version !== version) throw refusal('ENTERPRISE_EDITED_BY_OTHERS');
    const status = nextRegistrationStatus(current.status, decision.verify ? 'verify' : 'reject');
    const at = ctx.now.toISOString();
    const next: EnterpriseDoc = decision.verify
      ? {
          ...current,
          status,
          rejectReason: null,
          verifiedBy: ctx.principal.openid,
          verifiedAt: at,
          version: current.version + 1,
          updatedAt: at,
        }
      : { ...current, status, rejectReason: decision.reason, version: current.version + 1, updatedAt: at };
    await tx.set(ENTERPRISES, next);
    for (const contact of contacts) {
      await queueMessage(
        tx,
        {
          recipient: contact.openid,
          kind: 'enterprise_verification',
          title: decision.verify ? '企业登记已核实' : '企业登记未通过核实',
          body: decision.verify
            ? `${next.name}已通过街道核实，可以使用企业直通车了`
            : `${next.name}：${decision.reason}。请修改后重新提交`,
          page: '/packages/enterprise/index',
        },
        ctx.now,
      );
    }
    return next;
  });
  return enterpriseView(updated, await liaisonName(ctx.store, updated.liaisonId));
}

export async function liaisonName(store: DocumentStore, liaisonId: string | null): Promise<string | null> {
  if (!liaisonId) return null;
  return (await store.get(LIAISONS, liaisonId))?.name ?? null;
}

/** The enterprises the caller speaks for, newest first, with their status (the contact's home page). */
export async function myEnterprises(ctx: SignedInContext) {
  const ids = contactEnterpriseIds(ctx.principal);
  const docs = (await Promise.all(ids.map((id) => ctx.store.get(ENTERPRISES, id)))).filter(
    (e): e is EnterpriseDoc => e !== null,
  );
  docs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return Promise.all(docs.map(async (e) => enterpriseView(e, await liaisonName(ctx.store, e.liaisonId))));
}

/** One enterprise, for its contacts and the staff who serve it. */
export async function getEnterprise(ctx: SignedInContext, id: string) {
  const enterprise = await readableEnterprise(ctx.store, ctx.principal, id);
  return enterpriseView(enterprise, await liaisonName(ctx.store, enterprise.liaisonId));
}

export interface StaffListQuery {
  status?: EnterpriseStatus;
  /** A liaison's enterprises; 'none' for enterprises without one (office only). */
  liaisonId?: string;
  /** Enterprises never visited, or not visited since this date (YYYY-MM-DD). */
  notVisitedSince?: string | 'never';
  skip: number;
  limit: number;
}

/**
 * The staff list: every enterprise for the office, the assigned ones for a
 * liaison. Filters narrow within that scope, never beyond it.
 */
export async function listEnterprises(ctx: SignedInContext, query: StaffListQuery) {
  const scope = staffScopeFilter(ctx.principal);
  if (scope === null) return { items: [], total: 0, scope: 'none' as const };
  const filter: Filter = { ...scope };
  if (query.status) filter.status = query.status;
  if (query.liaisonId !== undefined) {
    const wanted = query.liaisonId === 'none' ? null : query.liaisonId;
    // A liaison filtering by someone else's id sees nothing rather than another's enterprises.
    if (
      !isEnterpriseOffice(ctx.principal) &&
      (wanted === null || !(scope.liaisonId as { $in: string[] }).$in.includes(wanted))
    )
      return { items: [], total: 0, scope: 'assigned' as const };
    filter.liaisonId = wanted;
  }
  let page: EnterpriseDoc[];
  let total: number;
  if (query.notVisitedSince && query.notVisitedSince !== 'never') {
    // Not visited since a date: the never-visited ones first, then those last seen before it (two indexed queries; null is not "less than").
    const never = await ctx.store.find(
      ENTERPRISES,
      { ...filter, status: 'verified', lastVisitDate: null },
      { orderBy: [['createdAt', 'desc']], limit: 1000 },
    );
    const stale = await ctx.store.find(
      ENTERPRISES,
      { ...filter, status: 'verified', lastVisitDate: { $lt: query.notVisitedSince } },
      { orderBy: [['lastVisitDate', 'asc']], limit: 1000 },
    );
    const matching = [...never, ...stale];
    page = matching.slice(query.skip, query.skip + query.limit);
    total = matching.length;
  } else {
    if (query.notVisitedSince === 'never') Object.assign(filter, { status: 'verified', lastVisitDate: null });
    page = await ctx.store.find(ENTERPRISES, filter, {
      orderBy: [['createdAt', 'desc']],
      skip: query.skip,
      limit: query.limit,
    });
    total = await ctx.store.count(ENTERPRISES, filter);
  }
  const names = new Map<string, string | null>();
  for (const e of page)
    if (e.liaisonId && !names.has(e.liaisonId)) names.set(e.liaisonId, await liaisonName(ctx.store, e.liaisonId));
  return {
    items: page.map((e) => enterpriseView(e, e.liaisonId ? (names.get(e.liaisonId) ?? null) : null)),
    total,
    scope: isEnterpriseOffice(ctx.principal) ? ('all' as const) : ('assigned' as const),
  };
}
