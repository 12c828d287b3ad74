import { policyRefusal } from './policy-reasons';

/**
 * 定位推送 as two transition tables: a policy staff publish (and may withdraw,
 * say when it was published by mistake), and one enterprise's mark on one
 * policy (pushed, read, applied).
 */
export const POLICY_STATES = ['published', 'withdrawn'] as const;
export type PolicyState = (typeof POLICY_STATES)[number];
export const POLICY_STATE_LABELS: Record<PolicyState, string> = { published: '已发布', withdrawn: '已撤回' };

export type PolicyEvent = 'publish' | 'withdraw';
export const POLICY_EVENT_LABELS: Record<PolicyEvent, string> = { publish: '发布', withdraw: '撤回' };

type PolicyFrom = PolicyState | 'new';
const POLICY_TABLE: Record<PolicyFrom, Partial<Record<PolicyEvent, PolicyState>>> = {
  new: { publish: 'published' },
  published: { withdraw: 'withdrawn' },
  withdrawn: {},
};

export function policyTransition(from: PolicyFrom, event: PolicyEvent): PolicyState {
  const to = POLICY_TABLE[from][event];
  if (to) return to;
  throw policyRefusal('ILLEGAL_POLICY_TRANSITION', {
    from,
    event,
    stateLabel: from === 'new' ? '尚未发布' : POLICY_STATE_LABELS[from],
    eventLabel: POLICY_EVENT_LABELS[event],
  });
}

/**
 * One enterprise's mark on one policy. `new`: no record yet (an enterprise may
 * open a published policy that was not pushed to it, from the full list).
 */
export const MARK_STATES = ['pushed', 'read', 'applied'] as const;
export type MarkState = (typeof MARK_STATES)[number];
export const MARK_STATE_LABELS: Record<MarkState, string> = { pushed: '未读', read: '已读', applied: '已申报' };

export type MarkEvent = 'push' | 'read' | 'apply' | 'unapply';
export const MARK_EVENT_LABELS: Record<MarkEvent, string> = {
  push: '推送',
  read: '阅读',
  apply: '标记已申报',
  unapply: '取消已申报',
};

type MarkFrom = MarkState | 'new';
const MARK_TABLE: Record<MarkFrom, Partial<Record<MarkEvent, MarkState>>> = {
  new: { push: 'pushed', read: 'read', apply: 'applied' },
  pushed: { read: 'read', apply: 'applied' },
  // Reading again changes nothing; `read` stays legal so opening a policy twice is not an error.
  read: { read: 'read', apply: 'applied' },
  // An applied mark is already read; `unapply` corrects a mistaken tap.
  applied: { read: 'applied', unapply: 'read' },
};

export function nextMark(from: MarkFrom, event: MarkEvent): MarkState | null {
  return MARK_TABLE[from][event] ?? null;
}

export function markTransition(from: MarkFrom, event: MarkEvent): MarkState {
  const to = nextMark(from, event);
  if (to) return to;
  throw policyRefusal('ILLEGAL_MARK', {
    from,
    event,
    stateLabel: from === 'new' ? '未推送' : MARK_STATE_LABELS[from],
    eventLabel: MARK_EVENT_LABELS[event],
  });
}
