import { refusal } from './reasons';

/**
 * The issue state machine, as a table. Every staff or resident action that
 * moves an issue is a command; the table says from which states it may run
 * and where it leads. Anything not in the table is FAILED_PRECONDITION.
 */
export const ISSUE_STATES = [
  'submitted',
  'accepted',
  'in_progress',
  'resolved',
  'closed',
  'returned',
  'reassigned',
  'rejected',
  'duplicate',
  'reopened',
] as const;
export type IssueState = (typeof ISSUE_STATES)[number];

export const STATE_LABELS: Record<IssueState, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  resolved: '已办结',
  // 已关闭 read as "dropped" to residents; which kind of end it was is told by stateLabelOf.
  closed: '已结束',
  returned: '退回待分派',
  reassigned: '已改派',
  rejected: '不予受理',
  duplicate: '重复',
  reopened: '重办',
};

export const COMMANDS = [
  'accept',
  'update',
  'resolve',
  'return',
  'reassign',
  'reject',
  'duplicate',
  'rate',
  'reopen',
  'close_unsatisfied',
  'auto_close',
] as const;
export type IssueCommand = (typeof COMMANDS)[number];

export const COMMAND_LABELS: Record<IssueCommand, string> = {
  accept: '受理',
  update: '发布进展',
  resolve: '办结',
  return: '退回',
  reassign: '改派',
  reject: '不予受理',
  duplicate: '标记重复',
  rate: '评价',
  reopen: '评价（不满意）',
  close_unsatisfied: '评价（不满意）',
  auto_close: '自动关闭',
};

/** command -> (from -> to). Self-loops are allowed on purpose: more progress updates, reassigning again. */
export const TRANSITIONS: Record<IssueCommand, Partial<Record<IssueState, IssueState>>> = {
  accept: { submitted: 'accepted', reassigned: 'accepted', reopened: 'accepted' },
  update: { accepted: 'in_progress', in_progress: 'in_progress', reopened: 'in_progress' },
  resolve: { accepted: 'resolved', in_progress: 'resolved', reopened: 'resolved' },
  return: { submitted: 'returned', reassigned: 'returned', accepted: 'returned' },
  reassign: {
    submitted: 'reassigned',
    reassigned: 'reassigned',
    returned: 'reassigned',
    accepted: 'reassigned',
    in_progress: 'reassigned',
    reopened: 'reassigned',
  },
  reject: { submitted: 'rejected', reassigned: 'rejected', returned: 'rejected', accepted: 'rejected' },
  duplicate: {
    submitted: 'duplicate',
    reassigned: 'duplicate',
    returned: 'duplicate',
    accepted: 'duplicate',
    in_progress: 'duplicate',
  },
  rate: { resolved: 'closed' },
  reopen: { resolved: 'reopened' },
  close_unsatisfied: { resolved: 'closed' },
  auto_close: { resolved: 'closed' },
};

/** The state a command leads to, or FAILED_PRECONDITION with a sentence a person understands. */
export function nextState(from: IssueState, command: IssueCommand): IssueState {
  const to = TRANSITIONS[command][from];
  if (!to)
    throw refusal('ILLEGAL_TRANSITION', {
      from,
      command,
      stateLabel: STATE_LABELS[from],
      commandLabel: COMMAND_LABELS[command],
    });
  return to;
}

export function canRun(from: IssueState, command: IssueCommand): boolean {
  return TRANSITIONS[command][from] !== undefined;
}

/**
 * Grouped as FixMyStreet does, so "closed, not fixed" stays apart from "fixed":
 * open (someone must act), fixed (resolved, or closed after a fix), closed (without a fix).
 */
export type StateGroup = 'open' | 'fixed' | 'closed';

export type Outcome = 'fixed' | 'unsatisfied' | 'rejected' | 'duplicate' | null;

export function stateGroup(state: IssueState, outcome: Outcome): StateGroup {
  switch (state) {
    case 'resolved':
      return 'fixed';
    case 'closed':
      return outcome === 'fixed' ? 'fixed' : 'closed';
    case 'rejected':
    case 'duplicate':
      return 'closed';
    default:
      return 'open';
  }
}

export const GROUP_LABELS: Record<StateGroup, string> = { open: '办理中', fixed: '已解决', closed: '已结束（未解决）' };

/**
 * The state as a resident reads it on a card or a detail page. A closed issue
 * says how it ended: rated (已办结（已评价）), closed unrated after the rating
 * period (已办结（未评价）), or closed unsolved after repeated dissatisfaction.
 * A resolved one asks for the rating it waits for.
 */
export function stateLabelOf(issue: { state: IssueState; outcome: Outcome; callback: unknown }): string {
  if (issue.state === 'resolved') return '已办结（待评价）';
  if (issue.state !== 'closed') return STATE_LABELS[issue.state];
  if (issue.outcome === 'unsatisfied') return '未解决（已报街道）';
  return issue.callback ? '已办结（已评价）' : '已办结（未评价）';
}

/** Workbench queues: 待受理, 处理中, 退回待分派; the overdue queue is a deadline query across them. */
export type QueueName = 'pending' | 'working' | 'triage' | 'resolved' | 'done';

export function queueOf(state: IssueState, gridId: string | null): QueueName {
  if (state === 'returned') return 'triage';
  if (stateGroup(state, null) === 'open' && gridId === null) return 'triage';
  switch (state) {
    case 'submitted':
    case 'reassigned':
    case 'reopened':
      return 'pending';
    case 'accepted':
    case 'in_progress':
      return 'working';
    case 'resolved':
      return 'resolved';
    default:
      return 'done';
  }
}

/** Which deadline runs in a state: the accept (or dispatch) limit, the resolve limit, or none. */
export function runningDeadline(state: IssueState): 'accept' | 'resolve' | null {
  switch (state) {
    case 'submitted':
    case 'reassigned':
    case 'returned':
      return 'accept';
    case 'accepted':
    case 'in_progress':
    case 'reopened':
      return 'resolve';
    default:
      return null;
  }
}
