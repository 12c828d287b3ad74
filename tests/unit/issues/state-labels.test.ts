import { ISSUE_STATES, stateLabelOf, type Outcome } from '../../../server/domain/issues/states';

describe('issue state labels residents read', () => {
  it('tells how a closed issue ended', () => {
    expect(stateLabelOf({ state: 'closed', outcome: 'fixed', callback: { satisfaction: 'satisfied' } })).toBe(
      '已办结（已评价）',
    );
    expect(stateLabelOf({ state: 'closed', outcome: 'fixed', callback: null })).toBe('已办结（未评价）');
    expect(stateLabelOf({ state: 'closed', outcome: 'unsatisfied', callback: { satisfaction: 'dissatisfied' } })).toBe(
      '未解决（已报街道）',
    );
    expect(stateLabelOf({ state: 'resolved', outcome: null, callback: null })).toBe('已办结（待评价）');
  });

  it('never says 已关闭 or a bare verb for any state and outcome', () => {
    const outcomes: Outcome[] = ['fixed', 'unsatisfied', 'rejected', 'duplicate', null];
    for (const state of ISSUE_STATES) {
      for (const outcome of outcomes) {
        const label = stateLabelOf({ state, outcome, callback: null });
        expect(label).not.toMatch(/关闭/);
        expect(label).not.toMatch(/^(退回|改派)$/);
      }
    }
  });
});
