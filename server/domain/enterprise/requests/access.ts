import type { Principal, SignedInContext } from '../../../core/action';
import type { DocumentStore, Filter } from '../../../store/port';
import { findStaff, USERS } from '../../account/users';
import {
  contactEnterpriseIds,
  departmentIdsOf,
  ENTERPRISE_CONTACTS,
  ENTERPRISE_OFFICE,
  ENTERPRISE_STAFF,
  isContactOf,
  isEnterpriseOffice,
  liaisonIdsOf,
  servedEnterprise,
  verifiedEnterpriseOfContact,
} from '../access';
import { CONTACTS, DEPARTMENTS, LIAISONS, type EnterpriseDoc } from '../model';
import { refusal as enterpriseRefusal } from '../reasons';
import { REQUESTS, type RequestDoc } from './model';
import type { RequestAudience } from './notices';
import { refusal } from './reasons';
import type { EventSide } from './states';
import { requestForEnterprise, requestForStaff, requestRow } from './views';

/**
 * Who may see and act on a request, on the job's rule (../access.ts): the
 * enterprise's contacts see its requests; staff see those of the enterprises
 * they are liaison for and those routed to their department; the economic
 * work team (and district admins) see all. A request outside the caller's
 * scope is "not found", never "forbidden", so ids cannot be probed.
 */
export const CONTACT_ROLES = ENTERPRISE_CONTACTS;
export const REQUEST_STAFF_ROLES = ENTERPRISE_STAFF;
export const TEAM_ROLES = ENTERPRISE_OFFICE;

/** What a staff member may see: everything (null), or requests of these liaisons and departments. */
export interface RequestScope {
  liaisonIds: string[];
  departmentIds: string[];
}

/** The caller's request scope as staff: null when they are not staff of the job at all. */
export function staffScope(principal: Principal): RequestScope | { all: true } | null {
  if (isEnterpriseOffice(principal)) return { all: true };
  const liaisonIds = liaisonIdsOf(principal);
  return liaisonIds.length > 0 ? { liaisonIds, departmentIds: [] } : null;
}

/** The full scope with the departments the caller's liaisons belong to (needs the store). */
async function fullScope(
  ctx: Pick<SignedInContext, 'store' | 'principal'>,
): Promise<RequestScope | { all: true } | null> {
  const scope = staffScope(ctx.principal);
  if (!scope || 'all' in scope) return scope;
  return { ...scope, departmentIds: await departmentIdsOf(ctx.store, ctx.principal) };
}

export function inScope(
  scope: RequestScope | { all: true },
  request: Pick<RequestDoc, 'liaisonId' | 'departmentId'>,
): boolean {
  if ('all' in scope) return true;
  return (
    (request.liaisonId !== null && scope.liaisonIds.includes(request.liaisonId)) ||
    scope.departmentIds.includes(request.departmentId)
  );
}

/** The departments whose statistics the caller sees: all (null) for the team, else their own departments (leaders: their liaisons' departments). */
export async function statsScopeOf(
  ctx: Pick<SignedInContext, 'store' | 'principal'>,
): Promise<{ departmentIds: string[] | null }> {
  const scope = await fullScope(ctx);
  if (!scope) throw refusal('STAFF_ONLY');
  return { departmentIds: 'all' in scope ? null : scope.departmentIds };
}

export interface RequestActor {
  openid: string;
  name: string;
  /** Shown in the timeline: 经济工作组, the department, the liaison's name, or the enterprise. */
  unit: string;
}

async function userName(store: DocumentStore, openid: string): Promise<string> {
  return (await store.get(USERS, openid))?.name ?? '';
}

/**
 * Who acts, for an event of `side`: a contact of the enterprise on the
 * enterprise's side; staff in scope on the staff side. Someone who may see the
 * request but not take this step is told why; anyone else learns nothing.
 */
