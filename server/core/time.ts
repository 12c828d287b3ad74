import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every rule (working days, ages, yearly quotas) is decided in this zone; instants are stored in UTC. */
export const RULE_TZ = 'Asia/Shanghai';

/** An instant as stored: ISO 8601 in UTC, so string order is time order in both stores. */
export function toIso(instant: Date): string {
  return instant.toISOString();
}

/**
 * The same instant seen in Shanghai, for rules and for display.
 *
 * Hot path: every reply that shows a time calls this (a session card alone
 * twice), and dayjs's `.tz()` builds a fresh Intl formatter per call
 * (toLocaleString with a timeZone) and again on every startOf/endOf/isSame
 * of its result: profiled as a third of an enrolment's CPU time. Here the
 * zone's offset at the instant comes from one cached formatter and the
 * result is a fixed-offset dayjs, which formats, reads fields and rounds to
 * days and months as the `.tz()` one does (Shanghai keeps one offset all year
 * since 1991; the offset is still read per instant, so older instants get
 * their historical one). tests/unit/time.test.ts checks both agree.
 */
export function inShanghai(instant: Date | string): Dayjs {
  const d = dayjs(instant);
  return d.isValid() ? d.utcOffset(shanghaiOffsetMinutes(d.valueOf())) : d.tz(RULE_TZ);
}

/**
 * A Shanghai wall-clock time ('2026-12-03' or '2026-12-03 09:00') as an
 * instant, for the same reason as inShanghai: `dayjs.tz(wall, RULE_TZ)` costs
 * several zone lookups per call and every booking reply makes a few.
 */
export function atShanghai(wall: string): Dayjs {
  const asUtc = dayjs.utc(wall);
  if (!asUtc.isValid()) return dayjs.tz(wall, RULE_TZ);
  const guess = asUtc.valueOf() - shanghaiOffsetMinutes(asUtc.valueOf()) * 60_000;
  const offset = shanghaiOffsetMinutes(guess);
  return dayjs(asUtc.valueOf() - offset * 60_000).utcOffset(offset);
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/**
 * atShanghai(wall).valueOf() without building dayjs objects: the same offset
 * arithmetic on plain numbers. A booking tap checks its window with this, the
 * date below and a day count, and built about six dayjs objects for them.
 */
export function shanghaiWallMs(wall: string): number {
  const m = WALL.exec(wall);
  if (!m || Number(m[1]) < FAST_FROM_YEAR) return atShanghai(wall).valueOf();
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  const guess = asUtc - shanghaiOffsetMinutes(asUtc) * 60_000;
  return asUtc - shanghaiOffsetMinutes(guess) * 60_000;
}

/** The Shanghai calendar date (YYYY-MM-DD) of an instant, as inShanghai(instant).format('YYYY-MM-DD'). */
export function shanghaiDay(instant: Date | string): string {
  // dayjs reads a string with a Z as Date.parse does, and one without in the process's own zone: those go the long way.
  const ms = typeof instant !== 'string' ? instant.getTime() : /Z$/i.test(instant) ? Date.parse(instant) : NaN;
  // So do invalid instants and years outside 1901-9999.
  if (!(ms >= FAST_FROM && ms < FAST_TO - 86_400_000)) return inShanghai(instant).format('YYYY-MM-DD');
  return new Date(ms + shanghaiOffsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}

/** A calendar date `days` later (or earlier), as atShanghai(date).add(days, 'day').format('YYYY-MM-DD'). */
export function addCalendarDays(date: string, days: number): string {
  const m = WALL.exec(date);
  const ms =
    m && !m[4] && Number(m[1]) >= FAST_FROM_YEAR ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days) : NaN;
  if (!(ms >= FAST_FROM && ms < FAST_TO)) return atShanghai(date).add(days, 'day').format('YYYY-MM-DD');
  return new Date(ms).toISOString().slice(0, 10);
}

// Plain arithmetic covers 1901-9999 (Date.UTC reads years 0-99 as 19xx; past 9999 toISOString prints six digits).
const FAST_FROM_YEAR = 1901;
const FAST_FROM = Date.UTC(FAST_FROM_YEAR, 0, 1);
const FAST_TO = Date.UTC(10000, 0, 1);

let wallFormat: Intl.DateTimeFormat | null = null;

const HOUR_MS = 3_600_000;
/** Since 1901 every change of Shanghai's offset (to and from summer time) fell on a whole UTC hour. */
const WHOLE_HOUR_CHANGES_SINCE = Date.UTC(1901, 0, 1);
const offsetByHour = new Map<number, number>();

/**
 * Minutes east of UTC in Asia/Shanghai at `ms`. Remembered per UTC hour: one
 * formatToParts per call was still a tenth of a booking's CPU time (a window's
 * start, today's date and a day count each read the offset), and the offset
 * cannot change within an hour that began on a whole UTC hour (see above).
 */
export function shanghaiOffsetMinutes(ms: number): number {
  if (!(ms >= WHOLE_HOUR_CHANGES_SINCE)) return zoneOffsetMinutes(ms);
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = zoneOffsetMinutes(ms);
    if (offsetByHour.size >= 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The offset from the zone database (the formatter is built on first use: the first zoned formatter loads ICU zone data). */
function zoneOffsetMinutes(ms: number): number {
  wallFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: RULE_TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const f: Record<string, number> = {};
  for (const part of wallFormat.formatToParts(ms)) if (part.type !== 'literal') f[part.type] = Number(part.value);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
}

/** ISO 8601 with the +08:00 offset, for replies that people or Open311 clients read. */
export function toShanghaiIso(instant: Date | string): string {
  return inShanghai(instant).format('YYYY-MM-DDTHH:mm:ssZ');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const parsed = dayjs(text);
  return parsed.isValid() && parsed.format('YYYY-MM-DD') === text;
}

export { dayjs };

// The one display format of times for people, shared with the app (pages and message texts alike).
export {
  formatClock,
  formatDay,
  formatDeadline,
  formatMoment,
  formatRange,
  formatSheetTime,
} from '../../src/utils/format';
