import type { IssueDetail } from '../../../issues/types';

/**
 * What a staff member can do to an issue in its current state: the server's
 * transition table (server/domain/issues/states.ts) and role rules, mirrored so
 * the page offers only buttons that can work. The server still decides.
 */
export type StaffAction =
  'accept' | 'update' | 'note' | 'resolve' | 'return' | 'reassign' | 'reject' | 'duplicate' | 'priority';

export const ACTION_LABELS: Record<StaffAction, string> = {
  accept: '受理',
  update: '发布进展',
  note: '内部备注',
  resolve: '办结',
  return: '退回',
  reassign: '改派',
  reject: '不予受理',
  duplicate: '标记重复',
  priority: '优先级',
};

export const DONE_TEXT: Record<StaffAction, string> = {
  accept: '已受理，居民会收到通知。',
  update: '进展已发布，居民能看到。',
  note: '内部备注已保存，居民看不到。',
  resolve: '已办结，系统已请居民评价。',
  return: '已退回，等待重新分派。',
  reassign: '已改派，新网格会收到通知。',
  reject: '已不予受理，居民会收到原因和建议去向。',
  duplicate: '已合并到原诉求，居民会随原诉求收到进展。',
  priority: '优先级已调整。',
};

const FROM: Record<Exclude<StaffAction, 'note' | 'priority'>, string[]> = {
  accept: ['submitted', 'reassigned', 'reopened'],
  update: ['accepted', 'in_progress', 'reopened'],
  resolve: ['accepted', 'in_progress', 'reopened'],
  return: ['submitted', 'reassigned', 'accepted'],
  reassign: ['submitted', 'reassigned', 'returned', 'accepted', 'in_progress', 'reopened'],
  reject: ['submitted', 'reassigned', 'returned', 'accepted'],
  duplicate: ['submitted', 'reassigned', 'returned', 'accepted', 'in_progress'],
};

const ORDER: StaffAction[] = [
  'accept',
  'update',
  'resolve',
  'note',
  'reassign',
  'return',
  'reject',
  'duplicate',
  'priority',
];

export function availableActions(
  issue: Pick<IssueDetail, 'viewer' | 'state' | 'group' | 'gridId'>,
  roles: readonly string[],
): StaffAction[] {
  if (issue.viewer !== 'staff') return [];
  const district = roles.includes('district_admin');
  const admin = district || roles.includes('community_admin');
  return ORDER.filter((action) => {
    switch (action) {
      case 'note':
        return true;
      case 'priority':
        return issue.group === 'open';
      case 'accept':
        return FROM.accept.includes(issue.state) && issue.gridId !== null;
      case 'return':
        // District admins reassign instead; the server refuses their return.
        return FROM.return.includes(issue.state) && !district;
      case 'reassign':
        return FROM.reassign.includes(issue.state) && admin;
      default:
        return FROM[action].includes(issue.state);
    }
  });
}

/** Ticket numbers look like 20251126-0001; anything else is taken as an issue id. */
export const TICKET = /^\d{8}-\d{4,}$/;
