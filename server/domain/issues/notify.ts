import type { Tx, DocumentStore } from '../../store/port';
import { findStaff, type UserDoc } from '../account/users';
import { queueMessage } from '../notify/outbox';
import type { IssueDoc, Level } from './model';

/** Pages the messages open (the front end builds them at these paths). */
export const RESIDENT_PAGE = '/packages/issues/detail/index?id=';
export const STAFF_PAGE = '/packages/workbench/issue/index?id=';

/** How many followers one change notifies: a transaction must stay small on CloudBase. */
export const MAX_NOTIFIED_FOLLOWERS = 50;

export interface Notice {
  recipients: string[];
  kind: string;
  title: string;
  body: string;
  page: string;
}

/**
 * Staff are looked up before the transaction (a transaction cannot query);
 * a role granted a second before is picked up by the next change.
 */
export type StaffDirectory = UserDoc[];

export function loadStaffDirectory(store: DocumentStore): Promise<StaffDirectory> {
  return findStaff(store);
}

export function staffAt(
  dir: StaffDirectory,
  level: Level,
  issue: Pick<IssueDoc, 'branchId' | 'communityId'>,
): string[] {
  return dir
    .filter((u) =>
      u.bindings.some((b) =>
        level === 'grid'
          ? b.role === 'grid_staff' && b.branchId === issue.branchId
          : level === 'community'
            ? b.role === 'community_admin' && b.communityId === issue.communityId
            : b.role === 'district_admin',
      ),
    )
    .map((u) => u._id);
}

/** Residents following the issue; Open311 reporters have no in-app inbox. */
export function followersOf(issue: IssueDoc): string[] {
  return issue.followers.filter((f) => !f.startsWith('open311:')).slice(0, MAX_NOTIFIED_FOLLOWERS);
}

export function toResidents(issue: IssueDoc, kind: string, title: string, body: string): Notice {
  return { recipients: followersOf(issue), kind, title, body, page: `${RESIDENT_PAGE}${issue._id}` };
}

export function toStaff(recipients: string[], issue: IssueDoc, kind: string, title: string, body: string): Notice {
  return { recipients, kind, title, body, page: `${STAFF_PAGE}${issue._id}` };
}

/** Queues every notice in the caller's transaction; nobody is told about their own action. */
export async function sendNotices(tx: Tx, notices: Notice[], now: Date, actor: string | null): Promise<void> {
  for (const notice of notices) {
    for (const recipient of new Set(notice.recipients)) {
      if (recipient === actor) continue;
      await queueMessage(
        tx,
        { recipient, kind: notice.kind, title: notice.title, body: notice.body, page: notice.page },
        now,
      );
    }
  }
}
