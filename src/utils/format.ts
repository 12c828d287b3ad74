import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * The one way the app writes a time for a person: Beijing time whatever the
 * phone's zone, "12月3日（周四）16:15", a date alone "12月3日（周四）", the year
 * only when it is not this year. Pages and the server's message texts both use
 * it (server/core/time.ts re-exports it), so a message, a page and a CSV never
 * name different hours for the same moment.
 *
 * Deadlines falling at 00:00 are written as 24:00 of the day before
 * ("11月30日（周一）24:00 前"): "12月1日 00:00 前" read as "by the 1st" to most people.
 */
export const DISPLAY_TZ = 'Asia/Shanghai';
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * Beijing's offset. China has kept UTC+8 all year since 1991, so an instant's
 * Beijing fields are its UTC fields eight hours on. Not dayjs's `.tz()`: that
 * builds an Intl formatter on every call, and these run for every window,
 * deadline and message the server writes (the booking and enrolment bursts).
 */
const BEIJING_OFFSET_HOURS = 8;

/** An instant (ISO string, epoch ms or Date) seen in Beijing; a YYYY-MM-DD date is taken as that Beijing day. */
function beijing(at: string | number | Date): Dayjs | null {
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) {
    // A calendar day has no zone: read its fields as they are written.
    const day = dayjs.utc(at);
    return day.isValid() ? day : null;
  }
  const d = dayjs(at);
  return d.isValid() ? d.utc().add(BEIJING_OFFSET_HOURS, 'hour') : null;
}

function dayOf(d: Dayjs, now: Date | number): string {
  const sameYear = d.year() === beijing(now)?.year();
  return `${sameYear ? '' : `${d.year()}年`}${d.month() + 1}月${d.date()}日（${WEEKDAYS[d.day()]}）`;
}

type When = string | number | Date | null | undefined;

/** "12月3日（周四）16:15"; empty for nothing, the input itself when it is not a time. */
export function formatMoment(at: When, now: Date | number = Date.now()): string {
  if (at === null || at === undefined || at === '') return '';
  const d = beijing(at);
  return d ? `${dayOf(d, now)}${d.format('HH:mm')}` : String(at);
}

/** "12月3日（周四）" for an instant or a YYYY-MM-DD day. */
export function formatDay(at: When, now: Date | number = Date.now()): string {
  if (at === null || at === undefined || at === '') return '';
  const d = beijing(at);
  return d ? dayOf(d, now) : String(at);
}

/** "16:15" in Beijing. */
export function formatClock(at: When): string {
  if (at === null || at === undefined || at === '') return '';
  const d = beijing(at);
  return d ? d.format('HH:mm') : '';
}

/** A deadline: like formatMoment, but 00:00 is 24:00 of the day before ("11月30日（周一）24:00"). */
export function formatDeadline(at: When, now: Date | number = Date.now()): string {
  if (at === null || at === undefined || at === '') return '';
  const d = beijing(at);
  if (!d) return String(at);
  if (d.hour() === 0 && d.minute() === 0) return `${dayOf(d.subtract(1, 'day'), now)}24:00`;
  return formatMoment(at, now);
}

/** "12月5日（周六）09:30-11:00"; an end on another day carries its own date. */
export function formatRange(start: When, end: When, now: Date | number = Date.now()): string {
  const s = start ? beijing(start) : null;
  const e = end ? beijing(end) : null;
  if (!s) return formatMoment(start, now);
  if (!e) return formatMoment(start, now);
  const endText = e.isSame(s, 'day') ? e.format('HH:mm') : formatMoment(end, now);
  return `${formatMoment(start, now)}-${endText}`;
}

/** "2026-12-03 16:15": Beijing time for spreadsheets (sorts as text, Excel reads it as a date). */
export function formatSheetTime(at: When): string {
  if (at === null || at === undefined || at === '') return '';
  const d = beijing(at);
  return d ? d.format('YYYY-MM-DD HH:mm') : '';
}

/** A calendar month "2026-05" as "2026年5月", or "5月" when the year goes without saying; the input itself when it is not a month. */
export function formatMonth(month: string, withYear = true): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return withYear ? `${m[1]}年${Number(m[2])}月` : `${Number(m[2])}月`;
}
