import { MODERATION_REFUSALS } from '../../../server/domain/moderation/reasons';
import { expectSoundTable, handMadeErrors } from '../refusal-tables';

describe('moderation refusal reasons', () => {
  it('map every code to a Chinese sentence and a valid error code, carried in details.reason', () => {
    expectSoundTable(MODERATION_REFUSALS);
  });

  it('report a decision on an entry someone else changed as a conflict', () => {
    expect(MODERATION_REFUSALS.errorCodeOf('ENTRY_CHANGED')).toBe('CONFLICT');
  });

  it('are the only way the moderation domain refuses (no sentence thrown inline)', () => {
    expect(handMadeErrors('server/domain/moderation')).toEqual([]);
  });
});
