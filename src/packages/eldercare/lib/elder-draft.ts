import { isHouseNumber, isPhone } from '../../../rules/fields';
import { parseDate } from './dates';
import type { Difficulty, ElderProfile, Relation } from './types';

/** The elder form as typed: text fields stay text until submitted. */
export interface ElderDraft {
  name: string;
  birthDate: string;
  street: string;
  number: string;
  detail: string;
  phone: string;
  difficultyClaimed: Difficulty;
  relation: Relation;
  noSmartphone: boolean;
  /** Sensitive (PIPL): kept by the server only with both consents below. */
  healthNotes: string;
  /** The separate consent to difficulty status and health notes. */
  sensitiveConsent: boolean;
  /** The elder (or their legal representative) agrees. */
  elderAgrees: boolean;
}

export const EMPTY_DRAFT: ElderDraft = {
  name: '',
  birthDate: '',
  street: '',
  number: '',
  detail: '',
  phone: '',
  difficultyClaimed: 'none',
  relation: '子女',
  noSmartphone: false,
  healthNotes: '',
  sensitiveConsent: false,
  elderAgrees: false,
};

export function draftOf(elder: ElderProfile): ElderDraft {
  return {
    name: elder.name,
    birthDate: elder.birthDate,
    street: elder.address.street,
    number: String(elder.address.number),
    detail: elder.address.detail,
    phone: elder.phone ?? '',
    difficultyClaimed: elder.difficultyClaimed,
    relation: '子女',
    noSmartphone: elder.noSmartphone,
    healthNotes: elder.healthNotes,
    sensitiveConsent: elder.sensitiveConsentAt !== null,
    elderAgrees: elder.sensitiveConsentAt !== null,
  };
}

export interface ElderFields {
  name: string;
  birthDate: string;
  address: { street: string; number: number; detail: string };
  phone: string | null;
  difficultyClaimed: Difficulty;
  noSmartphone: boolean;
  healthNotes: string;
  sensitiveConsent: boolean;
  elderAgrees: boolean;
}

/** The first problem in plain words, or the fields to send. Same rules as the server, said before the round trip. */
export function checkDraft(draft: ElderDraft): { problem: string } | { fields: ElderFields } {
  const name = draft.name.trim();
  if (!name) return { problem: '请填写老人的姓名。' };
  const birthDate = parseDate(draft.birthDate);
  if (!birthDate) return { problem: '请选择老人的出生日期。' };
  const street = draft.street.trim();
  if (!street) return { problem: '请填写街道，例如 万安一路。' };
  const number = draft.number.trim();
  if (!/^\d{1,4}$/.test(number) || !isHouseNumber(Number(number))) return { problem: '门牌号请只填数字，例如 12。' };
  const phone = draft.phone.replace(/\s/g, '');
  if (phone && !isPhone(phone))
    return { problem: '电话号码不对：请填 11 位手机号，或带区号的座机号（例如 0532-12345678）。' };
  return {
    fields: {
      name,
      birthDate,
      address: { street, number: Number(number), detail: draft.detail.trim() },
      phone: phone || null,
      noSmartphone: draft.noSmartphone,
      // Without both consents the sensitive fields are not sent at all (the server would drop them anyway).
      ...(draft.sensitiveConsent && draft.elderAgrees
        ? {
            difficultyClaimed: draft.difficultyClaimed,
            healthNotes: draft.healthNotes.trim(),
            sensitiveConsent: true,
            elderAgrees: true,
          }
        : { difficultyClaimed: 'none' as const, healthNotes: '', sensitiveConsent: false, elderAgrees: false }),
    },
  };
}
