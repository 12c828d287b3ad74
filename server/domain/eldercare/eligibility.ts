import type { Difficulty, Eligibility, Verification } from './model';
import { refusal, refusalMessage, type RefusalDetails, type RefusalReason } from './reasons';

/** What eligibility reads from a profile: only the fields the community verified. */
export interface ElderFacts {
  birthDate: string;
  difficulty: Difficulty;
  verification: Verification;
  verificationNote: string | null;
}

export type EligibilityResult =
  | { eligible: true; age: number }
  | { eligible: false; reason: RefusalReason; message: string; details: RefusalDetails };

/**
 * Full years of age on a calendar date. Both are Shanghai calendar dates, so no
 * time zone can shift a birthday; someone born on 29 February turns a year
 * older on 1 March in common years (the month-day comparison does that).
 */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The first date on which the elder is at least `minAge` (the birthday, or 1 March for 29 February). */
export function reachesAgeOn(birthDate: string, minAge: number): string {
  const year = Number(birthDate.slice(0, 4)) + minAge;
  const monthDay = birthDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap ? '03-01' : monthDay}`;
}

/**
 * Whether the elder may receive the service on `serviceDate`: a verified
 * profile first (nothing counts before the community checked it), then age on
 * the service date, then the verified difficulty status.
 */
export function checkEligibility(elder: ElderFacts, rule: Eligibility, serviceDate: string): EligibilityResult {
  const age = ageOn(elder.birthDate, serviceDate);
  if (elder.verification === 'pending') return no('PROFILE_PENDING');
  if (elder.verification === 'rejected') return no('PROFILE_REJECTED', { note: elder.verificationNote });
  if (rule.minAge !== null && age < rule.minAge) {
    return no('TOO_YOUNG', { minAge: rule.minAge, age, eligibleFrom: reachesAgeOn(elder.birthDate, rule.minAge) });
  }
  if (rule.difficultyRequired && elder.difficulty === 'none') return no('NOT_IN_DIFFICULTY');
  return { eligible: true, age };
}

export function assertEligible(elder: ElderFacts, rule: Eligibility, serviceDate: string): number {
  const result = checkEligibility(elder, rule, serviceDate);
  if (!result.eligible) throw refusal(result.reason, result.details);
  return result.age;
}

/** The rule in plain words, for the services list: "90 岁及以上老人，每年 3 次". */
export function describeEligibility(rule: Eligibility, quotaPerYear: number | null): string {
  const who =
    [
      rule.minAge !== null ? `${rule.minAge} 岁及以上老人` : null,
      rule.difficultyRequired ? '低保、特困等困难家庭' : null,
    ]
      .filter(Boolean)
      .join('，') || '辖区老人';
  return quotaPerYear === null ? who : `${who}，每人每年 ${quotaPerYear} 次`;
}

function no(reason: RefusalReason, details: RefusalDetails = {}): EligibilityResult {
  return { eligible: false, reason, message: refusalMessage(reason, details), details };
}
