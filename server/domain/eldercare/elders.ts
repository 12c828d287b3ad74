import { createHash } from 'node:crypto';
import { refusal } from './reasons';
import type { SignedInContext } from '../../core/action';
import { sentences } from '../../core/text';
import type { DocumentStore, Tx } from '../../store/port';
import { USERS } from '../account/users';
import { managedCommunities } from '../account/authority';
import { queueMessage } from '../notify/outbox';
import { ORG_UNITS, rulesForStreet } from '../org/org';
import { normaliseStreet, routeAddress } from '../org/routing';
import { branchesOf, elderNotFound, isAdminOf, isGuardian, mayManageElder, stillActsFor } from './access';
import { shanghaiDate } from './calendar';
import { ageOn } from './eligibility';
import {
  ELDER_GUARDIANS,
  ELDER_PROFILES,
  DIFFICULTY_LABELS,
  guardianshipsOf,
  type Difficulty,
  type ElderAddress,
  type ElderDoc,
  type GuardianDoc,
  type Verification,
} from './model';
import { elderView } from './views';
import { ELDERCARE_PAGES } from './notices';
import { sensitiveAfter, type SensitiveAnswer } from './sensitive';

export interface ElderInput {
  name: string;
  birthDate: string;
  address: ElderAddress;
  phone: string | null;
  difficultyClaimed: Difficulty;
  healthNotes: string;
  noSmartphone: boolean;
}

/** The form's separate consent to sensitive fields (server/domain/eldercare/sensitive.ts). */
export type ElderSave = ElderInput & SensitiveAnswer;

