import {
  COMMANDS,
  ISSUE_STATES,
  TRANSITIONS,
  canRun,
  nextState,
  queueOf,
  stateGroup,
  type IssueState,
} from '../../../server/domain/issues/states';
import { AppError } from '../../../server/core/errors';

describe('issue state machine', () => {
  it('walks the happy path: submitted -> accepted -> in_progress -> resolved -> closed', () => {
    let s: IssueState = 'submitted';
    s = nextState(s, 'accept');
    expect(s).toBe('accepted');
    s = nextState(s, 'update');
    expect(s).toBe('in_progress');
    s = nextState(s, 'resolve');
    expect(s).toBe('resolved');
    expect(nextState(s, 'rate')).toBe('closed');
  });

  it('reopens a resolved issue on a dissatisfied callback and lets it be accepted again', () => {
    expect(nextState('resolved', 'reopen')).toBe('reopened');
    expect(nextState('reopened', 'accept')).toBe('accepted');
  });

  it('sends a returned issue through triage to reassignment', () => {
    expect(nextState('submitted', 'return')).toBe('returned');
    expect(nextState('returned', 'reassign')).toBe('reassigned');
    expect(nextState('reassigned', 'accept')).toBe('accepted');
  });

  it.each([
    ['closed', 'accept'],
    ['rejected', 'resolve'],
    ['duplicate', 'update'],
    ['submitted', 'resolve'],
    ['in_progress', 'return'],
    ['resolved', 'accept'],
    ['closed', 'rate'],
    ['returned', 'accept'],
  ] as const)('refuses %s -> %s with FAILED_PRECONDITION and a Chinese sentence', (from, command) => {
    expect(canRun(from, command)).toBe(false);
    try {
      nextState(from, command);
      throw new Error('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('FAILED_PRECONDITION');
      expect((err as AppError).message).toMatch(/不能/);
    }
  });

  it('never leaves a terminal state', () => {
    for (const terminal of ['closed', 'rejected', 'duplicate'] as const) {
      for (const command of COMMANDS) expect(canRun(terminal, command)).toBe(false);
    }
  });

  it('only leads to known states', () => {
    for (const command of COMMANDS)
      for (const to of Object.values(TRANSITIONS[command])) expect(ISSUE_STATES).toContain(to);
  });

  it('keeps "closed, not fixed" apart from "fixed"', () => {
    expect(stateGroup('closed', 'fixed')).toBe('fixed');
    expect(stateGroup('closed', 'unsatisfied')).toBe('closed');
    expect(stateGroup('rejected', 'rejected')).toBe('closed');
    expect(stateGroup('resolved', null)).toBe('fixed');
    expect(stateGroup('reopened', null)).toBe('open');
  });

  it('puts unrouted and returned issues in the triage queue', () => {
    expect(queueOf('submitted', null)).toBe('triage');
    expect(queueOf('returned', null)).toBe('triage');
    expect(queueOf('submitted', 'g-03')).toBe('pending');
    expect(queueOf('in_progress', 'g-03')).toBe('working');
    expect(queueOf('closed', 'g-03')).toBe('done');
  });
});
