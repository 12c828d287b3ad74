import { DEFAULT_CONFIG, type SignedInContext } from '../../core/action';
import { systemClock } from '../../core/clock';
import type { DocumentStore } from '../../store/port';
import { loadPrincipal } from '../account/principal';
import type { UserDoc } from '../account/users';
import { DEMO_ISSUES, DEMO_OPEN311_KEY, ISSUE_CATEGORIES, type DemoIssue, type DemoStep } from '../../../seed/issues';
import { apiKeyId, newApiKeyDoc, type ApiKeyDoc } from './admin';
import { rateIssue } from './callback';
import { accept, publicUpdate, reject, resolve, setPriority } from './handling';
import { meToo } from './reading';
import { issueIdFor, submitIssue } from './submit';
import type { IssueDoc } from './types';

const DAY_MS = 86_400_000;

/**
 * Loads seed/issues.ts: categories, the demo Open311 key, and the demo issues,
 * each played through the real domain code at back-dated moments so their
 * timelines, deadlines and statistics are what real use would give.
 * Idempotent: a store that has the categories is left alone.
 */
export async function seedIssues(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  if (await store.get('issue_categories', ISSUE_CATEGORIES[0]._id)) return { seeded: false };
  await store.transaction(async (tx) => {
    for (const category of ISSUE_CATEGORIES) await tx.set('issue_categories', category);
    await tx.set('api_keys', newApiKeyDoc(DEMO_OPEN311_KEY, '演示密钥（仅限本地演示）', 'seed', now));
  });
  for (const demo of DEMO_ISSUES) await playDemo(store, now, demo);
  return { seeded: true };
}

/**
 * The categories alone (configuration, not demo data): what a production
 * store needs before residents can report. Existing categories are kept, as
 * admins edit them in the app.
 */
export async function seedCategories(store: DocumentStore): Promise<{ created: number }> {
  return store.transaction(async (tx) => {
    let created = 0;
    for (const category of ISSUE_CATEGORIES) {
      if (await tx.get('issue_categories', category._id)) continue;
      await tx.set('issue_categories', category);
      created++;
    }
    return { created };
  });
}

/** A store that was once seeded for the demo must not accept the demo key in production. */
export async function retireDemoKey(store: DocumentStore, now: Date): Promise<{ retired: boolean }> {
  return store.transaction(async (tx) => {
    const key = await tx.get<ApiKeyDoc>('api_keys', apiKeyId(DEMO_OPEN311_KEY));
    if (!key || key.status !== 'active') return { retired: false };
    await tx.update('api_keys', key._id, { status: 'revoked', revokedAt: now.toISOString() });
    return { retired: true };
  });
}

async function ctxAt(store: DocumentStore, openid: string, at: Date): Promise<SignedInContext> {
  return { store, clock: systemClock, config: DEFAULT_CONFIG, principal: await loadPrincipal(store, openid), now: at };
}

async function playDemo(store: DocumentStore, now: Date, demo: DemoIssue): Promise<void> {
  const at = (daysAgo: number, minutes = 0) => new Date(now.getTime() - daysAgo * DAY_MS + minutes * 60_000);
  const user = await store.get<UserDoc>('users', demo.reporter);
  await submitIssue(store, at(demo.daysAgo), { id: demo.reporter, name: user?.name ?? demo.reporter, source: 'miniapp', dailyLimit: 100 }, {
    requestId: demo.requestId,
    category: demo.category,
    description: demo.description,
    address: demo.address,
    photos: [],
    phone: demo.phone,
    hideName: demo.hideName,
  });
  const id = issueIdFor(demo.reporter, demo.requestId);
  // Steps on the same day as the report happen a little later in the day, in order.
  let minutes = 30;
  for (const step of demo.steps) {
    const ctx = await ctxAt(store, step.by, at(step.daysAgo, minutes));
    minutes += 30;
    await playStep(ctx, id, step);
  }
}

async function playStep(ctx: SignedInContext, id: string, step: DemoStep): Promise<void> {
  const version = (await ctx.store.get<IssueDoc>('issues', id))!.version;
  switch (step.do) {
    case 'accept':
      await accept(ctx, id, version, step.note ?? '');
      return;
    case 'update':
      await publicUpdate(ctx, id, version, step.note ?? '', []);
      return;
    case 'resolve':
      await resolve(ctx, id, version, step.note ?? '已办结', []);
      return;
    case 'priority':
      await setPriority(ctx, id, version, step.priority, '');
      return;
    case 'reject':
      await reject(ctx, id, version, step.reason, step.redirectTo);
      return;
    case 'callback':
      await rateIssue(ctx, id, { satisfaction: step.satisfaction, stars: step.stars, comment: step.comment });
      return;
    case 'metoo':
      await meToo(ctx, id);
      return;
  }
}
