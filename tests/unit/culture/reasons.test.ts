import { CULTURE_REFUSALS } from '../../../server/domain/culture/reasons';
import { HAND_MADE_ERROR, expectSoundTable, handMadeErrors } from '../refusal-tables';

describe('culture refusal reasons', () => {
  it('map every code to a Chinese sentence and a valid error code, carried in details.reason', () => {
    expectSoundTable(CULTURE_REFUSALS);
  });

  it('fill in the numbers a sentence names', () => {
    expect(CULTURE_REFUSALS.refusalMessage('CAPACITY_BELOW_HELD', { held: 12 })).toBe(
      '名额不能少于已报名和待确认的 12 人',
    );
    expect(CULTURE_REFUSALS.refusal('PROGRESS_PAST_END', { seconds: 700, durationSeconds: 600 }).details).toEqual({
      reason: 'PROGRESS_PAST_END',
      seconds: 700,
      durationSeconds: 600,
    });
  });

  it('are the only way the culture domain refuses (no sentence thrown inline)', () => {
    expect(HAND_MADE_ERROR.test('  if (!x) throw new AppError(`INVALID_ARGUMENT`, problem);')).toBe(true);
    expect(handMadeErrors('server/domain/culture')).toEqual([]);
  });
});