export async function authorize(ctx: SignedInContext, request: RequestDoc, side: EventSide): Promise<RequestActor> {
  const { principal } = ctx;
  const asContact = isContactOf(principal, request.enterpriseId);
  const scope = await fullScope(ctx);
  const asStaff = scope !== null && inScope(scope, request);
  const name = await userName(ctx.store, principal.openid);
  if (side === 'enterprise' && asContact) return { openid: principal.openid, name, unit: request.enterpriseName };
  if (side === 'staff' && asStaff) {
    const unit =
      scope && 'all' in scope
        ? '经济工作组'
        : request.liaisonId !== null && (scope as RequestScope).liaisonIds.includes(request.liaisonId)
          ? `包联干部`
          : request.departmentName;
    return { openid: principal.openid, name, unit };
  }
  if (asContact) throw refusal('STAFF_ONLY');
  if (asStaff) throw refusal('ENTERPRISE_ONLY');
  throw refusal('REQUEST_NOT_FOUND');
}

/**
 * The enterprise a request is filed for: the contact's own verified
 * enterprise, or (a finding of a 进百企 visit) one the staff member serves.
 * A contact of one enterprise may leave the id out.
 */
export async function filingEnterprise(
  ctx: SignedInContext,
  enterpriseId: string,
  source: 'enterprise' | 'visit',
): Promise<{ enterprise: EnterpriseDoc; filer: string }> {
  const name = await userName(ctx.store, ctx.principal.openid);
  if (source === 'visit') {
    const enterprise = await servedEnterprise(ctx.store, ctx.principal, enterpriseId);
    if (enterprise.status !== 'verified') throw enterpriseRefusal('ENTERPRISE_NOT_VERIFIED');
    return { enterprise, filer: name || '走访干部' };
  }
  const own = contactEnterpriseIds(ctx.principal);
  const id = enterpriseId || (own.length === 1 ? own[0] : '');
  if (!id) throw refusal('NOT_A_CONTACT');
  const enterprise = await verifiedEnterpriseOfContact(ctx.store, ctx.principal, id);
  const contact = await ctx.store.find(
    CONTACTS,
    { enterpriseId: enterprise._id, openid: ctx.principal.openid },
    { limit: 1 },
  );
  return { enterprise, filer: contact[0]?.name || name || enterprise.contactName };
}

export interface Route {
  departmentId: string;
  departmentName: string;
  liaisonId: string | null;
  liaisonName: string | null;
}

/** The enterprise's liaison (包联) and the department responsible for the type. */
export async function routeOf(
  store: DocumentStore,
  enterprise: Pick<EnterpriseDoc, 'liaisonId'>,
  departmentId: string,
): Promise<Route> {
  const [department, liaison] = await Promise.all([
    store.get(DEPARTMENTS, departmentId),
    enterprise.liaisonId ? store.get(LIAISONS, enterprise.liaisonId) : null,
  ]);
  if (!department) throw enterpriseRefusal('DEPARTMENT_NOT_FOUND');
  return {
    departmentId,
    departmentName: department.name,
    liaisonId: liaison?._id ?? null,
    liaisonName: liaison?.name ?? null,
  };
}

export async function departmentNames(store: DocumentStore): Promise<Record<string, string>> {
  const all = await store.find(DEPARTMENTS, {}, { limit: 200 });
  return Object.fromEntries(all.map((d) => [d._id, d.name]));
}

/**
 * Who hears about a request, read before its transaction (transactions cannot
 * query): the enterprise's contacts; staff acting for its liaison or for a
 * liaison of the responsible department; the economic work team.
 */
export async function audienceOf(
  store: DocumentStore,
  request: Pick<RequestDoc, 'enterpriseId' | 'liaisonId' | 'departmentId'>,
): Promise<RequestAudience> {
  const [contacts, staff, liaisons] = await Promise.all([
    store.find(CONTACTS, { enterpriseId: request.enterpriseId }, { limit: 50 }),
    findStaff(store),
    store.find(LIAISONS, { departmentId: request.departmentId }, { limit: 50 }),
  ]);
  const handlerLiaisons = new Set([...(request.liaisonId ? [request.liaisonId] : []), ...liaisons.map((l) => l._id)]);
  const handlers = staff
    .filter((u) => u.bindings.some((b) => b.role === 'enterprise_liaison' && handlerLiaisons.has(b.liaisonId)))
    .map((u) => u._id);
  const team = staff.filter((u) => u.bindings.some((b) => b.role === 'economic_staff')).map((u) => u._id);
  return { contacts: contacts.map((c) => c.openid), handlers, team };
}

