import type { ErrorCode } from '../../core/errors';
import { refusalTable, type RefusalDetails } from '../../core/refusals';

/**
 * Refusals of the privacy and content-safety rules. Like the eldercare reasons,
 * each carries `details.reason` so the client can react (the consent popup for
 * CONSENT_REQUIRED) without parsing the sentence.
 */
export type PrivacyRefusal =
  'CONSENT_REQUIRED' | 'POLICY_VERSION_STALE' | 'CONTENT_REFUSED' | 'STAFF_CANNOT_DELETE' | 'CONTACT_CANNOT_DELETE';

export type PrivacyDetails = RefusalDetails;

const MESSAGES: Record<PrivacyRefusal, (d: PrivacyDetails) => string> = {
  CONSENT_REQUIRED: () => '请先阅读并同意《隐私政策》，同意后才能提交个人信息',
  POLICY_VERSION_STALE: () => '隐私政策刚刚更新了，请重新阅读后再同意',
  CONTENT_REFUSED: (d) => `${d.field ?? '内容'}里有不适合公开的词语${d.word ? `（“${d.word}”）` : ''}，请修改后再提交`,
  STAFF_CANNOT_DELETE: () => '您还有工作人员身份，请先请管理员撤销身份，再注销账号',
  CONTACT_CANNOT_DELETE: () =>
    '您还是企业联系人，请先在“企业直通车”里点“邀请同事一起使用”，在那一页退出企业，再注销账号',
};

const CODES: Partial<Record<PrivacyRefusal, ErrorCode>> = {
  CONTENT_REFUSED: 'INVALID_ARGUMENT',
};

export const PRIVACY_REFUSALS = refusalTable(MESSAGES, CODES);
export const { refusal: privacyRefusal } = PRIVACY_REFUSALS;
