import { CREDIT_CODE_MESSAGES, creditCodeProblem, normaliseCreditCode } from '../../../rules/credit-code';
import { PHONE_MESSAGE, PHONE_PATTERN } from '../../../rules/fields';
import type { EnterpriseView } from '../lib/types';
import type { IndustryChoice, SizeChoice } from '../lib/words';

export interface RegistrationDraft {
  name: string;
  creditCode: string;
  industry: IndustryChoice | null;
  size: SizeChoice | null;
  address: string;
  contactName: string;
  contactPhone: string;
}

export const EMPTY_DRAFT: RegistrationDraft = {
  name: '',
  creditCode: '',
  industry: null,
  size: null,
  address: '',
  contactName: '',
  contactPhone: '',
};

/** A rejected registration as a draft to correct. */
export function draftOf(e: EnterpriseView): RegistrationDraft {
  return {
    name: e.name,
    creditCode: e.creditCode,
    industry: e.industry,
    size: e.size,
    address: e.address,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
  };
}

/**
 * The first thing to fix, in the words the server would use, or null when the
 * draft can be sent. The credit code is checked here by its check digit, so a
 * typo is caught before the round trip; the server checks the same way.
 */
export function draftProblem(d: RegistrationDraft, checkCode: boolean): string | null {
  if (d.name.trim().length < 2) return '请填写企业名称（营业执照上的全称）';
  if (checkCode) {
    const problem = creditCodeProblem(normaliseCreditCode(d.creditCode));
    if (problem) return CREDIT_CODE_MESSAGES[problem];
  }
  if (!d.industry) return '请选择所属行业';
  if (!d.size) return '请选择企业规模：大型、中型、小型或微型';
  if (d.address.trim().length < 4) return '请填写经营地址（路名和门牌号）';
  if (!d.contactName.trim()) return '请填写联系人姓名';
  if (!PHONE_PATTERN.test(d.contactPhone.trim())) return PHONE_MESSAGE;
  return null;
}
