import fc from 'fast-check';
import {
  RULE_TZ,
  addCalendarDays,
  atShanghai,
  dayjs,
  inShanghai,
  shanghaiDay,
  shanghaiOffsetMinutes,
  shanghaiWallMs,
  toShanghaiIso,
} from '../../server/core/time';

/*
 * inShanghai avoids dayjs's .tz() on the hot path (server/core/time.ts); it must
 * read every instant exactly as .tz(RULE_TZ) does.
 */
const reference = (instant: Date | string) => dayjs(instant).tz(RULE_TZ);
const instants = (from: string, to: string) => fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true });

// From 1971: before 1970 dayjs's own .tz() rounds negative epoch milliseconds the wrong way (offsets like +07:59.98).
test('formats, fields and offsets agree with dayjs .tz() from 1971 to 2099, summer time of 1986-91 included', () => {
  fc.assert(
    fc.property(instants('1971-01-01T00:00:00Z', '2099-12-31T00:00:00Z'), (date) => {
      const fast = inShanghai(date);
      const slow = reference(date);
      expect(fast.format('YYYY-MM-DD HH:mm:ss.SSS Z')).toBe(slow.format('YYYY-MM-DD HH:mm:ss.SSS Z'));
      expect([fast.day(), fast.hour(), fast.date(), fast.month()]).toEqual([
        slow.day(),
        slow.hour(),
        slow.date(),
        slow.month(),
      ]);
      expect(fast.valueOf()).toBe(date.getTime());
    }),
    { numRuns: 200 },
  );
});

test('day and month rounding and day arithmetic agree since Shanghai dropped summer time (1991)', () => {
  fc.assert(
    fc.property(
      instants('1992-01-01T00:00:00Z', '2099-12-31T00:00:00Z'),
      instants('1992-01-01T00:00:00Z', '2099-12-31T00:00:00Z'),
      (a, b) => {
        expect(inShanghai(a).startOf('month').toISOString()).toBe(reference(a).startOf('month').toISOString());
        expect(inShanghai(a).startOf('day').toISOString()).toBe(reference(a).startOf('day').toISOString());
        expect(inShanghai(a).add(3, 'day').format('YYYY-MM-DD')).toBe(reference(a).add(3, 'day').format('YYYY-MM-DD'));
        expect(inShanghai(b).isSame(inShanghai(a), 'day')).toBe(reference(b).isSame(reference(a), 'day'));
      },
    ),
    { numRuns: 150 },
  );
});

test('the day boundary is Shanghai midnight, and replies carry +08:00', () => {
  expect(inShanghai('2026-12-04T15:59:59Z').format('YYYY-MM-DD')).toBe('2026-12-04');
  expect(inShanghai('2026-12-04T16:00:00Z').format('YYYY-MM-DD')).toBe('2026-12-05');
  expect(inShanghai('2026-12-04T16:00:00Z').isSame(inShanghai('2026-12-05T15:59:59Z'), 'day')).toBe(true);
  expect(toShanghaiIso('2026-12-04T16:00:00.000Z')).toBe('2026-12-05T00:00:00+08:00');
  expect(shanghaiOffsetMinutes(Date.parse('2026-06-01T00:00:00Z'))).toBe(480);
  // Summer time of 1988 (+09:00), as the zone database has it.
  expect(shanghaiOffsetMinutes(Date.parse('1988-07-01T00:00:00Z'))).toBe(540);
  expect(inShanghai('not a date').isValid()).toBe(false);
});

test('a Shanghai wall-clock time reads as the same instant as dayjs.tz()', () => {
  const walls = fc
    .record({
      date: instants('1971-01-01T00:00:00Z', '2099-12-31T00:00:00Z'),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(({ date, hour, minute }) => ({
      day: date.toISOString().slice(0, 10),
      time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    }));
  fc.assert(
    fc.property(walls, ({ day, time }) => {
      expect(atShanghai(day).toISOString()).toBe(dayjs.tz(day, RULE_TZ).toISOString());
      // Skip the wall times that did not exist or happened twice when summer time began or ended (1986-91).
      const slow = dayjs.tz(`${day} ${time}`, RULE_TZ);
      if (slow.format('YYYY-MM-DD HH:mm') === `${day} ${time}`)
        expect(atShanghai(`${day} ${time}`).toISOString()).toBe(slow.toISOString());
      expect(atShanghai(day).add(40, 'day').format('YYYY-MM-DD')).toBe(
        dayjs.tz(day, RULE_TZ).add(40, 'day').format('YYYY-MM-DD'),
      );
      expect(atShanghai(day).day()).toBe(dayjs.tz(day, RULE_TZ).day());
    }),
    { numRuns: 200 },
  );
  expect(atShanghai('2026-12-03 09:00').toISOString()).toBe('2026-12-03T01:00:00.000Z');
});

test('the plain-number helpers of the booking checks agree with their dayjs forms', () => {
  const days = instants('1971-01-01T00:00:00Z', '2099-12-31T00:00:00Z').map((date) => date.toISOString().slice(0, 10));
  fc.assert(
    fc.property(
      instants('1971-01-01T00:00:00Z', '2099-12-31T00:00:00Z'),
      days,
      fc.integer({ min: -400, max: 400 }),
      fc.integer({ min: 0, max: 23 }),
      (instant, day, shift, hour) => {
        expect(shanghaiDay(instant)).toBe(reference(instant).format('YYYY-MM-DD'));
        expect(shanghaiDay(instant.toISOString())).toBe(reference(instant).format('YYYY-MM-DD'));
        expect(addCalendarDays(day, shift)).toBe(atShanghai(day).add(shift, 'day').format('YYYY-MM-DD'));
        const wall = `${day} ${String(hour).padStart(2, '0')}:00`;
        expect(shanghaiWallMs(wall)).toBe(atShanghai(wall).valueOf());
        expect(shanghaiWallMs(day)).toBe(atShanghai(day).valueOf());
      },
    ),
    { numRuns: 200 },
  );
  expect(shanghaiDay('2026-12-04T16:00:00Z')).toBe('2026-12-05');
  expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
  expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(shanghaiWallMs('2026-12-03 09:00')).toBe(Date.parse('2026-12-03T01:00:00Z'));
  // What plain arithmetic does not cover takes the dayjs path and answers as it does.
  expect(shanghaiDay('not a date')).toBe(inShanghai('not a date').format('YYYY-MM-DD'));
  expect(addCalendarDays('0050-03-01', 1)).toBe(atShanghai('0050-03-01').add(1, 'day').format('YYYY-MM-DD'));
});
