import type { ApiError } from '../../../api/errors';
import type { BookingStatus, Difficulty, Relation, TimelineEntry } from './types';

/**
 * Every sentence that explains a rule to a family member lives here, in plain
 * words and with the next step, so the pages stay free of wording decisions.
 */

export const DIFFICULTY_OPTIONS: Array<{ value: Difficulty; label: string }> = [
  { value: 'none', label: '无' },
  { value: 'dibao', label: '低保' },
  { value: 'tekun', label: '特困' },
  { value: 'kunnan', label: '困难家庭' },
];

export const RELATION_OPTIONS: Array<{ value: Relation; label: string }> = (
  ['本人', '子女', '配偶', '孙辈', '亲属', '邻居', '其他'] as const
).map((r) => ({ value: r, label: r }));

export function difficultyLabel(value: Difficulty): string {
  return DIFFICULTY_OPTIONS.find((o) => o.value === value)?.label ?? value;
}

type Details = Record<string, unknown> | null | undefined;

/** Some replies (window lists) carry the reason without its numbers: then the server's own sentence is said instead. */
const has = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && value !== '');

function dateWords(date: unknown): string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * Why an elder cannot have a service, and what to do about it. `fallback` is
 * the server's sentence, used for reasons this table does not know.
 */
export function refusalWords(reason: string | undefined, details: Details, fallback: string): string {
  const d = details ?? {};
  switch (reason) {
    case 'PROFILE_PENDING':
      return '老人的信息还在等社区核实。核实通过后就能预约，社区核实后会发消息告诉您。';
    case 'PROFILE_REJECTED':
      return `老人的信息没有通过社区核实${d.note ? `，原因：${String(d.note)}` : ''}。请改好后重新提交。`;
    case 'TOO_YOUNG': {
      if (!has(d.minAge) || !has(d.age)) return fallback;
      const from = dateWords(d.eligibleFrom);
      return `这项服务只给 ${String(d.minAge)} 岁及以上的老人。老人现在 ${String(d.age)} 岁${from ? `，${from}起就可以预约` : ''}。`;
    }
    case 'NOT_IN_DIFFICULTY':
      return '这项服务只给低保、特困等困难家庭。如果家里有相关证明，请联系社区核实困难身份。';
    case 'SERVICE_PAUSED':
      return '服务单位暂时停止了这项服务的预约，请过几天再来看看。';
    case 'QUOTA_USED':
      return `今年的${has(d.quota) ? ` ${String(d.quota)} 次` : ''}免费服务已经用完了（待确认的预约也算在内）。明年 1 月 1 日起可以再预约。`;
    case 'WINDOW_FULL':
      return '这个时间已经约满了，请换一个时间。';
    case 'WINDOW_CLOSED':
      return '这个时间已经停止预约，请换一个时间。';
    case 'WINDOW_PAST':
      return '这个时间已经过去了，请换一个时间。';
    case 'WINDOW_TOO_SOON':
      if (!has(d.hours)) return fallback;
      return `需要至少提前 ${String(d.hours)} 小时预约，请换一个晚一点的时间。`;
    case 'WINDOW_TOO_FAR':
      if (!has(d.days)) return fallback;
      return `只能预约 ${String(d.days)} 天以内的时间，请换一个近一点的时间。`;
    case 'ALREADY_BOOKED':
      return '老人在这个时间已经约过这项服务了，不用重复预约。';
    case 'CANCEL_CUTOFF':
      if (!has(d.hours)) return fallback;
      return `离上门不到 ${String(d.hours)} 小时，不能在网上取消了。如有变化，请直接给服务单位打电话。`;
    case 'VISIT_NOT_STARTED':
      return '到了上门时间以后，才能标记“服务完成”或“上门未遇”。';
    case 'REQUEST_ID_REUSED':
      return '这次提交和上一次的内容对不上。请返回上一页，重新选择后再提交。';
    default:
      return fallback;
  }
}

/** An error from an action, in plain words: the rule's reason when the server gave one. */
export function errorWords(error: ApiError): string {
  const details = (error.details ?? null) as Details;
  const reason = typeof details?.reason === 'string' ? details.reason : undefined;
  return refusalWords(reason, details, error.message);
}

/** Network trouble: the request may or may not have reached the server, so a retry must be safe. */
export function isUncertain(error: ApiError): boolean {
  return (
    error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.code === 'UNAVAILABLE' || error.code === 'BAD_REPLY'
  );
}

/** What the status means for the family, and what happens next. */
export const BOOKER_STATUS_WORDS: Record<BookingStatus, string> = {
  requested: '预约已提交，正在等服务单位确认。确认后会发消息告诉您。',
  confirmed: '服务单位已确认，请按时在家等候。',
  reschedule_proposed: '服务单位想换一个时间，请看下面的新时间，选择同意或不同意。',
  declined: '服务单位没有接这次预约。您可以换个时间重新预约。',
  cancelled: '这次预约已取消，名额已经退回。',
  completed: '服务已完成。',
  no_show: '服务人员上门时家里没有人。如还需要服务，请重新预约。',
};

/** The same for the partner's staff. */
export const PARTNER_STATUS_WORDS: Record<BookingStatus, string> = {
  requested: '新的预约，请确认能否按时上门。',
  confirmed: '已确认，请按时上门。',
  reschedule_proposed: '已建议改期，正在等家属答复。',
  declined: '已拒绝。',
  cancelled: '已取消。',
  completed: '服务已完成。',
  no_show: '上门未遇。',
};

/** The reason the partner gave for its latest refusal or proposal, to show the family. */
export function partnerReason(timeline: TimelineEntry[]): string | null {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const e = timeline[i];
    if ((e.event === 'decline' || e.event === 'partner_cancel' || e.event === 'propose') && e.reason) return e.reason;
  }
  return null;
}

/** Star words for the rating buttons. */
export const STAR_WORDS = ['', '很不满意', '不太满意', '一般', '满意', '非常满意'];
