import { createHash, randomBytes } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { DocumentStore, Filter } from '../../store/port';
import { managedCommunities } from '../account/authority';
import { ADDRESS_RULES, getUnit, listUnits } from '../org/org';
import { normaliseStreet, type AddressRule, type Parity } from '../org/routing';
import { listCategories, type CategoryDoc } from './categories';
import { loadSettings, type IssueSettings, type SettingsDoc } from './settings';
import { API_KEYS, ISSUE_SETTINGS, ISSUE_CATEGORIES } from './model';

/** What admins keep: address rules, the issue settings and calendar, category limits and templates, Open311 keys. */

export async function listAddressRules(ctx: SignedInContext, street?: string) {
  const filter: Filter = street ? { street: normaliseStreet(street) } : {};
  const [rules, grids] = await Promise.all([
    ctx.store.find(ADDRESS_RULES, filter, {
      orderBy: [
        ['street', 'asc'],
        ['from', 'asc'],
      ],
      limit: 1000,
    }),
    listUnits(ctx.store, 'grid'),
  ]);
  const gridOf = new Map(grids.map((g) => [g._id, g]));
  const communities = managedCommunities(ctx.principal);
  return rules
    .map((r) => ({
      ...r,
      id: r._id,
      gridName: gridOf.get(r.gridId)?.name ?? '（已撤销的网格）',
      communityId: gridOf.get(r.gridId)?.communityId ?? null,
    }))
    .filter((r) => communities === null || (r.communityId !== null && communities.includes(r.communityId)));
}

/** Community admins keep the rules of their own grids; district admins all of them. */
async function assertMayEditGrid(ctx: SignedInContext, gridId: string): Promise<void> {
  const grid = await getUnit(ctx.store, gridId);
  if (!grid || grid.kind !== 'grid') throw refusal('GRID_NOT_FOUND');
  const communities = managedCommunities(ctx.principal);
  if (communities !== null && (!grid.communityId || !communities.includes(grid.communityId))) {
    throw refusal('ADDRESS_RULE_OTHER_COMMUNITY');
  }
}

export async function saveAddressRule(
  ctx: SignedInContext,
  input: { id?: string; street: string; from: number; to: number; parity: Parity; gridId: string },
) {
  if (input.from > input.to) throw refusal('HOUSE_NUMBERS_REVERSED');
  await assertMayEditGrid(ctx, input.gridId);
  if (input.id) {
    const existing = await ctx.store.get(ADDRESS_RULES, input.id);
    if (!existing) throw refusal('ADDRESS_RULE_NOT_FOUND');
    await assertMayEditGrid(ctx, existing.gridId);
  }
  const rule: AddressRule = {
    _id: input.id ?? `r-${randomBytes(6).toString('hex')}`,
    street: normaliseStreet(input.street),
    from: input.from,
    to: input.to,
    parity: input.parity,
    gridId: input.gridId,
  };
  await ctx.store.transaction((tx) => tx.set(ADDRESS_RULES, rule));
  return { ...rule, id: rule._id };
}

export async function removeAddressRule(ctx: SignedInContext, id: string) {
  const existing = await ctx.store.get(ADDRESS_RULES, id);
  if (!existing) throw refusal('ADDRESS_RULE_NOT_FOUND');
  await assertMayEditGrid(ctx, existing.gridId);
  await ctx.store.transaction((tx) => tx.remove(ADDRESS_RULES, id));
  return { removed: true };
}

export async function getSettings(ctx: SignedInContext) {
  return loadSettings(ctx.store);
}

export async function updateSettings(ctx: SignedInContext, patch: Partial<IssueSettings>) {
  const current = await loadSettings(ctx.store);
  const doc: SettingsDoc = {
    ...current,
    ...patch,
    _id: 'current',
    updatedAt: ctx.now.toISOString(),
    updatedBy: ctx.principal.openid,
  };
  await ctx.store.transaction((tx) => tx.set(ISSUE_SETTINGS, doc));
  return loadSettings(ctx.store);
}

export async function categoriesForStaff(store: DocumentStore) {
  return (await listCategories(store, true)).map((c) => ({ ...c, code: c._id }));
}

/** Changing a category's limit applies to issues filed afterwards; running deadlines stay as promised. */
export async function updateCategory(
  ctx: SignedInContext,
  code: string,
  patch: Partial<Pick<CategoryDoc, 'resolveDays' | 'templates' | 'active' | 'description' | 'public'>>,
) {
  return ctx.store.transaction(async (tx) => {
    const category = await tx.get(ISSUE_CATEGORIES, code);
    if (!category) throw refusal('CATEGORY_NOT_FOUND');
    const next = { ...category, ...patch };
    await tx.set(ISSUE_CATEGORIES, next);
    return { ...next, code: next._id };
  });
}

export interface ApiKeyDoc {
  _id: string;
  name: string;
  /** The first characters, so admins can tell keys apart without storing the key. */
  hint: string;
  status: 'active' | 'revoked';
  dailyLimit: number;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

/** Keys are stored by their SHA-256 only: a leaked database does not leak working keys. */
export function apiKeyId(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function newApiKeyDoc(key: string, name: string, createdBy: string, now: Date, dailyLimit = 500): ApiKeyDoc {
  return {
    _id: apiKeyId(key),
    name,
    hint: key.slice(0, 6),
    status: 'active',
    dailyLimit,
    createdAt: now.toISOString(),
    createdBy,
    revokedAt: null,
  };
}

export async function issueApiKey(ctx: SignedInContext, name: string, dailyLimit: number) {
  const key = `o311_${randomBytes(18).toString('base64url')}`;
  const doc = newApiKeyDoc(key, name, ctx.principal.openid, ctx.now, dailyLimit);
  await ctx.store.transaction((tx) => tx.create(API_KEYS, doc));
  // The only time the key is shown: it cannot be read back later.
  return { key, id: doc._id, name, hint: doc.hint, dailyLimit };
}

export async function listApiKeys(ctx: SignedInContext) {
  const keys = await ctx.store.find(API_KEYS, {}, { orderBy: [['createdAt', 'desc']], limit: 200 });
  return keys.map(({ _id, ...k }) => ({ id: _id, ...k }));
}

export async function revokeApiKey(ctx: SignedInContext, id: string) {
  return ctx.store.transaction(async (tx) => {
    const key = await tx.get(API_KEYS, id);
    if (!key) throw refusal('API_KEY_NOT_FOUND');
    if (key.status === 'revoked') throw refusal('API_KEY_REVOKED');
    await tx.update(API_KEYS, id, { status: 'revoked', revokedAt: ctx.now.toISOString() });
    return { id, status: 'revoked' as const };
  });
}
