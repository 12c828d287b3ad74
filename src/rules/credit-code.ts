/**
 * 统一社会信用代码 (unified social credit code) after GB 32100-2015: 18
 * characters from a 31-character alphabet (digits and capitals without I, O,
 * S, V, Z); the last is a check character computed from the first 17 with the
 * weights 3^i mod 31. Shared by the registration form and the server, so a
 * mistyped code is caught on the phone and refused the same way on the server.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CREDIT_CODE_LENGTH = 18;

/** What people type: spaces and lower case are accepted and removed. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/\s/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or null when one of them is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = 'length' | 'character' | 'check';

/** Why a (normalised) code is not valid, or null when it is; the form and the server say the same sentence. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== CREDIT_CODE_LENGTH) return 'length';
  if ([...code].some((c) => !CREDIT_CODE_ALPHABET.includes(c))) return 'character';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check';
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码是 18 位，请核对营业执照',
  character: '统一社会信用代码只含数字和大写字母（没有 I、O、S、V、Z），请核对营业执照',
  check: '统一社会信用代码的校验位不对，可能有一位填错了，请核对营业执照',
};

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
