import { counterRecorder, zeroVectorOf } from '../../stats/counters';
import { shanghaiMonth } from '../../sla/calendar';
import { REQUEST_STATS, type RequestDoc } from './model';
import { OPEN_STATES, SOLVED_STATES } from './states';

/**
 * Statistics are counters, one document per (month filed, type, department,
 * industry), changed in the same transaction as the request. Each request
 * contributes a vector that is a pure function of its document; a write
 * subtracts the old vector and adds the new one, so the counters always equal
 * a full scan, and a year's statistics read a few hundred small documents
 * instead of 100,000 requests (bench/scenarios/enterprise-requests.ts).
 */
export const REQUEST_STAT_FIELDS = [
  'filed',
  'open',
  'solved',
  'solvedOnTime',
  'overdue',
  'withdrawn',
  'rated',
  'satisfied',
  'stars',
  'financingAskedWan',
  'financingWan',
  'jobsFilled',
  'policiesApplied',
] as const;
export type RequestStatField = (typeof REQUEST_STAT_FIELDS)[number];
export type RequestStatVector = Record<RequestStatField, number>;

export function zeroVector(): RequestStatVector {
  return zeroVectorOf(REQUEST_STAT_FIELDS);
}

export interface RequestStatsKey {
  id: string;
  month: string;
  type: RequestDoc['type'];
  departmentId: string;
  industry: RequestDoc['industry'];
}

export function statsKey(request: Pick<RequestDoc, 'filedAt' | 'type' | 'departmentId' | 'industry'>): RequestStatsKey {
  const month = shanghaiMonth(request.filedAt);
  return {
    id: `${month}_${request.type}_${request.departmentId}_${request.industry}`,
    month,
    type: request.type,
    departmentId: request.departmentId,
    industry: request.industry,
  };
}

/**
 * Outcome figures count only for solved requests, so "financing secured" never
 * includes a promise that was withdrawn; satisfied ⊆ rated ⊆ solved.
 */
export function contribution(request: RequestDoc): RequestStatVector {
  const solved = SOLVED_STATES.has(request.state);
  const rated = solved && request.rating !== null;
  const outcome = solved ? request.outcome : null;
  return {
    filed: 1,
    open: OPEN_STATES.has(request.state) ? 1 : 0,
    solved: solved ? 1 : 0,
    solvedOnTime: solved && request.resolvedOnTime ? 1 : 0,
    overdue: request.everOverdue ? 1 : 0,
    withdrawn: request.state === 'withdrawn' ? 1 : 0,
    rated: rated ? 1 : 0,
    satisfied: rated && request.rating!.satisfied ? 1 : 0,
    stars: rated ? request.rating!.stars : 0,
    financingAskedWan: request.financing?.amountWan ?? 0,
    financingWan: outcome?.financingWan ?? 0,
    jobsFilled: outcome?.jobsFilled ?? 0,
    policiesApplied: outcome?.policiesApplied ?? 0,
  };
}

export const recordRequestStats = counterRecorder({
  collection: REQUEST_STATS,
  fields: REQUEST_STAT_FIELDS,
  key: statsKey,
  contribution,
});