/** The same person entered twice (by two relatives, or a relative and grid staff) gets the same id. */
export function elderIdFor(input: Pick<ElderInput, 'name' | 'birthDate' | 'address'>): string {
  const key = [input.name.trim(), input.birthDate, normaliseStreet(input.address.street), input.address.number].join(
    '|',
  );
  return `el_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}

/** The grid, branch and community of an address; all null when no address rule covers it. */
export async function placeAddress(store: DocumentStore, address: ElderAddress) {
  const rules = await rulesForStreet(store, address.street);
  const rule = routeAddress(rules, address.street, address.number);
  const grid = rule ? await store.get(ORG_UNITS, rule.gridId) : null;
  return { gridId: grid?._id ?? null, branchId: grid?.parentId ?? null, communityId: grid?.communityId ?? null };
}

/** The schema checks the form of the date; whether it is plausible depends on today. */
function assertBirthDate(birthDate: string, today: string): void {
  if (birthDate > today) throw refusal('BIRTH_DATE_FUTURE');
  if (ageOn(birthDate, today) > 125) throw refusal('BIRTH_DATE_IMPLAUSIBLE');
}

/** A resident adds themselves or a relative and becomes a guardian; grid staff add elders of their own grid. */
export async function addElder(
  ctx: SignedInContext,
  save: ElderSave,
  via: 'guardian' | 'grid_staff',
  relation: string,
) {
  const { sensitiveConsent, elderAgrees, ...input } = save;
  assertBirthDate(input.birthDate, shanghaiDate(ctx.now));
  const address = { ...input.address, street: normaliseStreet(input.address.street) };
  const place = await placeAddress(ctx.store, address);
  if (via === 'grid_staff' && (place.branchId === null || !branchesOf(ctx.principal).includes(place.branchId))) {
    throw refusal('ELDER_OUTSIDE_GRID');
  }
  const at = ctx.now.toISOString();
  // Sensitive fields land only with the separate consent; the spread order lets sensitiveAfter overwrite what the form sent.
  const elder: ElderDoc = {
    _id: elderIdFor(input),
    ...input,
    address,
    ...place,
    ...sensitiveAfter(
      null,
      { difficultyClaimed: input.difficultyClaimed, healthNotes: input.healthNotes, difficulty: 'none' },
      { sensitiveConsent, elderAgrees },
      ctx.principal.openid,
      at,
    ),
    verification: 'pending',
    verificationNote: null,
    verifiedBy: null,
    verifiedAt: null,
    guardians: via === 'guardian' ? [ctx.principal.openid] : [],
    createdBy: ctx.principal.openid,
    createdVia: via,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction(async (tx) => {
    if (await tx.get(ELDER_PROFILES, elder._id)) throw refusal('ELDER_EXISTS');
    await tx.create(ELDER_PROFILES, elder);
    if (via === 'guardian')
      await tx.create(
        ELDER_GUARDIANS,
        guardianRow(elder._id, ctx.principal.openid, relation, ctx.principal.openid, at),
      );
  });
  return elderView(elder, shanghaiDate(ctx.now));
}

function guardianRow(elderId: string, openid: string, relation: string, addedBy: string, at: string): GuardianDoc {
  return { _id: `${elderId}_${openid}`, elderId, openid, relation, addedBy, addedAt: at };
}

/** Loads a profile the caller may manage inside a transaction, checking the version the caller saw. */
async function loadManaged(ctx: SignedInContext, tx: Tx, elderId: string, version?: number): Promise<ElderDoc> {
  const elder = await tx.get(ELDER_PROFILES, elderId);
  if (!elder || !mayManageElder(ctx.principal, elder)) throw elderNotFound();
  if (version !== undefined && version !== elder.version) throw refusal('ELDER_EDITED_BY_OTHERS');
  return elder;
}

/** What the community verified (name, birth date, status, address) sends the profile back for verification when changed. */
export async function updateElder(
  ctx: SignedInContext,
  elderId: string,
  version: number,
  save: Partial<ElderInput> & SensitiveAnswer,
) {
  const { sensitiveConsent, elderAgrees, ...patch } = save;
  if (patch.birthDate) assertBirthDate(patch.birthDate, shanghaiDate(ctx.now));
  const address = patch.address ? { ...patch.address, street: normaliseStreet(patch.address.street) } : undefined;
  const place = address ? await placeAddress(ctx.store, address) : null;
  const updated = await ctx.store.transaction(async (tx) => {
    const elder = await loadManaged(ctx, tx, elderId, version);
    const merged: ElderDoc = {
      ...elder,
      ...patch,
      ...(address ? { address, ...place } : {}),
      version: elder.version + 1,
      updatedAt: ctx.now.toISOString(),
    };
    const sensitive = sensitiveAfter(
      elder,
      {
        difficultyClaimed: merged.difficultyClaimed,
        healthNotes: merged.healthNotes ?? '',
        difficulty: merged.difficulty,
      },
      { sensitiveConsent, elderAgrees },
      ctx.principal.openid,
      merged.updatedAt,
    );
    const next: ElderDoc = { ...merged, ...sensitive };
    const reverify =
      next.name !== elder.name ||
      next.birthDate !== elder.birthDate ||
      next.difficultyClaimed !== elder.difficultyClaimed ||
      JSON.stringify(next.address) !== JSON.stringify(elder.address);
    if (reverify && elder.verification !== 'pending')
      Object.assign(next, {
        verification: 'pending',
        verificationNote: '信息已修改，等待社区重新核实',
        difficulty: 'none',
      });
    await tx.set(ELDER_PROFILES, next);
    return next;
  });
  return elderView(updated, shanghaiDate(ctx.now));
}

export async function getElder(ctx: SignedInContext, elderId: string) {
  const elder = await ctx.store.get(ELDER_PROFILES, elderId);
  if (!elder || !mayManageElder(ctx.principal, elder)) throw elderNotFound();
  return elderView(elder, shanghaiDate(ctx.now));
}

export async function myElders(ctx: SignedInContext) {
  const rows = await guardianshipsOf(ctx.store, ctx.principal.openid);
  const elders = await Promise.all(rows.map((row) => ctx.store.get(ELDER_PROFILES, row.elderId)));
  const today = shanghaiDate(ctx.now);
  return elders.flatMap((e, i) =>
    e && isGuardian(e, ctx.principal.openid) ? [{ ...elderView(e, today), relation: rows[i].relation }] : [],
  );
}

export async function gridElders(ctx: SignedInContext) {
  const elders = await ctx.store.find(
    ELDER_PROFILES,
    { branchId: { $in: branchesOf(ctx.principal) } },
    { orderBy: [['name', 'asc']], limit: 1000 },
  );
  const today = shanghaiDate(ctx.now);
  return elders.map((e) => elderView(e, today));
}

/** Profiles in the admin's communities; the district admin also sees addresses no rule covers. */
export async function adminElders(ctx: SignedInContext, verification?: Verification) {
  const communities = managedCommunities(ctx.principal);
  const filter = {
    ...(communities === null ? {} : { communityId: { $in: communities } }),
    ...(verification ? { verification } : {}),
  };
  const elders = await ctx.store.find(ELDER_PROFILES, filter, { orderBy: [['createdAt', 'asc']], limit: 1000 });
  const today = shanghaiDate(ctx.now);
  return elders.map((e) => elderView(e, today));
}

/** Community staff confirm birth date and status from documents; only what they set here counts for eligibility. */
export async function verifyElder(
  ctx: SignedInContext,
  elderId: string,
  version: number,
  difficulty: Difficulty | undefined,
) {
  return decide(ctx, elderId, version, 'verified', null, difficulty);
}

export async function rejectElder(ctx: SignedInContext, elderId: string, version: number, reason: string) {
  return decide(ctx, elderId, version, 'rejected', reason, undefined);
}

async function decide(
  ctx: SignedInContext,
  elderId: string,
  version: number,
  to: 'verified' | 'rejected',
  note: string | null,
  difficulty: Difficulty | undefined,
) {
  const updated = await ctx.store.transaction(async (tx) => {
    const elder = await tx.get(ELDER_PROFILES, elderId);
    if (!elder || !isAdminOf(ctx.principal, elder)) throw elderNotFound();
    if (elder.version !== version) throw refusal('ELDER_CHANGED_BEFORE_VERIFY');
    if (elder.verification === to) throw refusal(to === 'verified' ? 'ALREADY_VERIFIED' : 'ALREADY_REJECTED');
    const at = ctx.now.toISOString();
    const next: ElderDoc = {
      ...elder,
      verification: to,
      verificationNote: note,
      // Without the separate consent no difficulty status is held, so none can be verified.
      difficulty: to === 'verified' && elder.sensitiveConsent ? (difficulty ?? elder.difficultyClaimed) : 'none',
      verifiedBy: ctx.principal.openid,
      verifiedAt: at,
      version: elder.version + 1,
      updatedAt: at,
    };
    await tx.set(ELDER_PROFILES, next);
    const body =
      to === 'verified'
        ? `${elder.name}的信息已通过社区核实（困难身份：${DIFFICULTY_LABELS[next.difficulty]}），可以预约为老服务了。`
        : sentences(`${elder.name}的信息未通过社区核实：${note}`, '请修改后重新提交');
    // Whoever registered the elder hears the outcome only while they still act for the elder.
    const creatorActs = await stillActsFor(tx, elder.createdBy, elder);
    for (const recipient of new Set([...elder.guardians, ...(creatorActs ? [elder.createdBy] : [])])) {
      await queueMessage(
        tx,
        {
          recipient,
          kind: 'elder_verification',
          title: to === 'verified' ? '老人信息已核实' : '老人信息未通过核实',
          body,
          page: ELDERCARE_PAGES.home,
        },
        ctx.now,
      );
    }
    return next;
  });
  return elderView(updated, shanghaiDate(ctx.now));
}

/** Guardians and admins add another resident (who must have opened the app once) as a guardian. */
export async function addGuardian(ctx: SignedInContext, elderId: string, openid: string, relation: string) {
  await ctx.store.transaction(async (tx) => {
    const elder = await tx.get(ELDER_PROFILES, elderId);
    if (!elder || !(isGuardian(elder, ctx.principal.openid) || isAdminOf(ctx.principal, elder))) throw elderNotFound();
    if (isGuardian(elder, openid)) throw refusal('ALREADY_GUARDIAN');
    const user = await tx.get(USERS, openid);
    if (!user) throw refusal('RESIDENT_NOT_FOUND');
    await attachGuardian(tx, elder, openid, relation, ctx.principal.openid, ctx.now);
  });
  return { added: true };
}

/** Adds a guardian inside the caller's transaction (by user number, or by a link code the family showed). */
export async function attachGuardian(
  tx: Tx,
  elder: ElderDoc,
  openid: string,
  relation: string,
  addedBy: string,
  now: Date,
): Promise<void> {
  if (elder.guardians.length >= 10) throw refusal('TOO_MANY_GUARDIANS', { max: 10 });
  const at = now.toISOString();
  await tx.update(ELDER_PROFILES, elder._id, {
    guardians: [...elder.guardians, openid],
    version: elder.version + 1,
    updatedAt: at,
  });
  await tx.set(ELDER_GUARDIANS, guardianRow(elder._id, openid, relation, addedBy, at));
  await queueMessage(
    tx,
    {
      recipient: openid,
      kind: 'guardian_added',
      title: '已添加为老人家属',
      body: `您已被登记为${elder.name}的家属，可以为老人预约为老服务。`,
      page: ELDERCARE_PAGES.home,
    },
    now,
  );
}

/**
 * The family members of one elder, for the guardians page: who may book, so a
 * guardian can see whom they share the elder with and remove one. Same access as add/remove.
 */
export async function listGuardians(ctx: SignedInContext, elderId: string) {
  const elder = await ctx.store.get(ELDER_PROFILES, elderId);
  if (!elder || !(isGuardian(elder, ctx.principal.openid) || isAdminOf(ctx.principal, elder))) throw elderNotFound();
  const rows = await ctx.store.find(ELDER_GUARDIANS, { elderId }, { orderBy: [['addedAt', 'asc']], limit: 20 });
  const current = rows.filter((r) => elder.guardians.includes(r.openid));
  const users = await Promise.all(current.map((r) => ctx.store.get(USERS, r.openid)));
  return current.map((r, i) => ({
    openid: r.openid,
    name: users[i]?.name || '居民',
    relation: r.relation,
    isMe: r.openid === ctx.principal.openid,
    addedAt: r.addedAt,
  }));
}

/** A guardian may leave, or be removed by another guardian or an admin; bookings already made stay. */
export async function removeGuardian(ctx: SignedInContext, elderId: string, openid: string) {
  await ctx.store.transaction(async (tx) => {
    const elder = await tx.get(ELDER_PROFILES, elderId);
    if (!elder || !(isGuardian(elder, ctx.principal.openid) || isAdminOf(ctx.principal, elder))) throw elderNotFound();
    if (!isGuardian(elder, openid)) throw refusal('NOT_A_GUARDIAN');
    await tx.update(ELDER_PROFILES, elderId, {
      guardians: elder.guardians.filter((g) => g !== openid),
      version: elder.version + 1,
      updatedAt: ctx.now.toISOString(),
    });
    await tx.remove(ELDER_GUARDIANS, `${elderId}_${openid}`);
  });
  return { removed: true };
}
