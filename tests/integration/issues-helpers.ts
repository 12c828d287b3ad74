import type { RoleBinding } from '../../server/core/roles';
import { USERS, newUser, withBindings } from '../../server/domain/account/users';
import { OUTBOX, type OutboxMessage } from '../../server/domain/notify/outbox';
import { ISSUES, type IssueDoc } from '../../server/domain/issues/model';
import { runDueJobs } from '../../server/jobs';
import type { Harness, PersonaId } from '../helpers/harness';

/** Test helpers of issue intake: extra staff, a report in one line, the stored document, a person's inbox. */
let requestCounter = 0;
export function requestId(): string {
  requestCounter += 1;
  return `test-req-${Date.now().toString(36)}-${requestCounter}`;
}

export async function addStaff(
  h: Harness,
  openid: string,
  binding: RoleBinding,
  name = '测试员',
): Promise<{ openid: string }> {
  const now = h.clock.now();
  await h.deps.store.transaction((tx) => tx.set(USERS, withBindings(newUser(openid, now, name), [binding], now)));
  return { openid };
}

export interface ReportOverrides {
  category?: string;
  description?: string;
  street?: string;
  number?: number;
  detail?: string;
  phone?: string | null;
  hideName?: boolean;
  requestId?: string;
}

export async function fileReport(h: Harness, who: PersonaId | { openid: string }, o: ReportOverrides = {}) {
  return h.ok(who, 'issues', 'report', {
    requestId: o.requestId ?? requestId(),
    category: o.category ?? 'flyers',
    description: o.description ?? '楼道里贴满了小广告，请尽快清理',
    address: { street: o.street ?? '万安一路', number: o.number ?? 6, detail: o.detail ?? '1单元301' },
    phone: o.phone === undefined ? '13912345678' : o.phone,
    hideName: o.hideName ?? false,
    photos: [],
  });
}

export async function stored(h: Harness, id: string): Promise<IssueDoc> {
  const issue = await h.deps.store.get(ISSUES, id);
  if (!issue) throw new Error(`issue ${id} missing`);
  return issue;
}

export async function versionOf(h: Harness, id: string): Promise<number> {
  return (await stored(h, id)).version;
}

export async function inbox(h: Harness, openid: string): Promise<OutboxMessage[]> {
  return h.deps.store.find(OUTBOX, { recipient: openid }, { orderBy: [['createdAt', 'asc']], limit: 1000 });
}

export async function runSla(h: Harness) {
  return runDueJobs(h.deps, ['issues-sla']);
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
