import type { Deps, SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { USERS } from '../account/users';
import { managedCommunities } from '../account/authority';
import { ISSUES, type IssueDoc } from '../issues/model';
import { queueMessage } from '../notify/outbox';
import { MODERATION, MODERATION_STATE_LABELS, type ModerationDoc, type ModerationState } from './model';
import { labelWords } from '../../core/content-check';

/**
 * The moderation queue on the staff workbench: images held back from public
 * view, why, and release / hide, each recorded with who and when. Released
 * photos join the issue's public photos; hidden ones leave every view but the
 * staff's (and are erased with the issue's other photos by retention).
 */
const OPEN: ModerationState[] = ['pending', 'held'];

function view(doc: ModerationDoc) {
  return {
    id: doc._id,
    kind: doc.kind,
    path: doc.path,
    issueId: doc.issueId,
    ticketNo: doc.ticketNo,
    state: doc.state,
    stateLabel: MODERATION_STATE_LABELS[doc.state],
    reason: doc.reason ? labelWords(doc.reason) : null,
    checker: doc.checker,
    history: doc.history,
    createdAt: doc.createdAt,
    version: doc.version,
  };
}

function inScope(ctx: SignedInContext, doc: Pick<ModerationDoc, 'communityId'>): boolean {
  const communities = managedCommunities(ctx.principal);
  return communities === null || (doc.communityId !== null && communities.includes(doc.communityId));
}

export async function listQueue(ctx: SignedInContext, which: 'open' | 'decided') {
  const communities = managedCommunities(ctx.principal);
  const states = which === 'open' ? OPEN : (['released', 'hidden', 'passed'] as ModerationState[]);
  const filter = { state: { $in: states }, ...(communities === null ? {} : { communityId: { $in: communities } }) };
  const docs = await ctx.store.find(MODERATION, filter, {
    orderBy: [['createdAt', which === 'open' ? 'asc' : 'desc']],
    limit: 200,
  });
  return docs.map(view);
}

async function actorName(ctx: SignedInContext): Promise<string> {
  return (await ctx.store.get(USERS, ctx.principal.openid))?.name ?? '工作人员';
}

/** Moves one photo between the issue's public and held lists, in the same transaction as the decision. */
function movePhoto(issue: IssueDoc, path: string, to: 'public' | 'hidden'): IssueDoc {
  const photos = issue.photos.filter((p) => p !== path);
  const held = (issue.heldPhotos ?? []).filter((p) => p !== path);
  return to === 'public'
    ? { ...issue, photos: [...photos, path], heldPhotos: held }
    : { ...issue, photos, heldPhotos: [...held, path] };
}

export async function decide(
  ctx: SignedInContext,
  id: string,
  version: number,
  action: 'release' | 'hide',
  note: string,
) {
  const byName = await actorName(ctx);
  const saved = await ctx.store.transaction(async (tx) => {
    const doc = await tx.get(MODERATION, id);
    if (!doc || !inScope(ctx, doc)) throw refusal('ENTRY_NOT_FOUND');
    if (doc.version !== version) throw refusal('ENTRY_CHANGED');
    const to: ModerationState = action === 'release' ? 'released' : 'hidden';
    if (doc.state === to) throw refusal(action === 'release' ? 'ALREADY_RELEASED' : 'ALREADY_HIDDEN');
    const issue = await tx.get(ISSUES, doc.issueId);
    if (issue) await tx.set(ISSUES, movePhoto(issue, doc.path, action === 'release' ? 'public' : 'hidden'));
    const at = ctx.now.toISOString();
    const next: ModerationDoc = {
      ...doc,
      state: to,
      traceId: null,
      updatedAt: at,
      version: doc.version + 1,
      history: [
        ...doc.history,
        { at, by: ctx.principal.openid, byName, action: action === 'release' ? 'released' : 'hidden', note },
      ],
    };
    await tx.set(MODERATION, next);
    return next;
  });
  return view(saved);
}

/** What mediaCheckAsync pushes to the content-check function (消息推送, event wxa_media_check, version 2). */
export interface MediaCheckPush {
  trace_id?: string;
  Event?: string;
  result?: { suggest?: string; label?: number | string };
  isrisky?: number;
}

/**
 * Applies a pushed verdict: pass releases the photo at once; anything else
 * holds it for staff and tells them. Unknown or already decided trace ids are
 * ignored (pushes can repeat).
 */
export async function applyMediaVerdict(deps: Deps, push: MediaCheckPush): Promise<{ applied: boolean }> {
  const traceId = push.trace_id;
  if (!traceId) return { applied: false };
  const [doc] = await deps.store.find(MODERATION, { traceId }, { limit: 1 });
  if (!doc || doc.state !== 'pending') return { applied: false };
  const suggest = push.result?.suggest ?? (push.isrisky ? 'risky' : 'pass');
  const now = deps.clock.now();
  const at = now.toISOString();
  const admins = await deps.store.find(USERS, { isStaff: true }, { limit: 1000 });
  await deps.store.transaction(async (tx) => {
    const current = await tx.get(MODERATION, doc._id);
    if (!current || current.state !== 'pending') return;
    const passed = suggest === 'pass';
    const issue = await tx.get(ISSUES, current.issueId);
    if (issue && passed) await tx.set(ISSUES, movePhoto(issue, current.path, 'public'));
    const label = String(push.result?.label ?? '21000');
    await tx.set(MODERATION, {
      ...current,
      state: passed ? 'passed' : 'held',
      reason: passed ? null : label,
      traceId: null,
      updatedAt: at,
      version: current.version + 1,
      history: [
        ...current.history,
        {
          at,
          by: 'system',
          byName: '微信内容安全',
          action: 'checked',
          note: passed ? '审核通过' : `未通过：${labelWords(label)}`,
        },
      ],
    });
    if (!passed) {
      const recipients = admins
        .filter((u) =>
          u.bindings.some(
            (b) =>
              b.role === 'district_admin' || (b.role === 'community_admin' && b.communityId === current.communityId),
          ),
        )
        .map((u) => u._id);
      for (const recipient of recipients) {
        await queueMessage(
          tx,
          {
            recipient,
            kind: 'moderation_held',
            title: '有照片待审核',
            body: `${current.ticketNo} 有 1 张照片未通过内容安全检查（${labelWords(label)}），已暂不公开`,
            page: '/packages/workbench/moderation/index',
          },
          now,
        );
      }
    }
  });
  return { applied: true };
}
