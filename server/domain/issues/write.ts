import { ROLE_LABELS, type RoleBinding } from '../../core/roles';
import type { Tx } from '../../store/port';
import { sendNotices, type Notice } from './notify';
import { recordStats } from './stat-counters';
import { ISSUE_EVENTS, ISSUES, type Actor, type EventType, type IssueDoc, type IssueEvent } from './model';

/**
 * The one way an issue is written: the document, its timeline event, its
 * statistics counters and its notifications, all in the caller's transaction.
 */
export interface EventInput {
  type: EventType;
  note: string;
  public: boolean;
  actor: Actor;
  photos?: string[];
}

export const SYSTEM_ACTOR: Actor = { openid: null, name: '系统', role: '', unit: '湖岛街道' };

export function residentActor(openid: string, name: string): Actor {
  return { openid, name, role: '居民', unit: '' };
}

export function staffActor(openid: string, name: string, binding: RoleBinding, issue: IssueDoc): Actor {
  const unit =
    binding.role === 'grid_staff'
      ? (issue.branchName ?? '')
      : binding.role === 'community_admin'
        ? (issue.communityName ?? '社区')
        : '湖岛街道';
  return { openid, name, role: ROLE_LABELS[binding.role], unit };
}

export function eventId(issueId: string, seq: number): string {
  return `${issueId}-${String(seq).padStart(5, '0')}`;
}

export async function saveChange(
  tx: Tx,
  before: IssueDoc | null,
  next: IssueDoc,
  event: EventInput,
  notices: Notice[],
  now: Date,
): Promise<IssueDoc> {
  const at = now.toISOString();
  const seq = (before?.seq ?? 0) + 1;
  const issue: IssueDoc = {
    ...next,
    seq,
    updatedAt: at,
    statusNote: event.public && event.note ? event.note : next.statusNote,
  };
  if (before) await tx.set(ISSUES, issue);
  else await tx.create(ISSUES, issue);
  const record: IssueEvent = {
    _id: eventId(issue._id, seq),
    issueId: issue._id,
    seq,
    at,
    type: event.type,
    from: before?.state ?? null,
    to: issue.state,
    note: event.note,
    public: event.public,
    actor: event.actor,
    photos: event.photos ?? [],
  };
  // create(), not set(): two writers that somehow both got past the version check collide here.
  await tx.create(ISSUE_EVENTS, record);
  await recordStats(tx, before, issue);
  await sendNotices(tx, notices, now, event.actor.openid);
  return issue;
}
