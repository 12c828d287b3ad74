import { defineCollection } from '../../store/collections';
import type { DocumentStore, Tx } from '../../store/port';
import { bindingScopeId, isStaffBinding, sameBinding, type RoleBinding } from '../../core/roles';
import { refusal } from './reasons';

/** One document per WeChat identity; the id is the OPENID. */
export interface UserDoc {
  _id: string;
  name: string;
  phone: string | null;
  bindings: RoleBinding[];
  /** Denormalised from bindings so admins can list staff with one indexed query. */
  isStaff: boolean;
  /** Denormalised ids of the units and partners this user's bindings reach, for scoped listing. */
  scopeIds: string[];
  /** The privacy policy version the user agreed to, and when (server/domain/privacy/consent.ts). */
  consent?: { version: string; at: string } | null;
  demo?: boolean;
  createdAt: string;
  updatedAt: string;
}

export const USERS = defineCollection<UserDoc>('users', [
  {
    name: 'staff',
    fields: [
      ['isStaff', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
]);

/** One line per change of someone's standing (a role granted or revoked, consent, account deletion), never edited. */
export interface AuditDoc {
  _id: string;
  subject: string;
  at: string;
  event: 'role_granted' | 'role_revoked' | 'privacy_agreed' | 'account_deleted';
  binding?: RoleBinding;
  by?: string;
  /** The privacy policy version agreed to (privacy_agreed). */
  version?: string;
  /** The version the deleted account had agreed to (account_deleted). */
  consentVersion?: string | null;
}

export const AUDIT = defineCollection<AuditDoc>('audit', [
  {
    name: 'subject_at',
    fields: [
      ['subject', 'asc'],
      ['at', 'desc'],
    ],
  },
]);

export const USER_COLLECTIONS = [USERS, AUDIT];

export function newUser(openid: string, now: Date, name = defaultName(openid)): UserDoc {
  const at = now.toISOString();
  return { _id: openid, name, phone: null, bindings: [], isStaff: false, scopeIds: [], createdAt: at, updatedAt: at };
}

/** "居民" plus the last four characters of the id, until the user picks a name. */
export function defaultName(openid: string): string {
  return `居民${openid.slice(-4)}`;
}

export function withBindings(user: UserDoc, bindings: RoleBinding[], now: Date): UserDoc {
  return {
    ...user,
    bindings,
    isStaff: bindings.some(isStaffBinding),
    scopeIds: bindings.map(scopeKey),
    updatedAt: now.toISOString(),
  };
}

/** The key a binding is listed under: its unit or partner id, or "district". */
export function scopeKey(binding: RoleBinding): string {
  return bindingScopeId(binding) ?? 'district';
}

export function addBinding(user: UserDoc, binding: RoleBinding, now: Date): UserDoc {
  if (user.bindings.some((b) => sameBinding(b, binding))) {
    throw refusal('ROLE_HELD');
  }
  return withBindings(user, [...user.bindings, binding], now);
}

/** Reads the user inside a transaction, creating the document on first use. */
export async function getOrCreateUser(tx: Tx, openid: string, now: Date): Promise<UserDoc> {
  const existing = await tx.get(USERS, openid);
  if (existing) return existing;
  const user = newUser(openid, now);
  await tx.create(USERS, user);
  return user;
}

export async function findStaff(store: DocumentStore): Promise<UserDoc[]> {
  return store.find(USERS, { isStaff: true }, { orderBy: [['createdAt', 'asc']], limit: 1000 });
}
