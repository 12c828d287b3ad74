import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Every refusal of 企业直通车 with its reason code and one Chinese sentence.
 * Errors carry `details.reason`, so a page can tailor its hint. The other parts
 * of the job (requests, jobs, policies) add their reasons here, each in its
 * own block, so the sentences stay in one table.
 */
export type RefusalReason =
  // Registration and verification
  | 'CREDIT_CODE_INVALID'
  | 'ENTERPRISE_EXISTS'
  | 'ENTERPRISE_NOT_FOUND'
  | 'ENTERPRISE_EDITED_BY_OTHERS'
  | 'ENTERPRISE_NOT_VERIFIED'
  | 'ALREADY_VERIFIED'
  | 'ALREADY_REJECTED'
  | 'RESUBMIT_ONLY_REJECTED'
  | 'TOO_MANY_ENTERPRISES'
  // Contacts and invites
  | 'NOT_A_CONTACT'
  | 'ALREADY_A_CONTACT'
  | 'INVITE_INVALID'
  | 'INVITE_USED'
  | 'INVITE_EXPIRED'
  | 'TOO_MANY_CONTACTS'
  | 'LAST_CONTACT'
  // Liaisons and departments
  | 'LIAISON_NOT_FOUND'
  | 'LIAISON_INACTIVE'
  | 'DEPARTMENT_NOT_FOUND'
  | 'ASSIGN_BEFORE_VERIFY'
  | 'SAME_LIAISON'
  // Visits (进百企)
  | 'VISIT_NOT_FOUND'
  | 'VISIT_DATE_FUTURE'
  | 'VISIT_DATE_OLD'
  | 'VISIT_BEFORE_VERIFY'
  | 'FINDING_NOT_FOUND'
  | 'FINDING_ALREADY_FILED'
  | 'QUARTER_INVALID';

export type { RefusalDetails };

const MESSAGES: Record<RefusalReason, (d: RefusalDetails) => string> = {
  CREDIT_CODE_INVALID: (d) => `${d.message ?? '统一社会信用代码不对，请核对营业执照'}`,
  ENTERPRISE_EXISTS: () => '这家企业已经登记过了。请联系本企业已登记的联系人发给您邀请码，或联系街道经济工作组',
  ENTERPRISE_NOT_FOUND: () => '没有找到这家企业',
  ENTERPRISE_EDITED_BY_OTHERS: () => '企业信息已被他人修改，请刷新后再试',
  ENTERPRISE_NOT_VERIFIED: () => '企业登记尚待街道核实，核实通过后才能办理',
  ALREADY_VERIFIED: () => '这家企业已经核实过了',
  ALREADY_REJECTED: () => '这家企业的登记已是未通过状态',
  RESUBMIT_ONLY_REJECTED: () => '只有未通过核实的登记才能修改后重新提交',
  TOO_MANY_ENTERPRISES: (d) => `一个人最多为 ${d.max} 家企业登记或担任联系人`,
  NOT_A_CONTACT: () => '您不是这家企业的联系人',
  ALREADY_A_CONTACT: (d) => `您已经是${d.enterpriseName}的联系人了`,
  INVITE_INVALID: () => '邀请码不对，请核对后重新输入',
  INVITE_USED: () => '这个邀请码已经用过了，请让企业联系人重新生成一个',
  INVITE_EXPIRED: () => '这个邀请码已过期，请让企业联系人重新生成一个',
  TOO_MANY_CONTACTS: (d) => `每家企业最多 ${d.max} 位联系人`,
  LAST_CONTACT: () => '企业至少要保留一位联系人',
  LIAISON_NOT_FOUND: () => '没有找到这位包联责任人',
  LIAISON_INACTIVE: () => '这位包联责任人已停用，请另选一位',
  DEPARTMENT_NOT_FOUND: () => '没有找到这个科室',
  ASSIGN_BEFORE_VERIFY: () => '企业核实通过后才能安排包联',
  SAME_LIAISON: () => '这家企业已由这位责任人包联',
  VISIT_NOT_FOUND: () => '没有找到这次走访记录',
  VISIT_DATE_FUTURE: () => '走访日期不能晚于今天',
  VISIT_DATE_OLD: (d) => `只能补记 ${d.days} 天以内的走访`,
  VISIT_BEFORE_VERIFY: () => '只能走访登记已核实的企业',
  FINDING_NOT_FOUND: () => '没有找到这条走访发现',
  FINDING_ALREADY_FILED: () => '这条发现已经转为诉求了',
  QUARTER_INVALID: () => '季度格式应为 2026-Q4',
};

const CODES: Partial<Record<RefusalReason, ErrorCode>> = {
  CREDIT_CODE_INVALID: 'INVALID_ARGUMENT',
  ENTERPRISE_EXISTS: 'CONFLICT',
  ENTERPRISE_NOT_FOUND: 'NOT_FOUND',
  ENTERPRISE_EDITED_BY_OTHERS: 'CONFLICT',
  TOO_MANY_ENTERPRISES: 'RESOURCE_EXHAUSTED',
  NOT_A_CONTACT: 'PERMISSION_DENIED',
  INVITE_INVALID: 'NOT_FOUND',
  TOO_MANY_CONTACTS: 'RESOURCE_EXHAUSTED',
  LIAISON_NOT_FOUND: 'NOT_FOUND',
  DEPARTMENT_NOT_FOUND: 'NOT_FOUND',
  VISIT_NOT_FOUND: 'NOT_FOUND',
  VISIT_DATE_FUTURE: 'INVALID_ARGUMENT',
  VISIT_DATE_OLD: 'INVALID_ARGUMENT',
  FINDING_NOT_FOUND: 'NOT_FOUND',
  QUARTER_INVALID: 'INVALID_ARGUMENT',
};

export const ENTERPRISE_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal, refusalMessage } = ENTERPRISE_REFUSALS;
