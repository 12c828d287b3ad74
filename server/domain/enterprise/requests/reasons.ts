import type { ErrorCode } from '../../../core/errors';
import { refusalTable, type RefusalDetails } from '../../../core/refusals';

/** Every refusal of the direct line (诉求), with one Chinese sentence each; errors carry details.reason. */
export type RefusalReason =
  | 'REQUEST_NOT_FOUND'
  | 'ENTERPRISE_NOT_FOUND'
  | 'ENTERPRISE_NOT_VERIFIED'
  | 'NOT_A_CONTACT'
  | 'FINANCING_DETAILS_REQUIRED'
  | 'FINANCING_ONLY'
  | 'PRODUCT_NOT_FOUND'
  | 'PRODUCT_INACTIVE'
  | 'MATCH_NOT_FOUND'
  | 'MATCH_DECIDED'
  | 'ALREADY_MATCHED'
  | 'GRANTED_AMOUNT_REQUIRED'
  | 'ATTACHMENT_REFUSED'
  | 'DAILY_LIMIT'
  | 'ILLEGAL_TRANSITION'
  | 'EDITED_BY_OTHERS'
  | 'STAFF_ONLY'
  | 'ENTERPRISE_ONLY'
  | 'OUTSIDE_SCOPE'
  | 'MONTHS_REVERSED'
  | 'TOO_MANY_MONTHS';

const MESSAGES: Record<RefusalReason, (d: RefusalDetails) => string> = {
  REQUEST_NOT_FOUND: () => '没有找到这件诉求',
  ENTERPRISE_NOT_FOUND: () => '没有找到这家企业',
  ENTERPRISE_NOT_VERIFIED: () => '企业还没有通过街道核实，核实通过后才能提交诉求',
  NOT_A_CONTACT: () => '您不是这家企业的联系人',
  FINANCING_DETAILS_REQUIRED: () => '融资诉求请填写金额、用途和期限',
  FINANCING_ONLY: () => '只有融资诉求才能匹配融资产品',
  PRODUCT_NOT_FOUND: () => '没有找到这个融资产品',
  PRODUCT_INACTIVE: (d) => `融资产品“${d.name}”已下架`,
  MATCH_NOT_FOUND: () => '这件诉求没有匹配过这个产品',
  MATCH_DECIDED: () => '这个产品的结果已经记录过了',
  ALREADY_MATCHED: (d) => `已经推荐过“${d.name}”`,
  GRANTED_AMOUNT_REQUIRED: () => '放款成功请填写放款金额（万元）',
  ATTACHMENT_REFUSED: (d) => `第 ${d.n} 个附件未通过内容检查，请换一个文件`,
  DAILY_LIMIT: (d) => `每家企业每天最多提交 ${d.limit} 件诉求，请明天再提交`,
  ILLEGAL_TRANSITION: (d) => `诉求当前“${d.stateLabel}”，不能${d.eventLabel}`,
  EDITED_BY_OTHERS: () => '这件诉求刚被别人处理过，请刷新后再试',
  STAFF_ONLY: () => '这一步由包联干部或责任部门办理',
  ENTERPRISE_ONLY: () => '这一步由企业联系人办理',
  OUTSIDE_SCOPE: () => '这件诉求不在您包联或负责的范围内',
  MONTHS_REVERSED: () => '开始月份不能晚于结束月份',
  TOO_MANY_MONTHS: (d) => `一次最多统计 ${d.max} 个月`,
};

const CODES: Partial<Record<RefusalReason, ErrorCode>> = {
  REQUEST_NOT_FOUND: 'NOT_FOUND',
  ENTERPRISE_NOT_FOUND: 'NOT_FOUND',
  PRODUCT_NOT_FOUND: 'NOT_FOUND',
  MATCH_NOT_FOUND: 'NOT_FOUND',
  NOT_A_CONTACT: 'PERMISSION_DENIED',
  STAFF_ONLY: 'PERMISSION_DENIED',
  ENTERPRISE_ONLY: 'PERMISSION_DENIED',
  OUTSIDE_SCOPE: 'PERMISSION_DENIED',
  FINANCING_DETAILS_REQUIRED: 'INVALID_ARGUMENT',
  GRANTED_AMOUNT_REQUIRED: 'INVALID_ARGUMENT',
  ATTACHMENT_REFUSED: 'INVALID_ARGUMENT',
  MONTHS_REVERSED: 'INVALID_ARGUMENT',
  TOO_MANY_MONTHS: 'INVALID_ARGUMENT',
  DAILY_LIMIT: 'RESOURCE_EXHAUSTED',
  EDITED_BY_OTHERS: 'CONFLICT',
};

export const REQUEST_REFUSALS = refusalTable<RefusalReason>(MESSAGES, CODES);
export const { refusal, refusalMessage } = REQUEST_REFUSALS;
