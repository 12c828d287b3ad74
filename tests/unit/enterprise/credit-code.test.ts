import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normaliseCreditCode,
} from '../../../src/rules/credit-code';
import { ENTERPRISE_SEED } from '../../../seed/enterprise';

describe('统一社会信用代码 check digit (GB 32100-2015)', () => {
  it('accepts the standard’s published sample code', () => {
    // The sample in GB 32100-2015 and its explanatory material.
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
  });

  it('computes the check character from the first 17 with weights 3^i mod 31', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });

  it('maps a remainder of 0 to the check character 0, not 31', () => {
    // Find a body whose weighted sum is a multiple of 31 and check it closes with '0'.
    const body = '9137020300000000';
    const found = CREDIT_CODE_ALPHABET.split('')
      .map((c) => body + c)
      .find((b) => creditCodeCheckChar(b) === '0');
    expect(found).toBeDefined();
    expect(isValidCreditCode(`${found}0`)).toBe(true);
  });

  it('refuses any single mistyped character', () => {
    const good = '91350100M000100Y43';
    for (let i = 0; i < good.length; i++) {
      const replacement = good[i] === '1' ? '2' : '1';
      const typo = good.slice(0, i) + replacement + good.slice(i + 1);
      expect([i, creditCodeProblem(typo)]).toEqual([i, 'check']);
    }
  });

  it('refuses two swapped neighbours', () => {
    expect(creditCodeProblem('91350100M000100Y34')).toBe('check');
    expect(creditCodeProblem('19350100M000100Y43')).toBe('check');
  });

  it('says what is wrong: length, a letter not in the code alphabet, or the check digit', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100Y433')).toBe('length');
    // I, O, S, V and Z are never used (they look like 1, 0, 5, U and 2).
    for (const letter of ['I', 'O', 'S', 'V', 'Z'])
      expect(creditCodeProblem(`91350100M000100${letter}43`)).toBe('character');
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check');
  });

  it('normalises what people type: spaces and lower case', () => {
    expect(normaliseCreditCode(' 9135 0100 m000 100y43 ')).toBe('91350100M000100Y43');
    expect(isValidCreditCode(normaliseCreditCode('91350100m000100y43'))).toBe(true);
  });

  it('holds for every demo enterprise in the seed', () => {
    for (const e of ENTERPRISE_SEED) expect([e.name, creditCodeProblem(e.creditCode)]).toEqual([e.name, null]);
  });
});
