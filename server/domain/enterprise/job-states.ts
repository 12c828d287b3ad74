import { jobRefusal } from './job-reasons';

/**
 * 定向招聘 as two transition tables: the job opening an enterprise posts, and
 * a resident's interest in it. Services ask `jobTransition` / `interestTransition`
 * for the next state, so an illegal move is refused in one place.
 */
export const JOB_STATES = ['open', 'filled', 'closed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_STATE_LABELS: Record<JobState, string> = { open: '招聘中', filled: '已招满', closed: '已停止招聘' };

export type JobEvent = 'post' | 'fill' | 'close' | 'reopen';
export const JOB_EVENT_LABELS: Record<JobEvent, string> = {
  post: '发布',
  fill: '招满',
  close: '停止招聘',
  reopen: '重新招聘',
};

type JobFrom = JobState | 'new';
const JOB_TABLE: Record<JobFrom, Partial<Record<JobEvent, JobState>>> = {
  new: { post: 'open' },
  // `fill` is the system's move when the last opening is taken by a hire.
  open: { fill: 'filled', close: 'closed' },
  // A filled job reopens when the enterprise needs more people (it raises the openings first).
  filled: { reopen: 'open', close: 'closed' },
  closed: { reopen: 'open' },
};

export function nextJobState(from: JobFrom, event: JobEvent): JobState | null {
  return JOB_TABLE[from][event] ?? null;
}

export function jobTransition(from: JobFrom, event: JobEvent): JobState {
  const to = nextJobState(from, event);
  if (to) return to;
  throw jobRefusal('ILLEGAL_JOB_TRANSITION', {
    from,
    event,
    stateLabel: from === 'new' ? '尚未发布' : JOB_STATE_LABELS[from],
    eventLabel: JOB_EVENT_LABELS[event],
  });
}

export const INTEREST_STATES = ['interested', 'withdrawn', 'hired', 'declined'] as const;
export type InterestState = (typeof INTEREST_STATES)[number];

export const INTEREST_STATE_LABELS: Record<InterestState, string> = {
  interested: '已报名',
  withdrawn: '已撤回',
  hired: '已录用',
  declined: '未录用',
};

export type InterestEvent = 'express' | 'withdraw' | 'hire' | 'decline';
export const INTEREST_EVENT_LABELS: Record<InterestEvent, string> = {
  express: '报名',
  withdraw: '撤回报名',
  hire: '标记录用',
  decline: '标记未录用',
};

type InterestFrom = InterestState | 'new';
const INTEREST_TABLE: Record<InterestFrom, Partial<Record<InterestEvent, InterestState>>> = {
  new: { express: 'interested' },
  // A resident who withdrew may change their mind while the job is open.
  withdrawn: { express: 'interested' },
  interested: { withdraw: 'withdrawn', hire: 'hired', decline: 'declined' },
  // Outcomes are final: a hire is counted in the job's filled places and the statistics.
  hired: {},
  declined: {},
};

export function nextInterestState(from: InterestFrom, event: InterestEvent): InterestState | null {
  return INTEREST_TABLE[from][event] ?? null;
}

export function interestTransition(from: InterestFrom, event: InterestEvent): InterestState {
  const to = nextInterestState(from, event);
  if (to) return to;
  throw jobRefusal('ILLEGAL_INTEREST_TRANSITION', {
    from,
    event,
    stateLabel: from === 'new' ? '尚未报名' : INTEREST_STATE_LABELS[from],
    eventLabel: INTEREST_EVENT_LABELS[event],
  });
}

/** The job's state once `filled` of `openings` places are taken: the last hire fills it. */
export function stateAfterHire(current: JobState, filled: number, openings: number): JobState {
  return filled >= openings ? jobTransition(current, 'fill') : current;
}
