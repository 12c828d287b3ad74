import { ACCOUNT_REFUSALS } from '../../../server/domain/account/reasons';
import { expectSoundTable, handMadeErrors } from '../refusal-tables';

describe('account refusal reasons', () => {
  it('map every code to a Chinese sentence and a valid error code, carried in details.reason', () => {
    expectSoundTable(ACCOUNT_REFUSALS);
  });

  it('tell a missing invite from one that can no longer be used', () => {
    expect(ACCOUNT_REFUSALS.errorCodeOf('INVITE_NOT_FOUND')).toBe('NOT_FOUND');
    expect(ACCOUNT_REFUSALS.errorCodeOf('INVITE_EXPIRED')).toBe('FAILED_PRECONDITION');
    expect(ACCOUNT_REFUSALS.errorCodeOf('MAY_NOT_MANAGE_ROLE')).toBe('PERMISSION_DENIED');
  });

  it('are the only way the account domain refuses (no sentence thrown inline)', () => {
    expect(handMadeErrors('server/domain/account')).toEqual([]);
  });
});
