import type { Difficulty, ElderDoc } from './model';

/**
 * Difficulty status (困难身份) and health notes are sensitive personal
 * information (PIPL art. 28): they are kept only with a separate, explicit
 * consent of the person entering them, who also confirms that the elder (or
 * their legal representative) agrees. Without both the profile is still saved,
 * without those fields: the server drops them, whatever the form sent.
 */
export interface SensitiveConsent {
  /** Who gave it (a guardian, or grid staff entering in person) and when. */
  by: string;
  at: string;
  /** The person entering confirmed the elder or their legal representative agrees. */
  elderAgrees: true;
}

export interface SensitiveAnswer {
  /** The separate consent to process difficulty status and health notes. */
  sensitiveConsent?: boolean;
  /** The elder (or legal representative) agrees. */
  elderAgrees?: boolean;
}

export interface SensitiveFields {
  difficultyClaimed: Difficulty;
  difficulty: Difficulty;
  healthNotes: string;
  sensitiveConsent: SensitiveConsent | null;
}

export const NO_SENSITIVE: Omit<SensitiveFields, 'sensitiveConsent'> = {
  difficultyClaimed: 'none',
  difficulty: 'none',
  healthNotes: '',
};

/** True when this answer gives consent (both boxes ticked). */
export function answerConsents(answer: SensitiveAnswer): boolean {
  return answer.sensitiveConsent === true && answer.elderAgrees === true;
}

/**
 * The sensitive fields to store after a save. `answer` is what the form said
 * now (undefined fields: not asked, keep the consent on record). No consent
 * on record or in the answer: the fields are emptied (a withdrawn consent
 * erases what was held, the verified status included).
 */
export function sensitiveAfter(
  current: Pick<ElderDoc, 'sensitiveConsent'> | null,
  wanted: Pick<SensitiveFields, 'difficultyClaimed' | 'healthNotes'> & { difficulty: Difficulty },
  answer: SensitiveAnswer,
  by: string,
  at: string,
): SensitiveFields {
  const answered = answer.sensitiveConsent !== undefined || answer.elderAgrees !== undefined;
  const consent = answered
    ? answerConsents(answer)
      ? (current?.sensitiveConsent ?? { by, at, elderAgrees: true as const })
      : null
    : (current?.sensitiveConsent ?? null);
  if (!consent) return { ...NO_SENSITIVE, sensitiveConsent: null };
  return { ...wanted, sensitiveConsent: consent };
}
