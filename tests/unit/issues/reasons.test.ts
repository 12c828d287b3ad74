import { ISSUE_REFUSALS } from '../../../server/domain/issues/reasons';
import { HAND_MADE_ERROR, expectSoundTable, handMadeErrors } from '../refusal-tables';

describe('issue refusal reasons', () => {
  it('map every code to a Chinese sentence and a valid error code, carried in details.reason', () => {
    expectSoundTable(ISSUE_REFUSALS);
  });

  it('keep the sentences the pages and tests rely on', () => {
    expect(ISSUE_REFUSALS.refusalMessage('DAILY_LIMIT', { limit: 3 })).toBe(
      '每人每天最多反映 3 件，请明天再提交；紧急情况请直接联系社区',
    );
    expect(ISSUE_REFUSALS.refusal('DAILY_LIMIT', { limit: 3 }).code).toBe('RESOURCE_EXHAUSTED');
  });

  it('are the only way the issues domain refuses (no sentence thrown inline)', () => {
    expect(HAND_MADE_ERROR.test(`throw new AppError('NOT_FOUND', '没有找到');`)).toBe(true);
    expect(handMadeErrors('server/domain/issues')).toEqual([]);
  });
});
