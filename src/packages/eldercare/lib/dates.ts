/**
 * Dates of this job are calendar dates in Qingdao (UTC+8, no daylight saving).
 * The helpers read instants in UTC+8 whatever the phone's own time zone is.
 */
import { formatClock, formatMoment } from '../../../utils/format';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

function shanghaiParts(instant: number) {
  const d = new Date(instant + SHANGHAI_OFFSET_MS);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    h: d.getUTCHours(),
    min: d.getUTCMinutes(),
  };
}

/** Today's date in Qingdao, YYYY-MM-DD. */
export function shanghaiToday(now: number = Date.now()): string {
  const p = shanghaiParts(now);
  return `${p.y}-${pad(p.m)}-${pad(p.day)}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** "YYYY-MM" shifted by whole months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** "09:00" of an instant, in Qingdao time. */
export const clockTime = (iso: string): string => formatClock(iso);

/** "11月26日（周四）14:05", the app's one time format (src/utils/format.ts). */
export const dateTime = (iso: string, now: number = Date.now()): string => formatMoment(iso, now);

function isCalendarDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A birth date typed the way people write it (1933-5-12, 1933.05.12,
 * 1933/5/12, 1933年5月12日, 19330512) as YYYY-MM-DD; null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '');
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const loose = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(t);
  const match = compact ?? loose;
  if (!match) return null;
  const [y, m, d] = match.slice(1, 4).map(Number);
  if (!isCalendarDate(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
