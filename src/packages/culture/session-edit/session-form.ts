import { dateAndTime, shanghaiInstant } from '../lib/format';
import type { CategoryId, CreateSessionInput, SessionCard } from '../lib/types';

/**
 * The staff form for a session as plain strings (what the fields hold), and
 * its translation into the server's input. Kept pure so the rules are tested
 * without a page.
 */
export interface SessionForm {
  kind: 'class' | 'event';
  title: string;
  category: CategoryId;
  /** '' when the session belongs to no offline course. */
  courseId: string;
  series: string;
  venue: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: string;
  description: string;
  /** Residents may cancel until this many hours before the start. */
  cancelHours: string;
  offerHours: string;
}

export const DEFAULT_CANCEL_HOURS = 24;
export const DEFAULT_OFFER_HOURS = 24;

export function emptyForm(): SessionForm {
  return {
    kind: 'event',
    title: '',
    category: 'festival',
    courseId: '',
    series: '',
    venue: '',
    date: '',
    startTime: '',
    endTime: '',
    capacity: '',
    description: '',
    cancelHours: String(DEFAULT_CANCEL_HOURS),
    offerHours: String(DEFAULT_OFFER_HOURS),
  };
}

type Editable = Pick<
  SessionCard,
  | 'kind'
  | 'title'
  | 'category'
  | 'courseId'
  | 'series'
  | 'venue'
  | 'startsAt'
  | 'endsAt'
  | 'capacity'
  | 'description'
  | 'cancelDeadline'
  | 'offerHours'
>;

export function formFromSession(s: Editable): SessionForm {
  const start = dateAndTime(s.startsAt);
  const end = dateAndTime(s.endsAt);
  const cancelHours = Math.max(0, Math.round((Date.parse(s.startsAt) - Date.parse(s.cancelDeadline)) / 3600_000));
  return {
    kind: s.kind,
    title: s.title,
    category: s.category as CategoryId,
    courseId: s.courseId ?? '',
    series: s.series ?? '',
    venue: s.venue,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    capacity: String(s.capacity),
    description: s.description,
    cancelHours: String(cancelHours),
    offerHours: String(s.offerHours),
  };
}

export type SessionInput = Omit<
  CreateSessionInput,
  'communityId' | 'organiser' | 'signupOpensAt' | 'signupClosesAt'
> & { cancelDeadline: string; offerHours: number };

function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** The server's input, or the first problem in words a staff member can act on. */
export function toInput(form: SessionForm): { input: SessionInput } | { error: string } {
  if (!form.title.trim()) return { error: '请填写活动名称。' };
  if (!form.venue.trim()) return { error: '请填写活动地点。' };
  if (!shanghaiInstant(form.date, '00:00')) return { error: '请选择活动日期。' };
  const startsAt = shanghaiInstant(form.date, form.startTime);
  if (!startsAt) return { error: '请选择开始时间。' };
  const endsAt = shanghaiInstant(form.date, form.endTime);
  if (!endsAt) return { error: '请选择结束时间。' };
  if (Date.parse(endsAt) <= Date.parse(startsAt)) return { error: '结束时间要晚于开始时间。' };
  const capacity = wholeNumber(form.capacity);
  if (capacity === null || capacity < 1) return { error: '请填写名额（至少 1 人）。' };
  const cancelHours = wholeNumber(form.cancelHours);
  if (cancelHours === null) return { error: '“开始前多少小时停止取消”请填整数，例如 24。' };
  const offerHours = wholeNumber(form.offerHours);
  if (offerHours === null || offerHours < 1 || offerHours > 168)
    return { error: '候补确认时限请填 1 到 168 之间的整数小时。' };
  const cancelDeadline = new Date(Date.parse(startsAt) - cancelHours * 3600_000).toISOString();
  return {
    input: {
      kind: form.kind,
      title: form.title.trim(),
      category: form.category,
      courseId: form.kind === 'class' && form.courseId ? form.courseId : null,
      series: form.kind === 'event' && form.series.trim() ? form.series.trim() : null,
      venue: form.venue.trim(),
      description: form.description.trim(),
      startsAt,
      endsAt,
      capacity,
      cancelDeadline,
      offerHours,
    },
  };
}

/** Only what changed, so an edit of the title does not re-send (and re-check) the times. */
export function changedFields(before: SessionInput, after: SessionInput): Partial<SessionInput> {
  const patch: Partial<SessionInput> = {};
  const TIMES = ['startsAt', 'endsAt', 'cancelDeadline'];
  // Times compare as instants: the server answers in UTC, the form sends +08:00.
  const same = (key: string, a: unknown, b: unknown) =>
    TIMES.includes(key) ? Date.parse(String(a)) === Date.parse(String(b)) : JSON.stringify(a) === JSON.stringify(b);
  for (const key of Object.keys(after) as Array<keyof SessionInput>) {
    if (!same(key, before[key], after[key])) (patch as Record<string, unknown>)[key] = after[key];
  }
  return patch;
}
