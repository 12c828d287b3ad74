import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Every refusal of the eldercare domain has a reason code the UI can explain,
 * and one Chinese sentence here. Errors carry `details.reason`, so the page can
 * show a tailored hint (e.g. "联系社区核实") without parsing the message. The
 * booking rules come first; the rest (not found, scope, edits) follow.
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
  | 'SERVICE_NOT_FOUND'
  | 'PARTNER_NOT_APPROVED'
  | 'SERVICE_EDITED_BY_OTHERS'
  | 'SERVICE_OTHER_PARTNER'
  | 'WINDOW_DATE_PAST'
  | 'CAPACITY_BELOW_TAKEN'
  | 'WINDOW_NOT_FOUND'
  | 'WINDOW_GONE'
  | 'BIRTH_DATE_FUTURE'
  | 'BIRTH_DATE_IMPLAUSIBLE'
  | 'ELDER_OUTSIDE_GRID'
  | 'ELDER_EXISTS'
  | 'ELDER_EDITED_BY_OTHERS'
  | 'ELDER_CHANGED_BEFORE_VERIFY'
  | 'ALREADY_VERIFIED'
  | 'ALREADY_REJECTED'
  | 'ALREADY_GUARDIAN'
  | 'RESIDENT_NOT_FOUND'
  | 'TOO_MANY_GUARDIANS'
  | 'NOT_A_GUARDIAN'
  | 'APPLICATION_PENDING'
  | 'APPLICATION_NOT_FOUND'
  | 'APPLICATION_REVIEWED'
  | 'LINK_CODE_UNAVAILABLE'
  | 'LINK_CODE_INVALID'
  | 'LINK_CODE_USED'
  | 'ALREADY_YOUR_ELDER'
  | 'ELDER_NOT_FOUND'
  | 'BOOKING_NOT_FOUND'
  | 'OTHER_PARTNER_SERVICE'
  | 'OTHER_PARTNER_BOOKINGS'
  | 'CALENDAR_BEFORE_CONFIRM'
  | 'TOO_MANY_ROWS'
  | 'MONTH_RANGE'
  | 'DATES_REVERSED'
  | 'BOOKING_EDITED_BY_OTHERS'
  | 'PARTNER_ONLY'
  | 'BOOKER_ONLY'
  | 'SAME_WINDOW'
  | 'RATE_BEFORE_DONE'
  | 'ALREADY_RATED'
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
  SERVICE_NOT_FOUND: () => '没有找到这项服务',
  PARTNER_NOT_APPROVED: () => '只能为已批准的红色合伙人配置服务',
  SERVICE_EDITED_BY_OTHERS: () => '服务设置已被他人修改，请刷新后再试',
  SERVICE_OTHER_PARTNER: () => '服务不能转给另一家单位，请新建服务',
  WINDOW_DATE_PAST: () => '不能设置已经过去的日期',
  CAPACITY_BELOW_TAKEN: (d) => `${d.windowLabel}已有 ${d.taken} 个预约，名额不能少于 ${d.taken}`,
  WINDOW_NOT_FOUND: () => '没有找到这个时段',
  WINDOW_GONE: () => '没有找到这个时段，请刷新后重新选择',
  BIRTH_DATE_FUTURE: () => '出生日期不能晚于今天',
  BIRTH_DATE_IMPLAUSIBLE: () => '出生日期超出合理范围，请核对',
  ELDER_OUTSIDE_GRID: () => '只能为本网格的老人建档，请核对地址',
  ELDER_EXISTS: () => '这位老人已经建档，请让已登记的家属把您添加为家属，或联系网格员',
  ELDER_EDITED_BY_OTHERS: () => '老人信息已被他人修改，请刷新后再试',
  ELDER_CHANGED_BEFORE_VERIFY: () => '老人信息已被修改，请刷新后重新核实',
  ALREADY_VERIFIED: () => '这位老人的信息已经核实过了',
  ALREADY_REJECTED: () => '这位老人的信息已是未通过状态',
  ALREADY_GUARDIAN: () => '对方已经是这位老人的家属了',
  RESIDENT_NOT_FOUND: () => '没有找到这位居民，请让对方先登录党群e家',
  TOO_MANY_GUARDIANS: (d) => `每位老人最多登记 ${d.max} 位家属`,
  NOT_A_GUARDIAN: () => '此人不是这位老人的家属',
  APPLICATION_PENDING: () => '您已有一份申请正在审核，请耐心等待',
  APPLICATION_NOT_FOUND: () => '没有找到这份申请',
  APPLICATION_REVIEWED: () => '这份申请已经审核过了',
  LINK_CODE_UNAVAILABLE: () => '现在生成不了链接码，请稍后再试',
  LINK_CODE_INVALID: () => '链接码不对或已过期，请让家人重新生成一个',
  LINK_CODE_USED: () => '这个链接码已经用过了，请让家人重新生成一个',
  ALREADY_YOUR_ELDER: (d) => `您已经是${d.elderName}的家属了`,
  ELDER_NOT_FOUND: () => '没有找到这位老人的信息',
  BOOKING_NOT_FOUND: () => '没有找到这条预约',
  OTHER_PARTNER_SERVICE: () => '只能管理本单位的服务',
  OTHER_PARTNER_BOOKINGS: () => '只能查看本单位的预约',
  CALENDAR_BEFORE_CONFIRM: () => '预约确认后才能加入日历',
  TOO_MANY_ROWS: () => '数据太多，请缩小日期范围后再试',
  MONTH_RANGE: () => '请选择 1 到 24 个月的范围',
  DATES_REVERSED: () => '结束日期不能早于开始日期',
  BOOKING_EDITED_BY_OTHERS: () => '预约已被他人处理，请刷新后再试',
  PARTNER_ONLY: () => '只有服务方可以办理这一步',
  BOOKER_ONLY: () => '只有预约人或老人的家属可以办理这一步',
  SAME_WINDOW: () => '请选择一个与现在不同的时段',
  RATE_BEFORE_DONE: () => '服务完成后才能评价',
  ALREADY_RATED: () => '这次服务已经评价过了',
  ILLEGAL_TRANSITION: (d) => `预约当前为“${d.statusLabel}”，不能${d.eventLabel}`,
  REQUEST_ID_REUSED: () => '这个请求编号已用于另一次预约，请刷新页面后重新提交',
};

