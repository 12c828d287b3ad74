import { deadline, dueSentence, monthOf, percent, when } from '../../../src/issues/format';
import { newRequestId } from '../../../src/utils/request-id';

const now = new Date('2026-11-26T04:00:00.000Z');

describe('issue formatting', () => {
  it('shows times in Qingdao time with the weekday on deadlines', () => {
    expect(when('2026-11-26T06:05:00.000Z', now)).toBe('11月26日（周四）14:05');
    expect(deadline('2026-11-30T16:30:00.000Z', now)).toBe('12月1日（周二）00:30');
    expect(when('2025-01-02T00:00:00.000Z', now)).toBe('2025年1月2日（周四）08:00');
    // Midnight deadlines read as the end of the day they mean.
    expect(dueSentence('submitted', '2026-11-30T16:00:00.000Z', now)).toBe('11月30日（周一）24:00 前受理');
  });

  it('names what the running deadline is for', () => {
    expect(dueSentence('submitted', '2026-11-27T06:05:00.000Z', now)).toBe('11月27日（周五）14:05 前受理');
    expect(dueSentence('in_progress', '2026-11-27T06:05:00.000Z', now)).toBe('11月27日（周五）14:05 前办结');
    expect(dueSentence('resolved', '2026-11-27T06:05:00.000Z', now)).toBeNull();
  });

  it('writes rates as percentages and says 暂无 without data', () => {
    expect(percent(0.9736)).toBe('97.4%');
    expect(percent(null)).toBe('暂无');
  });

  it('counts months back across a year end', () => {
    expect(monthOf(new Date('2026-01-31T20:00:00.000Z'))).toBe('2026-02');
    expect(monthOf(new Date('2026-01-15T00:00:00.000Z'), 1)).toBe('2025-12');
    expect(monthOf(now, 5)).toBe('2026-06');
  });

  it('makes request ids the server accepts', () => {
    expect(newRequestId('is')).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
