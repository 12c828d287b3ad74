/**
 * Times are shown in Qingdao time whatever the phone's time zone, so a
 * resident, the grid worker and the server's own sentences name the same hour.
 */
import { formatDeadline, formatMoment } from '../utils/format';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** "11月26日（周四）14:05", the app's one time format (src/utils/format.ts). */
export const when = (iso: string | null | undefined, now: Date = new Date()): string => formatMoment(iso, now);

/** "12月1日（周一）14:05"; a deadline at midnight reads "11月30日（周日）24:00". */
export const deadline = (iso: string | null | undefined, now: Date = new Date()): string => formatDeadline(iso, now);

/** 0.9736 -> "97.4%"; nothing to divide by -> "暂无". */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '暂无';
  return `${Math.round(rate * 1000) / 10}%`;
}

export function hours(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '暂无';
  return `${value} 小时`;
}

/** Characters as a person counts them (an emoji is one), as the server's length check does. */
export function charCount(text: string): number {
  return Array.from(text.trim()).length;
}

/** "2025-11" for the month `back` months before `now`, in Qingdao time. */
export function monthOf(now: Date, back = 0): string {
  const d = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - back;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** What the running deadline is for, by state (as the server's sla.ts runs it). */
const DUE_VERB: Record<string, string> = {
  submitted: '受理',
  reassigned: '受理',
  reopened: '办结',
  returned: '分派',
  accepted: '办结',
  in_progress: '办结',
};

/** "12月1日（周一）14:05 前受理", or null when no deadline runs. */
export function dueSentence(state: string, dueAt: string | null | undefined, now: Date = new Date()): string | null {
  if (!dueAt || !DUE_VERB[state]) return null;
  return `${deadline(dueAt, now)} 前${DUE_VERB[state]}`;
}
