// A phone set to New York must still read Beijing time: set the zone before any Date is made.
process.env.TZ = 'America/New_York';

import {
  formatClock,
  formatDay,
  formatDeadline,
  formatMoment,
  formatMonth,
  formatRange,
  formatSheetTime,
} from '../../../src/utils/format';

const now = new Date('2026-11-26T04:00:00.000Z');

describe('the one time format (Beijing time whatever the device zone)', () => {
  it('runs in a zone other than Beijing', () => {
    expect(new Date('2026-12-03T08:15:00.000Z').getHours()).not.toBe(16);
  });

  it('writes a moment as "12月3日（周四）16:15" and a day as "12月3日（周四）"', () => {
    expect(formatMoment('2026-12-03T08:15:00.000Z', now)).toBe('12月3日（周四）16:15');
    expect(formatDay('2026-12-03T08:15:00.000Z', now)).toBe('12月3日（周四）');
    expect(formatDay('2026-12-03', now)).toBe('12月3日（周四）');
    expect(formatClock('2026-12-03T08:15:00.000Z')).toBe('16:15');
  });

  it('crosses midnight in Beijing, not in the device zone', () => {
    expect(formatMoment('2026-12-03T17:30:00.000Z', now)).toBe('12月4日（周五）01:30');
  });

  it('adds the year only when it is not this year', () => {
    expect(formatMoment('2025-01-02T00:00:00.000Z', now)).toBe('2025年1月2日（周四）08:00');
  });

  it('writes a midnight deadline as 24:00 of the day it means', () => {
    expect(formatDeadline('2026-11-30T16:00:00.000Z', now)).toBe('11月30日（周一）24:00');
    expect(formatDeadline('2026-11-30T16:30:00.000Z', now)).toBe('12月1日（周二）00:30');
  });

  it('writes a range with the end on the same day as a time only', () => {
    expect(formatRange('2026-12-05T01:30:00.000Z', '2026-12-05T03:00:00.000Z', now)).toBe('12月5日（周六）09:30-11:00');
    expect(formatRange('2026-12-05T14:00:00.000Z', '2026-12-05T17:00:00.000Z', now)).toBe(
      '12月5日（周六）22:00-12月6日（周日）01:00',
    );
  });

  it('writes spreadsheet times as sortable Beijing local times', () => {
    expect(formatSheetTime('2026-12-03T17:30:00.000Z')).toBe('2026-12-04 01:30');
  });

  it('shows nothing for nothing and an unreadable value as it is', () => {
    expect(formatMoment(null)).toBe('');
    expect(formatMoment('不是时间')).toBe('不是时间');
  });
});

describe('month labels (statistics of every job)', () => {
  it('writes a month with its year, or without when the year goes without saying', () => {
    expect(formatMonth('2026-05')).toBe('2026年5月');
    expect(formatMonth('2026-12', false)).toBe('12月');
  });

  it('leaves what is not a month as it is', () => {
    expect(formatMonth('全部')).toBe('全部');
    expect(formatMonth('2026-5')).toBe('2026-5');
  });
});
