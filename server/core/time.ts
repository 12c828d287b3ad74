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

/** The same instant seen in Shanghai, for rules and for display. */
export function inShanghai(instant: Date | string): Dayjs {
  return dayjs(instant).tz(RULE_TZ);
}

/** ISO 8601 with the +08:00 offset, for replies that people or Open311 clients read. */
export function toShanghaiIso(instant: Date | string): string {
  return inShanghai(instant).format('YYYY-MM-DDTHH:mm:ssZ');
}

export { dayjs };

// The one display format of times for people, shared with the app (pages and message texts alike).
export { formatClock, formatDay, formatDeadline, formatMoment, formatRange, formatSheetTime } from '../../src/utils/format';
