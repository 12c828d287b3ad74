import { refusal } from './reasons';
import { dayjs, RULE_TZ } from '../../core/time';

/**
 * The working-day calendar of the time limits, decided in Asia/Shanghai.
 * A day is a working day when it is listed as an adjusted working day (调休上班),
 * or else when it is Monday to Friday and not a listed holiday.
 */
export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const MAX_SCAN_DAYS = 400 + 31 * 60;

export function makeCalendar(holidays: readonly string[], workdays: readonly string[]): WorkCalendar {
  return { holidays: new Set(holidays), workdays: new Set(workdays) };
}

/** Monday..Sunday of a YYYY-MM-DD day, read as a calendar date (no zone involved). */
function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, cal: WorkCalendar): boolean {
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  const dow = weekday(day);
  return dow !== 0 && dow !== 6;
}

/*
 * Day arithmetic runs for every deadline and every counter key, so it uses a
 * cached Intl formatter in the rule zone (a few microseconds) rather than a
 * dayjs zone conversion per call (about a hundred); midnights are cached per day.
 * tests/unit/sla/calendar.test.ts checks both against server/core/time.ts.
 */
// Built on first use, not at load: the first zoned Intl formatter loads ICU's
// zone data (tens of ms), which a cloud function that never computes a
// deadline should not pay on every cold start (npm run bench, bundles).
let formats: { day: Intl.DateTimeFormat; wall: Intl.DateTimeFormat } | null = null;
function zoneFormats() {
  formats ??= {
    day: new Intl.DateTimeFormat('en-CA', { timeZone: RULE_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }),
    wall: new Intl.DateTimeFormat('sv-SE', {
      timeZone: RULE_TZ,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }),
  };
  return formats;
}
const midnights = new Map<string, number>();

const toDate = (instant: Date | string) => (typeof instant === 'string' ? new Date(instant) : instant);

/** The Shanghai calendar day of an instant, YYYY-MM-DD. */
export function shanghaiDay(instant: Date | string): string {
  return zoneFormats().day.format(toDate(instant));
}

/** The Shanghai month of an instant, YYYY-MM (statistics are kept per month). */
export function shanghaiMonth(instant: Date | string): string {
  return shanghaiDay(instant).slice(0, 7);
}

/** The instant as Shanghai wall-clock time with its offset, e.g. 2026-11-26T10:00:00+08:00 (same as toShanghaiIso, faster). */
export function shanghaiIso(instant: Date | string): string {
  const date = toDate(instant);
  const wall = zoneFormats().wall.format(date).replace(' ', 'T');
  const wallMs = Date.parse(`${wall}Z`);
  const offset = Math.round((wallMs - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function startOfShanghaiDay(day: string): number {
  let ms = midnights.get(day);
  if (ms === undefined) {
    ms = dayjs.tz(`${day} 00:00:00`, RULE_TZ).valueOf();
    midnights.set(day, ms);
  }
  return ms;
}

/**
 * The instant n working days after `from`. A working day counts as a whole
 * day: something filed on Friday at 15:00 with one working day is due on
 * Monday at 15:00. Filed on a rest day, the clock starts at 00:00 of the next
 * working day, so a Saturday report with one working day is due at the end of
 * Monday (Tuesday 00:00). Holidays in between are skipped.
 */
export function addWorkingDays(from: Date, n: number, cal: WorkCalendar): Date {
  let day = shanghaiDay(from);
  let msIntoDay = from.getTime() - startOfShanghaiDay(day);
  // A holiday list that blocks out whole years is a configuration mistake, not a reason to hang.
  let guard = 0;
  const step = () => {
    day = nextDay(day);
    if (++guard > MAX_SCAN_DAYS) throw refusal('CALENDAR_NO_WORKDAY');
  };
  if (!isWorkingDay(day, cal)) {
    msIntoDay = 0;
    do step();
    while (!isWorkingDay(day, cal));
  }
  for (let counted = 0; counted < n;) {
    step();
    if (isWorkingDay(day, cal)) counted++;
  }
  return new Date(startOfShanghaiDay(day) + msIntoDay);
}
