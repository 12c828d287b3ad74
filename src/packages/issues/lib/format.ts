/**
 * Times are shown in Qingdao time whatever the phone's time zone, so a
 * resident, the grid worker and the server's own sentences name the same hour.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const pad = (n: number) => String(n).padStart(2, '0');

function shanghai(iso: string): Date | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t + SHANGHAI_OFFSET_MS);
}

/** "11月26日 14:05"; the year is added when it is not this year. */
export function when(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '';
  const d = shanghai(iso);
  if (!d) return iso;
  const text = `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const thisYear = new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  return d.getUTCFullYear() === thisYear ? text : `${d.getUTCFullYear()}年${text}`;
}

/** "12月1日（周一）14:05": deadlines carry the weekday, which people plan by. */
export function deadline(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '';
  const d = shanghai(iso);
  if (!d) return iso;
  const [day, time] = when(iso, now).split(' ');
  return `${day}（周${WEEKDAYS[d.getUTCDay()]}）${time}`;
}

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

/** "2025-11" -> "2025年11月" */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[1]}年${Number(m[2])}月` : month;
}

/** What the running deadline is for, by state (as the server's sla.ts runs it). */
const DUE_VERB: Record<string, string> = { submitted: '受理', reassigned: '受理', reopened: '办结', returned: '分派', accepted: '办结', in_progress: '办结' };

/** "12月1日（周一）14:05 前受理", or null when no deadline runs. */
export function dueSentence(state: string, dueAt: string | null | undefined, now: Date = new Date()): string | null {
  if (!dueAt || !DUE_VERB[state]) return null;
  return `${deadline(dueAt, now)} 前${DUE_VERB[state]}`;
}
