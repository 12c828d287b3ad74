import { createHash } from 'node:crypto';
import type { Deps } from '../../core/action';
import { privacyRefusal } from '../privacy/reasons';
import { localRules } from './local-rules';
import type { ModerationDoc } from './model';
import type { ContentChecker, ContentScene } from '../../core/content-check';

const fallback = localRules();

/** The environment's checker; the local rules where none is configured (tests, the local runtime's default). */
export function contentChecker(deps: Pick<Deps, 'moderation'>): ContentChecker {
  return deps.moderation ?? fallback;
}

/**
 * Checks each text a resident wrote before anything is saved. A text that
 * fails is refused with CONTENT_REFUSED naming the field (and the word, when
 * the local list caught it), so the resident knows what to change.
 */
export async function assertTextsAllowed(
  deps: Pick<Deps, 'moderation'>,
  openid: string,
  scene: ContentScene,
  fields: Record<string, string | null | undefined>,
): Promise<void> {
  const checker = contentChecker(deps);
  for (const [field, content] of Object.entries(fields)) {
    if (!content || !content.trim()) continue;
    const verdict = await checker.checkText({ openid, scene, content });
    if (verdict.suggest !== 'pass')
      throw privacyRefusal('CONTENT_REFUSED', { field, word: verdict.word ?? null, label: verdict.label });
  }
}

export function moderationId(path: string): string {
  return `mod_${createHash('sha256').update(path).digest('hex').slice(0, 24)}`;
}

export interface ScreenedPhotos {
  /** Shown at once: the check passed. */
  visible: string[];
  /** Kept private until staff (or the pushed verdict) release them. */
  held: string[];
  /** Queue entries for the held ones, to write in the same transaction as the record. */
  entries: (issue: { _id: string; ticketNo: string; communityId: string | null }) => ModerationDoc[];
  /** Held as risky now (not merely awaiting a verdict): staff are told. */
  risky: number;
}

/** Checks each photo before the record is saved; nothing is shown to others until its check passes. */
export async function screenPhotos(
  deps: Pick<Deps, 'moderation'>,
  openid: string,
  byName: string,
  photos: string[],
  now: Date,
): Promise<ScreenedPhotos> {
  const checker = contentChecker(deps);
  const visible: string[] = [];
  const held: Array<{ path: string; state: 'pending' | 'held'; reason: string | null; traceId: string | null }> = [];
  for (const path of photos) {
    const verdict = await checker.checkImage({ openid, scene: 'forum', path });
    if (verdict.status === 'pass') visible.push(path);
    else if (verdict.status === 'pending')
      held.push({ path, state: 'pending', reason: null, traceId: verdict.traceId });
    else held.push({ path, state: 'held', reason: verdict.label, traceId: null });
  }
  const at = now.toISOString();
  return {
    visible,
    held: held.map((h) => h.path),
    risky: held.filter((h) => h.state === 'held').length,
    entries: (issue) =>
      held.map((h) => ({
        _id: moderationId(h.path),
        kind: 'image',
        path: h.path,
        issueId: issue._id,
        ticketNo: issue.ticketNo,
        communityId: issue.communityId,
        submittedBy: openid,
        state: h.state,
        reason: h.reason,
        traceId: h.traceId,
        checker: checker.name,
        history: [
          { at, by: openid, byName, action: 'submitted', note: h.state === 'held' ? '自动检查未通过' : '等待审核结果' },
        ],
        createdAt: at,
        updatedAt: at,
        version: 1,
      })),
  };
}