/** A request the caller may read, in the view of their side. */
export async function getRequest(ctx: SignedInContext, requestId: string) {
  const request = await ctx.store.get(REQUESTS, requestId);
  if (!request) throw refusal('REQUEST_NOT_FOUND');
  const scope = await fullScope(ctx);
  if (scope && inScope(scope, request))
    return { audience: 'staff' as const, request: requestForStaff(request, ctx.now) };
  if (isContactOf(ctx.principal, request.enterpriseId))
    return { audience: 'enterprise' as const, request: requestForEnterprise(request, ctx.now) };
  throw refusal('REQUEST_NOT_FOUND');
}

export async function loadRequestForStaff(ctx: SignedInContext, requestId: string): Promise<RequestDoc> {
  const request = await ctx.store.get(REQUESTS, requestId);
  const scope = await fullScope(ctx);
  if (!request || !scope || !inScope(scope, request)) throw refusal('REQUEST_NOT_FOUND');
  return request;
}

/** The enterprise's requests, newest first. */
export async function myRequests(ctx: SignedInContext, enterpriseId: string | undefined) {
  const own = contactEnterpriseIds(ctx.principal);
  const id = enterpriseId ?? own[0];
  if (!id || !own.includes(id)) throw refusal('NOT_A_CONTACT');
  const rows = await ctx.store.find(REQUESTS, { enterpriseId: id }, { orderBy: [['filedAt', 'desc']], limit: 200 });
  return rows.map((r) => requestRow(r, ctx.now));
}

export const QUEUE_PAGE_SIZE = 20;

export type QueueView = 'open' | 'overdue' | 'solved' | 'all';

function viewFilter(view: QueueView, now: Date): Filter {
  switch (view) {
    case 'open':
      return { open: true };
    case 'overdue':
      return { open: true, dueAt: { $lt: now.toISOString() } };
    case 'solved':
      return { state: { $in: ['resolved', 'closed'] } };
    case 'all':
      return {};
  }
}

/**
 * The staff queue: open requests by urgency (督办 first, then the nearest
 * deadline); solved and all by filing time. A liaison's queue is the union of
 * two indexed queries (their enterprises, their departments), merged here.
 */
export async function requestQueue(
  ctx: SignedInContext,
  input: { view: QueueView; type?: RequestDoc['type']; page: number },
) {
  const scope = await fullScope(ctx);
  if (!scope) throw refusal('STAFF_ONLY');
  const base: Filter = { ...viewFilter(input.view, ctx.now), ...(input.type ? { type: input.type } : {}) };
  const byUrgency = input.view === 'open' || input.view === 'overdue';
  const orderBy: Array<[string, 'asc' | 'desc']> = byUrgency ? [['queueSort', 'asc']] : [['filedAt', 'desc']];
  const want = input.page * QUEUE_PAGE_SIZE;
  const filters: Filter[] =
    'all' in scope
      ? [base]
      : [
          ...(scope.liaisonIds.length ? [{ ...base, liaisonId: { $in: scope.liaisonIds } }] : []),
          ...(scope.departmentIds.length ? [{ ...base, departmentId: { $in: scope.departmentIds } }] : []),
        ];
  const pages = await Promise.all(filters.map((f) => ctx.store.find(REQUESTS, f, { orderBy, limit: want + 1 })));
  const merged = new Map<string, RequestDoc>();
  for (const page of pages) for (const r of page) merged.set(r._id, r);
  const sorted = [...merged.values()].sort((a, b) =>
    byUrgency ? a.queueSort.localeCompare(b.queueSort) : b.filedAt.localeCompare(a.filedAt),
  );
  const slice = sorted.slice((input.page - 1) * QUEUE_PAGE_SIZE, want);
  return { page: input.page, rows: slice.map((r) => requestRow(r, ctx.now)), hasMore: sorted.length > want };
}
