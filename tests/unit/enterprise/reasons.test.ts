import { ENTERPRISE_REFUSALS } from '../../../server/domain/enterprise/reasons';
import { expectSoundTable, handMadeErrors } from '../refusal-tables';

describe('enterprise refusal reasons', () => {
  it('map every code to a Chinese sentence and a valid error code, carried in details.reason', () => {
    expectSoundTable(ENTERPRISE_REFUSALS);
  });

  it('call a duplicate registration a conflict and an unverified enterprise a precondition', () => {
    expect(ENTERPRISE_REFUSALS.errorCodeOf('ENTERPRISE_EXISTS')).toBe('CONFLICT');
    expect(ENTERPRISE_REFUSALS.errorCodeOf('ENTERPRISE_NOT_VERIFIED')).toBe('FAILED_PRECONDITION');
    expect(ENTERPRISE_REFUSALS.errorCodeOf('CREDIT_CODE_INVALID')).toBe('INVALID_ARGUMENT');
  });

  it('are the only way the enterprise domain refuses (no sentence thrown inline)', () => {
    expect(handMadeErrors('server/domain/enterprise')).toEqual([]);
  });
});
