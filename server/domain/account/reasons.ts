import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Refusals of accounts and roles (invites, granting and revoking roles): each
 * reason code -> one Chinese sentence -> an error code; the error carries
 * `details.reason` so a page can react without parsing the sentence.
 */
export type AccountRefusal =
  | 'ROLE_HELD'
  | 'OWN_ROLE'
  | 'ROLE_NOT_HELD'
  | 'PARTNER_NOT_FOUND'
  | 'LIAISON_NOT_FOUND'
  | 'ENTERPRISE_NOT_FOUND'
  | 'COMMUNITY_NOT_FOUND'
  | 'BRANCH_NOT_FOUND'
  | 'MAY_NOT_MANAGE_ROLE'
  | 'INVITE_NOT_FOUND'
  | 'INVITE_UNKNOWN'
  | 'INVITE_USED'
  | 'INVITE_REVOKED'
  | 'INVITE_EXPIRED'
  | 'INVITE_NOT_OPEN';

const MESSAGES: Record<AccountRefusal, (d: RefusalDetails) => string> = {
  ROLE_HELD: () => '您已经拥有这个身份了',
  OWN_ROLE: () => '不能撤销自己的身份，请其他管理员办理',
  ROLE_NOT_HELD: () => '此人没有这个身份',
  PARTNER_NOT_FOUND: () => '没有找到这家合作单位',
  // The places of the enterprise roles (企业直通车): a liaison and an enterprise contact.
  LIAISON_NOT_FOUND: () => '没有找到这位包联责任人',
  ENTERPRISE_NOT_FOUND: () => '没有找到这家企业',
  COMMUNITY_NOT_FOUND: () => '没有找到这个社区',
  BRANCH_NOT_FOUND: () => '没有找到这个网格党支部',
  MAY_NOT_MANAGE_ROLE: () => '只有街道管理员可以管理这个身份；社区管理员只能管理本社区的网格员',
  INVITE_NOT_FOUND: () => '邀请码不存在，请核对后重新输入',
  /** An admin revoking a code that does not exist. */
  INVITE_UNKNOWN: () => '邀请码不存在',
  INVITE_USED: () => '这个邀请码已经用过了，请向管理员重新申请',
  INVITE_REVOKED: () => '这个邀请码已被管理员作废',
  INVITE_EXPIRED: () => '这个邀请码已过期，请向管理员重新申请',
  INVITE_NOT_OPEN: () => '只能作废尚未使用且未过期的邀请码',
};

const CODES: Partial<Record<AccountRefusal, ErrorCode>> = {
  ROLE_NOT_HELD: 'NOT_FOUND',
  PARTNER_NOT_FOUND: 'NOT_FOUND',
  LIAISON_NOT_FOUND: 'NOT_FOUND',
  ENTERPRISE_NOT_FOUND: 'NOT_FOUND',
  COMMUNITY_NOT_FOUND: 'NOT_FOUND',
  BRANCH_NOT_FOUND: 'NOT_FOUND',
  MAY_NOT_MANAGE_ROLE: 'PERMISSION_DENIED',
  INVITE_NOT_FOUND: 'NOT_FOUND',
  INVITE_UNKNOWN: 'NOT_FOUND',
};

export const ACCOUNT_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal } = ACCOUNT_REFUSALS;
