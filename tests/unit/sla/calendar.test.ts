import fc from 'fast-check';
import {
  addWorkingDays,
  isWorkingDay,
  makeCalendar,
  shanghaiDay,
  shanghaiIso,
  shanghaiMonth,
} from '../../../server/domain/sla/calendar';
import { DEFAULT_HOLIDAYS, DEFAULT_WORKDAYS } from '../../../server/domain/sla/holidays';
import { inShanghai, toShanghaiIso } from '../../../server/core/time';

const cal = makeCalendar(DEFAULT_HOLIDAYS, DEFAULT_WORKDAYS);
const plain = makeCalendar([], []);
/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);
const shOut = (d: Date) => toShanghaiIso(d).slice(0, 16);

describe('working-day calendar', () => {
  it('treats Monday to Friday as working days and weekends as rest days', () => {
    expect(isWorkingDay('2026-11-27', plain)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28', plain)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29', plain)).toBe(false); // Sunday
  });

  it('treats the published 2026 holidays as rest days and the adjusted Saturdays as working days', () => {
    expect(isWorkingDay('2026-10-05', cal)).toBe(false); // 国庆, a Monday
    expect(isWorkingDay('2026-10-10', cal)).toBe(true); // 调休上班, a Saturday
    expect(isWorkingDay('2026-02-14', cal)).toBe(true); // 春节调休, a Saturday
    expect(isWorkingDay('2026-02-16', cal)).toBe(false); // 春节, a Monday
  });

  it('keeps the time of day when adding working days inside the week', () => {
    expect(shOut(addWorkingDays(sh('2026-11-26T10:00'), 1, cal))).toBe('2026-11-27T10:00');
  });

  it('skips the weekend: Friday afternoon plus one working day is Monday afternoon', () => {
    expect(shOut(addWorkingDays(sh('2026-11-27T15:00'), 1, cal))).toBe('2026-11-30T15:00');
  });

  it('starts the clock at the next working morning for a report filed on a rest day', () => {
    expect(shOut(addWorkingDays(sh('2026-11-28T10:00'), 1, cal))).toBe('2026-12-01T00:00');
  });

  it('skips the National Day week and counts the adjusted Saturday', () => {
    // Filed Wednesday 30 Sep; 1-7 Oct are holidays; Thursday 8 and Friday 9 are working days; Saturday 10 is a working day.
    expect(shOut(addWorkingDays(sh('2026-09-30T09:00'), 1, cal))).toBe('2026-10-08T09:00');
    expect(shOut(addWorkingDays(sh('2026-09-30T09:00'), 3, cal))).toBe('2026-10-10T09:00');
    expect(shOut(addWorkingDays(sh('2026-09-30T09:00'), 4, cal))).toBe('2026-10-12T09:00');
  });

  it('decides the day in Shanghai, not in UTC', () => {
    // 2026-11-27 23:30 UTC is already Saturday morning in Shanghai.
    expect(shanghaiDay(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(shOut(addWorkingDays(new Date('2026-11-27T23:30:00Z'), 1, cal))).toBe('2026-12-01T00:00');
  });

  it('follows a configured holiday list', () => {
    const custom = makeCalendar(['2026-11-27'], []);
    expect(shOut(addWorkingDays(sh('2026-11-26T10:00'), 1, custom))).toBe('2026-11-30T10:00');
  });

  it('refuses a calendar without any working day instead of hanging', () => {
    const days: string[] = [];
    for (
      let d = new Date('2026-11-01T00:00:00Z');
      d < new Date('2034-01-01T00:00:00Z');
      d = new Date(d.getTime() + 86_400_000)
    )
      days.push(d.toISOString().slice(0, 10));
    expect(() => addWorkingDays(sh('2026-11-26T10:00'), 1, makeCalendar(days, []))).toThrow('工作日历配置有误');
  });
});

describe('fast Shanghai formatting', () => {
  it('agrees with server/core/time.ts for any instant from 1992 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const d = new Date(ms);
        expect(shanghaiIso(d)).toBe(toShanghaiIso(d));
        expect(shanghaiDay(d)).toBe(inShanghai(d).format('YYYY-MM-DD'));
        expect(shanghaiMonth(d)).toBe(inShanghai(d).format('YYYY-MM'));
      }),
      { numRuns: 2000 },
    );
  });
});
