import type { Tx } from '../../../store/port';
import { queueMessage } from '../../notify/outbox';
import type { RequestDoc } from './model';

/** Pages the messages open (src/packages/enterprise); tests/unit/message-links.test.ts checks they exist. */
export const REQUEST_PAGES = {
  /** The enterprise's own view of a request. */
  mine: (id: string) => `/packages/enterprise/request/index?id=${encodeURIComponent(id)}`,
  /** The staff view (liaison, department, economic work team). */
  handle: (id: string) => `/packages/enterprise/staff-request/index?id=${encodeURIComponent(id)}`,
  queue: '/packages/enterprise/staff-requests/index',
};

/** Who hears about a request: looked up before the transaction (transactions cannot query). */
export interface RequestAudience {
  /** The enterprise's contacts. */
  contacts: string[];
  /** The liaison (a leader) or the members of the liaison department, and the responsible department's staff. */
  handlers: string[];
  /** Staff of the economic work team (经济工作组): told on escalation. */
  team: string[];
}

export interface RequestNotice {
  to: 'contacts' | 'handlers' | 'team';
  kind: RequestNoticeKind;
  title: string;
  body: string;
}

/**
 * Every kind the direct line writes; each is mapped in
 * server/platform/subscribe-templates.ts or listed there as in-app only
 * (tests/unit/notify/subscribe-templates.test.ts reads this list).
 */
export const REQUEST_NOTICE_KINDS = [
  'enterprise_request_filed',
  'enterprise_request_accepted',
  'enterprise_request_reply',
  'enterprise_request_matched',
  'enterprise_request_resolved',
  'enterprise_request_rated',
  'enterprise_request_reopened',
  'enterprise_request_withdrawn',
  'enterprise_request_closed',
  'enterprise_request_reminder',
  'enterprise_request_escalated',
] as const;
export type RequestNoticeKind = (typeof REQUEST_NOTICE_KINDS)[number];

/** Queues each notice in the caller's transaction; nobody is told about their own action. */
export async function sendRequestNotices(
  tx: Tx,
  request: RequestDoc,
  notices: RequestNotice[],
  audience: RequestAudience,
  actor: string,
  now: Date,
): Promise<void> {
  for (const notice of notices) {
    const page = notice.to === 'contacts' ? REQUEST_PAGES.mine(request._id) : REQUEST_PAGES.handle(request._id);
    for (const recipient of new Set(audience[notice.to])) {
      if (recipient === actor) continue;
      await queueMessage(tx, { recipient, kind: notice.kind, title: notice.title, body: notice.body, page }, now);
    }
  }
}
