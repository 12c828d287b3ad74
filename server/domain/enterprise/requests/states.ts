import type { RequestLevel, RequestState } from './model';
import { refusal } from './reasons';

/**
 * The request's state machine as a table. Which side may trigger an event is
 * a separate table, so "the enterprise cannot resolve its own request" is as
 * visible as "a closed request cannot be withdrawn".
 */
export const REQUEST_EVENTS = [
  'accept',
  'reply',
  'match',
  'match_outcome',
  'resolve',
  'rate',
  'reopen',
  'withdraw',
  'auto_close',
] as const;
export type RequestEventName = (typeof REQUEST_EVENTS)[number];

export const TRANSITIONS: Record<RequestState, Partial<Record<RequestEventName, RequestState>>> = {
  submitted: { accept: 'in_progress', withdraw: 'withdrawn' },
  in_progress: {
    reply: 'in_progress',
    match: 'in_progress',
    match_outcome: 'in_progress',
    resolve: 'resolved',
    withdraw: 'withdrawn',
  },
  // The enterprise rates (closing it) or, unsatisfied, sends it back; nobody rating closes it after AUTO_CLOSE_DAYS.
  resolved: { rate: 'closed', reopen: 'in_progress', auto_close: 'closed' },
  closed: {},
  withdrawn: {},
};

export type EventSide = 'enterprise' | 'staff' | 'system';

export const EVENT_SIDE: Record<RequestEventName, EventSide> = {
  accept: 'staff',
  reply: 'staff',
  match: 'staff',
  match_outcome: 'staff',
  resolve: 'staff',
  rate: 'enterprise',
  reopen: 'enterprise',
  withdraw: 'enterprise',
  auto_close: 'system',
};

export const STATE_LABELS: Record<RequestState, string> = {
  submitted: '待受理',
  in_progress: '办理中',
  resolved: '已办结待评价',
  closed: '已办结',
  withdrawn: '已撤回',
};

export const EVENT_LABELS: Record<RequestEventName, string> = {
  accept: '受理',
  reply: '回复进展',
  match: '推荐融资产品',
  match_outcome: '记录融资结果',
  resolve: '办结',
  rate: '评价',
  reopen: '不满意，退回重办',
  withdraw: '撤回',
  auto_close: '自动办结',
};

export const LEVEL_LABELS: Record<RequestLevel, string> = { liaison: '包联干部与责任部门', team: '经济工作组' };

/** The next state, or FAILED_PRECONDITION naming the current one. */
export function nextState(from: RequestState, event: RequestEventName): RequestState {
  const to = TRANSITIONS[from][event];
  if (!to) throw refusal('ILLEGAL_TRANSITION', { stateLabel: STATE_LABELS[from], eventLabel: EVENT_LABELS[event] });
  return to;
}

/** Which deadline runs in a state: accepting, resolving, or none (waiting on the enterprise, or finished). */
export function runningDeadline(state: RequestState): 'accept' | 'resolve' | null {
  return state === 'submitted' ? 'accept' : state === 'in_progress' ? 'resolve' : null;
}

export const OPEN_STATES: ReadonlySet<RequestState> = new Set(['submitted', 'in_progress']);
/** Solved: the department finished it (resolved, whether or not rated yet, or closed after resolving). */
export const SOLVED_STATES: ReadonlySet<RequestState> = new Set(['resolved', 'closed']);
