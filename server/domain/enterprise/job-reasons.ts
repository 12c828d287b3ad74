import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Refusals of 定向招聘 (job openings and residents' interest), one sentence
 * each; errors carry `details.reason` like every domain's table.
 */
export type JobRefusal =
  | 'JOB_NOT_FOUND'
  | 'INTEREST_NOT_FOUND'
  | 'ENTERPRISE_NOT_VERIFIED'
  | 'NOT_YOUR_ENTERPRISE'
  | 'JOB_NOT_OPEN'
  | 'ALREADY_INTERESTED'
  | 'OWN_ENTERPRISE_JOB'
  | 'CONTACT_NOT_SHARED'
  | 'OPENINGS_BELOW_FILLED'
  | 'REOPEN_NEEDS_OPENINGS'
  | 'EDITED_BY_OTHERS'
  | 'ILLEGAL_JOB_TRANSITION'
  | 'ILLEGAL_INTEREST_TRANSITION';

const MESSAGES: Record<JobRefusal, (d: RefusalDetails) => string> = {
  JOB_NOT_FOUND: () => '没有找到这个招聘岗位',
  INTEREST_NOT_FOUND: () => '没有找到这条求职意向',
  ENTERPRISE_NOT_VERIFIED: () => '企业通过街道审核后才能发布招聘岗位',
  NOT_YOUR_ENTERPRISE: () => '只能管理本企业的招聘岗位',
  JOB_NOT_OPEN: (d) => `这个岗位${d.statusLabel ?? '已停止招聘'}，不能再报名`,
  ALREADY_INTERESTED: () => '您已经表达过对这个岗位的意向了',
  OWN_ENTERPRISE_JOB: () => '不能报名自己企业发布的岗位',
  CONTACT_NOT_SHARED: () => '求职者没有同意提供联系方式，不能标记录用',
  OPENINGS_BELOW_FILLED: (d) => `招聘人数不能少于已录用的 ${d.filled} 人`,
  REOPEN_NEEDS_OPENINGS: () => '岗位已招满，请先增加招聘人数再重新招聘',
  EDITED_BY_OTHERS: () => '岗位已被他人修改，请刷新后再试',
  ILLEGAL_JOB_TRANSITION: (d) => `岗位当前${d.stateLabel}，不能${d.eventLabel}`,
  ILLEGAL_INTEREST_TRANSITION: (d) => `这条意向当前${d.stateLabel}，不能${d.eventLabel}`,
};

const CODES: Partial<Record<JobRefusal, ErrorCode>> = {
  JOB_NOT_FOUND: 'NOT_FOUND',
  INTEREST_NOT_FOUND: 'NOT_FOUND',
  NOT_YOUR_ENTERPRISE: 'PERMISSION_DENIED',
  ALREADY_INTERESTED: 'CONFLICT',
  OPENINGS_BELOW_FILLED: 'INVALID_ARGUMENT',
  EDITED_BY_OTHERS: 'CONFLICT',
};

export const JOB_REFUSALS = refusalTable(MESSAGES, CODES);
export const jobRefusal = JOB_REFUSALS.refusal;
