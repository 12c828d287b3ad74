import { randomInt } from 'node:crypto';
import { refusal } from './reasons';
import type { SignedInContext } from '../../core/action';
import { queueMessage } from '../notify/outbox';
import { elderNotFound, isAdminOf, isGuardian } from './access';
import { attachGuardian } from './elders';
import { ELDERCARE_LINK_CODES, ELDER_PROFILES, type LinkCodeDoc } from './model';
import { ELDERCARE_PAGES } from './notices';

/** Short enough to read out over the phone, alive long enough to do so. */
export const LINK_CODE_DIGITS = 6;
export const LINK_CODE_MINUTES = 30;
/** What the QR code carries; the scanner on the 为老服务 page reads it back. */
export const LINK_QR_PREFIX = 'dqej-family:';

function newCode(): string {
  return String(randomInt(10 ** LINK_CODE_DIGITS)).padStart(LINK_CODE_DIGITS, '0');
}

function live(doc: LinkCodeDoc | null, now: Date): doc is LinkCodeDoc {
  return doc !== null && doc.usedBy === null && doc.expiresAt > now.toISOString();
}

/** A guardian (or an admin of the elder's community) makes a code for the next family member. */
export async function createLinkCode(ctx: SignedInContext, elderId: string, relation: string) {
  const elder = await ctx.store.get(ELDER_PROFILES, elderId);
  if (!elder || !(isGuardian(elder, ctx.principal.openid) || isAdminOf(ctx.principal, elder))) throw elderNotFound();
  if (elder.guardians.length >= 10) throw refusal('TOO_MANY_GUARDIANS', { max: 10 });
  const expiresAt = new Date(ctx.now.getTime() + LINK_CODE_MINUTES * 60_000).toISOString();
  // A live code with the same digits is skipped; an expired or used one is overwritten.
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = newCode();
    const made = await ctx.store.transaction(async (tx) => {
      if (live(await tx.get(ELDERCARE_LINK_CODES, code), ctx.now)) return false;
      await tx.set(ELDERCARE_LINK_CODES, {
        _id: code,
        elderId,
        relation,
        createdBy: ctx.principal.openid,
        createdAt: ctx.now.toISOString(),
        expiresAt,
        usedBy: null,
        usedAt: null,
      });
      return true;
    });
    if (made) return { code, qr: `${LINK_QR_PREFIX}${code}`, expiresAt, minutes: LINK_CODE_MINUTES };
  }
  throw refusal('LINK_CODE_UNAVAILABLE');
}

/** The relative types or scans the code: once, before it expires, and they become 家属. */
export async function redeemLinkCode(ctx: SignedInContext, code: string) {
  const me = ctx.principal.openid;
  return ctx.store.transaction(async (tx) => {
    const link = await tx.get(ELDERCARE_LINK_CODES, code);
    if (!link || link.expiresAt <= ctx.now.toISOString()) throw refusal('LINK_CODE_INVALID');
    if (link.usedBy !== null) throw refusal('LINK_CODE_USED');
    const elder = await tx.get(ELDER_PROFILES, link.elderId);
    if (!elder) throw elderNotFound();
    if (isGuardian(elder, me)) throw refusal('ALREADY_YOUR_ELDER', { elderName: elder.name });
    await attachGuardian(tx, elder, me, link.relation, link.createdBy, ctx.now);
    await tx.set(ELDERCARE_LINK_CODES, { ...link, usedBy: me, usedAt: ctx.now.toISOString() });
    if (link.createdBy !== me) {
      await queueMessage(
        tx,
        {
          recipient: link.createdBy,
          kind: 'guardian_added',
          title: '家人已通过链接码加入',
          body: `有一位家人用您给的链接码成为了${elder.name}的家属。`,
          page: ELDERCARE_PAGES.home,
        },
        ctx.now,
      );
    }
    return { elderId: elder._id, elderName: elder.name, relation: link.relation };
  });
}
