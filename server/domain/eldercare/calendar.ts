import { addCalendarDays, formatDay, shanghaiDay, shanghaiWallMs } from '../../core/time';
import type { Period } from './model';

/**
 * Dates of this job are Shanghai calendar dates (YYYY-MM-DD); a window is a
 * half day of one. The hours are what partners agreed for home visits.
 */
export const PERIOD_HOURS: Record<Period, { start: string; end: string }> = {
  am: { start: '09:00', end: '12:00' },
  pm: { start: '14:00', end: '17:00' },
};

export function shanghaiDate(instant: Date | string): string {
  return shanghaiDay(instant);
}

export function addDays(date: string, days: number): string {
  return addCalendarDays(date, days);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function windowStart(date: string, period: Period): Date {
  return new Date(shanghaiWallMs(`${date} ${PERIOD_HOURS[period].start}`));
}

export function windowEnd(date: string, period: Period): Date {
  return new Date(shanghaiWallMs(`${date} ${PERIOD_HOURS[period].end}`));
}

/** 12月3日（周四）上午: how people say a window. */
export function windowLabel(date: string, period: Period): string {
  return `${formatDay(date)}${period === 'am' ? '上午' : '下午'}`;
}
