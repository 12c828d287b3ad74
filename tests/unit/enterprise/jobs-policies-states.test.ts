import { AppError } from '../../../server/core/errors';
import {
  interestTransition,
  jobTransition,
  nextInterestState,
  nextJobState,
  stateAfterHire,
} from '../../../server/domain/enterprise/job-states';
import { JOB_REFUSALS } from '../../../server/domain/enterprise/job-reasons';
import { markTransition, nextMark, policyTransition } from '../../../server/domain/enterprise/policy-states';
import { POLICY_REFUSALS } from '../../../server/domain/enterprise/policy-reasons';
import { HAND_MADE_ERROR, expectSoundTable, handMadeErrors } from '../refusal-tables';

function refusalOf(fn: () => unknown): { code: string; reason: unknown; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError)
      return { code: err.code, reason: (err.details as { reason?: unknown }).reason, message: err.message };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('job opening states (定向招聘)', () => {
  it.each([
    ['new', 'post', 'open'],
    ['open', 'fill', 'filled'],
    ['open', 'close', 'closed'],
    ['filled', 'reopen', 'open'],
    ['filled', 'close', 'closed'],
    ['closed', 'reopen', 'open'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(jobTransition(from, event)).toBe(to);
  });

  it.each([
    ['open', 'reopen'],
    ['closed', 'fill'],
    ['closed', 'close'],
    ['open', 'post'],
  ] as const)('refuses %s --%s-- with a sentence naming the state', (from, event) => {
    expect(nextJobState(from, event)).toBeNull();
    const r = refusalOf(() => jobTransition(from, event));
    expect(r.code).toBe('FAILED_PRECONDITION');
    expect(r.reason).toBe('ILLEGAL_JOB_TRANSITION');
    expect(r.message).toMatch(/^岗位当前(招聘中|已停止招聘)，不能/);
  });

  it('fills the job with the hire that takes the last opening, not before', () => {
    expect(stateAfterHire('open', 2, 3)).toBe('open');
    expect(stateAfterHire('open', 3, 3)).toBe('filled');
  });
});

describe('interest states', () => {
  it.each([
    ['new', 'express', 'interested'],
    ['withdrawn', 'express', 'interested'],
    ['interested', 'withdraw', 'withdrawn'],
    ['interested', 'hire', 'hired'],
    ['interested', 'decline', 'declined'],
  ] as const)('%s --%s--> %s', (from, event, to) => {
    expect(interestTransition(from, event)).toBe(to);
  });

  it.each([
    ['hired', 'withdraw'],
    ['hired', 'decline'],
    ['declined', 'hire'],
    ['declined', 'express'],
    ['withdrawn', 'hire'],
    ['interested', 'express'],
  ] as const)('refuses %s --%s-- (outcomes are final)', (from, event) => {
    expect(nextInterestState(from, event)).toBeNull();
    const r = refusalOf(() => interestTransition(from, event));
    expect([r.code, r.reason]).toEqual(['FAILED_PRECONDITION', 'ILLEGAL_INTEREST_TRANSITION']);
  });
});

describe('policy and mark states (定位推送)', () => {
  it('publishes once and withdraws once', () => {
    expect(policyTransition('new', 'publish')).toBe('published');
    expect(policyTransition('published', 'withdraw')).toBe('withdrawn');
    expect(refusalOf(() => policyTransition('withdrawn', 'withdraw')).reason).toBe('ILLEGAL_POLICY_TRANSITION');
    expect(refusalOf(() => policyTransition('published', 'publish')).code).toBe('FAILED_PRECONDITION');
  });

  it.each([
    ['new', 'push', 'pushed'],
    ['new', 'read', 'read'],
    ['new', 'apply', 'applied'],
    ['pushed', 'read', 'read'],
    ['pushed', 'apply', 'applied'],
    ['read', 'read', 'read'],
    ['read', 'apply', 'applied'],
    ['applied', 'read', 'applied'],
    ['applied', 'unapply', 'read'],
  ] as const)('mark %s --%s--> %s', (from, event, to) => {
    expect(markTransition(from, event)).toBe(to);
  });

  it.each([
    ['pushed', 'push'],
    ['read', 'push'],
    ['pushed', 'unapply'],
    ['read', 'unapply'],
    ['applied', 'apply'],
  ] as const)('refuses mark %s --%s--', (from, event) => {
    expect(nextMark(from, event)).toBeNull();
    expect(refusalOf(() => markTransition(from, event)).reason).toBe('ILLEGAL_MARK');
  });
});

describe('refusal tables of jobs and policies', () => {
  it('map every reason to a Chinese sentence and an error code', () => {
    expectSoundTable(JOB_REFUSALS);
    expectSoundTable(POLICY_REFUSALS);
    expect(JOB_REFUSALS.refusalMessage('OPENINGS_BELOW_FILLED', { filled: 3 })).toBe('招聘人数不能少于已录用的 3 人');
  });

  it('are the only way the enterprise domain refuses (no sentence thrown inline)', () => {
    expect(HAND_MADE_ERROR.test('throw new AppError("X")')).toBe(true);
    expect(handMadeErrors('server/domain/enterprise')).toEqual([]);
  });
});
