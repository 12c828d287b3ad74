import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Every refusal of a booking rule has a reason code the UI can explain, and one
 * Chinese sentence here. Errors carry `details.reason`, so the page can show a
 * tailored hint (e.g. "联系社区核实") without parsing the message.
 */
export type RefusalReason =
  | 'PROFILE_PENDING'
  | 'PROFILE_REJECTED'
  | 'TOO_YOUNG'
  | 'NOT_IN_DIFFICULTY'
  | 'SERVICE_PAUSED'
  | 'QUOTA_USED'
  | 'WINDOW_FULL'
  | 'WINDOW_CLOSED'
  | 'WINDOW_PAST'
  | 'WINDOW_TOO_SOON'
  | 'WINDOW_TOO_FAR'
  | 'ALREADY_BOOKED'
  | 'CANCEL_CUTOFF'
  | 'VISIT_NOT_STARTED'
  | 'ILLEGAL_TRANSITION'
  | 'REQUEST_ID_REUSED';

export type { RefusalDetails };

const MESSAGES: Record<RefusalReason, (d: RefusalDetails) => string> = {
  PROFILE_PENDING: () => '老人信息尚待社区核实，核实通过后才能预约',
  PROFILE_REJECTED: (d) => `老人信息未通过社区核实${d.note ? `（${d.note}）` : ''}，请修改后重新提交`,
  TOO_YOUNG: (d) => `此项服务面向 ${d.minAge} 岁及以上老人，服务当天老人 ${d.age} 岁`,
  NOT_IN_DIFFICULTY: () => '此项服务面向低保、特困等困难家庭，需经社区核实困难身份',
  SERVICE_PAUSED: () => '此项服务暂停预约',
  QUOTA_USED: (d) => `本年度 ${d.quota} 次免费服务已用完（含待确认和已完成的预约）`,
  WINDOW_FULL: () => '该时段已约满，请选择其他时段',
  WINDOW_CLOSED: () => '该时段已停止预约，请选择其他时段',
  WINDOW_PAST: () => '该时段已经过去，请选择其他时段',
  WINDOW_TOO_SOON: (d) => `请至少提前 ${d.hours} 小时预约`,
  WINDOW_TOO_FAR: (d) => `最多只能预约 ${d.days} 天以内的时段`,
  ALREADY_BOOKED: () => '老人在这个时段已经预约了这项服务',
  CANCEL_CUTOFF: (d) => `服务开始前 ${d.hours} 小时内不能在线取消，请直接联系服务方`,
  VISIT_NOT_STARTED: () => '服务时段开始后才能标记完成或未遇',
  ILLEGAL_TRANSITION: (d) => `预约当前为“${d.statusLabel}”，不能${d.eventLabel}`,
  REQUEST_ID_REUSED: () => '这个请求编号已用于另一次预约，请刷新页面后重新提交',
};

/** Limits that ran out are RESOURCE_EXHAUSTED; everything else is a precondition the caller can change. */
const CODES: Partial<Record<RefusalReason, ErrorCode>> = {
  QUOTA_USED: 'RESOURCE_EXHAUSTED',
  WINDOW_FULL: 'RESOURCE_EXHAUSTED',
  REQUEST_ID_REUSED: 'CONFLICT',
};

export const ELDERCARE_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal, refusalMessage } = ELDERCARE_REFUSALS;
