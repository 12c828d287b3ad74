import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/** Refusals of 定位推送 (policies published by staff and pushed to the enterprises they fit). */
export type PolicyRefusal =
  | 'POLICY_NOT_FOUND'
  | 'NO_ENTERPRISE'
  | 'DEADLINE_IN_PAST'
  | 'EDITED_BY_OTHERS'
  | 'ILLEGAL_POLICY_TRANSITION'
  | 'ILLEGAL_MARK';

const MESSAGES: Record<PolicyRefusal, (d: RefusalDetails) => string> = {
  POLICY_NOT_FOUND: () => '没有找到这条政策',
  NO_ENTERPRISE: () => '您还没有代表这家企业，请先登记企业或请企业联系人邀请您',
  DEADLINE_IN_PAST: () => '申报截止日期不能早于今天',
  EDITED_BY_OTHERS: () => '政策已被他人修改，请刷新后再试',
  ILLEGAL_POLICY_TRANSITION: (d) => `政策当前${d.stateLabel}，不能${d.eventLabel}`,
  ILLEGAL_MARK: (d) => `这条政策当前${d.stateLabel}，不能${d.eventLabel}`,
};

const CODES: Partial<Record<PolicyRefusal, ErrorCode>> = {
  POLICY_NOT_FOUND: 'NOT_FOUND',
  NO_ENTERPRISE: 'PERMISSION_DENIED',
  DEADLINE_IN_PAST: 'INVALID_ARGUMENT',
  EDITED_BY_OTHERS: 'CONFLICT',
};

export const POLICY_REFUSALS = refusalTable(MESSAGES, CODES);
export const policyRefusal = POLICY_REFUSALS.refusal;
