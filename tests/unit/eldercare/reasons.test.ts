import { ELDERCARE_REFUSALS } from '../../../server/domain/eldercare/reasons';
import { expectSoundTable, handMadeErrors } from '../refusal-tables';

describe('eldercare refusal reasons', () => {
  it('map every code to a Chinese sentence and a valid error code, carried in details.reason', () => {
    expectSoundTable(ELDERCARE_REFUSALS);
  });

  it('give limits that ran out their own error code', () => {
    expect(ELDERCARE_REFUSALS.errorCodeOf('WINDOW_FULL')).toBe('RESOURCE_EXHAUSTED');
    expect(ELDERCARE_REFUSALS.errorCodeOf('PROFILE_PENDING')).toBe('FAILED_PRECONDITION');
  });

  it('are the only way the eldercare domain refuses (no sentence thrown inline)', () => {
    expect(handMadeErrors('server/domain/eldercare')).toEqual([]);
  });
});
