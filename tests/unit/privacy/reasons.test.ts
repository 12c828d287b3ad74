import { PRIVACY_REFUSALS } from '../../../server/domain/privacy/reasons';
import { expectSoundTable, handMadeErrors } from '../refusal-tables';

describe('privacy refusal reasons', () => {
  it('map every code to a Chinese sentence and a valid error code, carried in details.reason', () => {
    expectSoundTable(PRIVACY_REFUSALS);
  });

  it('are the only way the privacy domain refuses (no sentence thrown inline)', () => {
    expect(handMadeErrors('server/domain/privacy')).toEqual([]);
  });
});
