import type { SignedInContext } from '../../core/action';
import { POLICY_VERSION } from '../../../src/privacy/data';
import { AUDIT, USERS, getOrCreateUser, type UserDoc } from '../account/users';
import { privacyRefusal } from './reasons';

/** What the resident agreed to: the policy version and when (UTC). */
export interface Consent {
  version: string;
  at: string;
}

export interface ConsentState {
  policyVersion: string;
  agreedVersion: string | null;
  agreedAt: string | null;
  /** True until the resident agrees to the current version. */
  needsConsent: boolean;
}

export function consentState(user: Pick<UserDoc, 'consent'> | null, policyVersion = POLICY_VERSION): ConsentState {
  const consent = user?.consent ?? null;
  return {
    policyVersion,
    agreedVersion: consent?.version ?? null,
    agreedAt: consent?.at ?? null,
    needsConsent: consent?.version !== policyVersion,
  };
}

/**
 * Records consent to the version the resident read. A version other than the
 * current one means the policy changed while they were reading: they must read again.
 */
export async function agreePrivacy(ctx: SignedInContext, version: string): Promise<ConsentState> {
  if (version !== POLICY_VERSION) throw privacyRefusal('POLICY_VERSION_STALE', { policyVersion: POLICY_VERSION });
  const at = ctx.now.toISOString();
  const user = await ctx.store.transaction(async (tx) => {
    const current = await getOrCreateUser(tx, ctx.principal.openid, ctx.now);
    // Agreeing twice to the same version keeps the first time: the record says when consent was first given.
    if (current.consent?.version === version) return current;
    const next: UserDoc = { ...current, consent: { version, at }, updatedAt: at };
    await tx.set(USERS, next);
    await tx.create(AUDIT, {
      _id: `consent-${ctx.principal.openid}-${version}`,
      subject: ctx.principal.openid,
      at,
      event: 'privacy_agreed',
      version,
    });
    return next;
  });
  return consentState(user);
}

/** Refuses with CONSENT_REQUIRED until the caller agreed to the current policy version. */
export async function requireConsent(ctx: SignedInContext): Promise<void> {
  // The principal was read from the same users document at the start of this call: no second read.
  const user = ctx.principal.consent !== undefined ? ctx.principal : await ctx.store.get(USERS, ctx.principal.openid);
  const state = consentState(user);
  if (state.needsConsent) throw privacyRefusal('CONSENT_REQUIRED', { policyVersion: state.policyVersion });
}

/** Wraps a handler of an action that collects personal information: it runs only after consent to the current policy. */
export function withConsent<I, R, C extends SignedInContext>(
  handler: (input: I, ctx: C) => Promise<R>,
): (input: I, ctx: C) => Promise<R> {
  return async (input, ctx) => {
    await requireConsent(ctx);
    return handler(input, ctx);
  };
}
