/**
 * Times are shown in Shanghai time whatever the phone's zone, like the
 * server's ready-made `when` labels. China has no daylight saving, so a fixed
 * +8 hours is exact and needs no time-zone data in the bundle.
 */
import { formatMoment } from '../../../utils/format';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

function shanghaiParts(iso: string) {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t + SHANGHAI_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** "12月4日（周五）09:30", the app's one time format (src/utils/format.ts). */
export function momentLabel(iso: string | null | undefined): string {
  return formatMoment(iso);
}

/** "2026-12-05" and "09:30" in Shanghai, for the edit form. */
export function dateAndTime(iso: string): { date: string; time: string } {
  const p = shanghaiParts(iso);
  if (!p) return { date: '', time: '' };
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** "2026-12-05" + "9:30" -> "2026-12-05T09:30:00+08:00", or null when either is not a real date or time. */
export function shanghaiInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date.trim());
  const t = /^(\d{1,2})[:：](\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`;
}

/** "1分05秒" or "45秒": lesson lengths in words elders read easily. */
export function durationLabel(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  if (m === 0) return `${s}秒`;
  const rest = s % 60;
  return rest === 0 ? `${m}分钟` : `${m}分${pad(rest)}秒`;
}
