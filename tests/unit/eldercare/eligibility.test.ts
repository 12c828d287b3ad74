import fc from 'fast-check';
import {
  ageOn,
  checkEligibility,
  describeEligibility,
  reachesAgeOn,
  type ElderFacts,
} from '../../../server/domain/eldercare/eligibility';
import { shanghaiDate, windowStart } from '../../../server/domain/eldercare/calendar';
import { isCalendarDate } from '../../../server/core/time';

const verified = (birthDate: string, difficulty: ElderFacts['difficulty'] = 'none'): ElderFacts => ({
  birthDate,
  difficulty,
  verification: 'verified',
  verificationNote: null,
});
const haircut = { minAge: 90, difficultyRequired: false };
const heating = { minAge: null, difficultyRequired: true };

describe('age on the service date', () => {
  it('turns a year older on the birthday itself, not the day before', () => {
    expect(ageOn('1936-12-03', '2026-12-02')).toBe(89);
    expect(ageOn('1936-12-03', '2026-12-03')).toBe(90);
  });

  it('makes someone born on 29 February a year older on 1 March in common years', () => {
    expect(ageOn('1936-02-29', '2026-02-28')).toBe(89);
    expect(ageOn('1936-02-29', '2026-03-01')).toBe(90);
    expect(ageOn('1936-02-29', '2028-02-29')).toBe(92);
    expect(reachesAgeOn('1936-02-29', 90)).toBe('2026-03-01');
    expect(reachesAgeOn('1936-02-29', 92)).toBe('2028-02-29');
  });

  it('uses the Shanghai date of an instant: 23:30 UTC on 2 December is already 3 December in Qingdao', () => {
    const instant = new Date('2026-12-02T23:30:00Z');
    expect(shanghaiDate(instant)).toBe('2026-12-03');
    expect(ageOn('1936-12-03', shanghaiDate(instant))).toBe(90);
  });

  it('agrees with counting birthdays, for any dates (property)', () => {
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, on] = a <= b ? [a, b] : [b, a];
        const age = ageOn(birth, on);
        expect(age).toBeGreaterThanOrEqual(0);
        // The birthday of year `age` has passed (or is today); that of `age + 1` has not.
        expect(reachesAgeOn(birth, age) <= on).toBe(true);
        expect(reachesAgeOn(birth, age + 1) > on).toBe(true);
      }),
    );
  });

  it('knows real calendar dates from look-alikes', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('puts a morning window at 09:00 and an afternoon one at 14:00 in Shanghai', () => {
    expect(windowStart('2026-12-03', 'am').toISOString()).toBe('2026-12-03T01:00:00.000Z');
    expect(windowStart('2026-12-03', 'pm').toISOString()).toBe('2026-12-03T06:00:00.000Z');
  });
});

describe('eligibility', () => {
  it('accepts a verified elder who is 90 on the service date', () => {
    expect(checkEligibility(verified('1936-12-03'), haircut, '2026-12-03')).toEqual({ eligible: true, age: 90 });
  });

  it('refuses an 89-year-old with TOO_YOUNG, the ages, and the date they become eligible', () => {
    const result = checkEligibility(verified('1936-12-03'), haircut, '2026-12-02');
    expect(result).toMatchObject({
      eligible: false,
      reason: 'TOO_YOUNG',
      details: { minAge: 90, age: 89, eligibleFrom: '2026-12-03' },
    });
    expect(!result.eligible && result.message).toBe('此项服务面向 90 岁及以上老人，服务当天老人 89 岁');
  });

  it('refuses an unverified profile before looking at age, even for a 100-year-old', () => {
    const pending = { ...verified('1926-01-01'), verification: 'pending' as const };
    expect(checkEligibility(pending, haircut, '2026-12-03')).toMatchObject({
      eligible: false,
      reason: 'PROFILE_PENDING',
    });
  });

  it("explains a rejected profile with the community's note", () => {
    const rejected = {
      ...verified('1926-01-01'),
      verification: 'rejected' as const,
      verificationNote: '出生日期与户口簿不符',
    };
    const result = checkEligibility(rejected, haircut, '2026-12-03');
    expect(result).toMatchObject({ eligible: false, reason: 'PROFILE_REJECTED' });
    expect(!result.eligible && result.message).toContain('出生日期与户口簿不符');
  });

  it('requires a verified difficulty status for the heating service, at any age', () => {
    expect(checkEligibility(verified('1990-05-05'), heating, '2026-12-03')).toMatchObject({
      eligible: false,
      reason: 'NOT_IN_DIFFICULTY',
    });
    expect(checkEligibility(verified('1990-05-05', 'dibao'), heating, '2026-12-03')).toMatchObject({ eligible: true });
  });

  it('describes rules in plain words', () => {
    expect(describeEligibility(haircut, 3)).toBe('90 岁及以上老人，每人每年 3 次');
    expect(describeEligibility(heating, 1)).toBe('低保、特困等困难家庭，每人每年 1 次');
    expect(describeEligibility({ minAge: 70, difficultyRequired: false }, null)).toBe('70 岁及以上老人');
  });
});
