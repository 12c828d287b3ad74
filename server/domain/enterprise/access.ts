import type { Principal } from '../../core/action';
import type { Role } from '../../core/roles';
import type { DocumentStore, Filter } from '../../store/port';
import { ENTERPRISES, LIAISONS, type EnterpriseDoc } from './model';
import { refusal } from './reasons';

/**
 * Who sees which enterprise (the rule of the whole job, requests and jobs
 * included): an enterprise's contacts see their own enterprise; a liaison the
 * enterprises assigned to it; the economic work team (and district admins)
 * all of them. Records outside the caller's scope are reported as not found,
 * never as forbidden, so ids cannot be probed.
 */

/** Sees and serves every enterprise: 经济工作组, and the sub-district's admins. */
export const ENTERPRISE_OFFICE = ['economic_staff', 'district_admin'] as const satisfies readonly Role[];
/** Any staff of the job: the office and the liaisons (whose scope is their assigned enterprises). */
export const ENTERPRISE_STAFF = [...ENTERPRISE_OFFICE, 'enterprise_liaison'] as const satisfies readonly Role[];
/** Contacts of enterprises (bound to their own). */
export const ENTERPRISE_CONTACTS = ['enterprise_contact'] as const satisfies readonly Role[];

export function isEnterpriseOffice(principal: Principal): boolean {
  return principal.bindings.some((b) => (ENTERPRISE_OFFICE as readonly string[]).includes(b.role));
}

/** The enterprises the caller speaks for, from their bindings (read fresh on every call). */
export function contactEnterpriseIds(principal: Principal): string[] {
  return principal.bindings.flatMap((b) => (b.role === 'enterprise_contact' ? [b.enterpriseId] : []));
}

/** The liaisons (leaders or departments) the caller acts for. */
export function liaisonIdsOf(principal: Principal): string[] {
  return principal.bindings.flatMap((b) => (b.role === 'enterprise_liaison' ? [b.liaisonId] : []));
}

export function isContactOf(principal: Principal, enterpriseId: string): boolean {
  return contactEnterpriseIds(principal).includes(enterpriseId);
}

export function isLiaisonOf(principal: Principal, enterprise: Pick<EnterpriseDoc, 'liaisonId'>): boolean {
  return enterprise.liaisonId !== null && liaisonIdsOf(principal).includes(enterprise.liaisonId);
}

/** Staff who serve this enterprise: the office, or its liaison. */
export function servesEnterprise(principal: Principal, enterprise: Pick<EnterpriseDoc, 'liaisonId'>): boolean {
  return isEnterpriseOffice(principal) || isLiaisonOf(principal, enterprise);
}

export function mayReadEnterprise(principal: Principal, enterprise: Pick<EnterpriseDoc, '_id' | 'liaisonId'>): boolean {
  return servesEnterprise(principal, enterprise) || isContactOf(principal, enterprise._id);
}

/**
 * The staff listing filter of the caller: none for the office, the assigned
 * liaisons otherwise; null when the caller serves no enterprise at all.
 */
export function staffScopeFilter(principal: Principal): Filter | null {
  if (isEnterpriseOffice(principal)) return {};
  const liaisons = liaisonIdsOf(principal);
  return liaisons.length > 0 ? { liaisonId: { $in: liaisons } } : null;
}

/** The departments the caller works in, through the department liaisons they act for (for routing by department). */
export async function departmentIdsOf(store: DocumentStore, principal: Principal): Promise<string[]> {
  const liaisons = await Promise.all(liaisonIdsOf(principal).map((id) => store.get(LIAISONS, id)));
  return [...new Set(liaisons.flatMap((l) => (l && l.departmentId ? [l.departmentId] : [])))];
}

/** Reads an enterprise the caller may see, or refuses as not found. */
export async function readableEnterprise(
  store: DocumentStore,
  principal: Principal,
  id: string,
): Promise<EnterpriseDoc> {
  const enterprise = await store.get(ENTERPRISES, id);
  if (!enterprise || !mayReadEnterprise(principal, enterprise)) throw refusal('ENTERPRISE_NOT_FOUND');
  return enterprise;
}

/** Reads an enterprise the caller serves as staff, or refuses as not found. */
export async function servedEnterprise(store: DocumentStore, principal: Principal, id: string): Promise<EnterpriseDoc> {
  const enterprise = await store.get(ENTERPRISES, id);
  if (!enterprise || !servesEnterprise(principal, enterprise)) throw refusal('ENTERPRISE_NOT_FOUND');
  return enterprise;
}

/** An enterprise's own contact acting for it, on a verified enterprise (what filing requests or posting jobs needs). */
export async function verifiedEnterpriseOfContact(
  store: DocumentStore,
  principal: Principal,
  id: string,
): Promise<EnterpriseDoc> {
  const enterprise = await store.get(ENTERPRISES, id);
  if (!enterprise || !isContactOf(principal, id)) throw refusal('ENTERPRISE_NOT_FOUND');
  if (enterprise.status !== 'verified') throw refusal('ENTERPRISE_NOT_VERIFIED');
  return enterprise;
}