/** Limits that ran out are RESOURCE_EXHAUSTED; everything else is a precondition the caller can change. */
const CODES: Partial<Record<RefusalReason, ErrorCode>> = {
  QUOTA_USED: 'RESOURCE_EXHAUSTED',
  WINDOW_FULL: 'RESOURCE_EXHAUSTED',
  REQUEST_ID_REUSED: 'CONFLICT',
  SERVICE_NOT_FOUND: 'NOT_FOUND',
  SERVICE_EDITED_BY_OTHERS: 'CONFLICT',
  WINDOW_NOT_FOUND: 'NOT_FOUND',
  WINDOW_GONE: 'NOT_FOUND',
  BIRTH_DATE_FUTURE: 'INVALID_ARGUMENT',
  BIRTH_DATE_IMPLAUSIBLE: 'INVALID_ARGUMENT',
  ELDER_OUTSIDE_GRID: 'PERMISSION_DENIED',
  ELDER_EXISTS: 'CONFLICT',
  ELDER_EDITED_BY_OTHERS: 'CONFLICT',
  ELDER_CHANGED_BEFORE_VERIFY: 'CONFLICT',
  RESIDENT_NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_GUARDIANS: 'RESOURCE_EXHAUSTED',
  NOT_A_GUARDIAN: 'NOT_FOUND',
  APPLICATION_NOT_FOUND: 'NOT_FOUND',
  LINK_CODE_UNAVAILABLE: 'UNAVAILABLE',
  LINK_CODE_INVALID: 'NOT_FOUND',
  ELDER_NOT_FOUND: 'NOT_FOUND',
  BOOKING_NOT_FOUND: 'NOT_FOUND',
  OTHER_PARTNER_SERVICE: 'PERMISSION_DENIED',
  OTHER_PARTNER_BOOKINGS: 'PERMISSION_DENIED',
  TOO_MANY_ROWS: 'RESOURCE_EXHAUSTED',
  MONTH_RANGE: 'INVALID_ARGUMENT',
  DATES_REVERSED: 'INVALID_ARGUMENT',
  BOOKING_EDITED_BY_OTHERS: 'CONFLICT',
  PARTNER_ONLY: 'PERMISSION_DENIED',
  BOOKER_ONLY: 'PERMISSION_DENIED',
};

export const ELDERCARE_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal, refusalMessage } = ELDERCARE_REFUSALS;
