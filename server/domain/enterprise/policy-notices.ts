import { formatDay } from '../../core/time';
import type { NewMessage } from '../notify/outbox';
import { POLICY_LEVEL_LABELS, type PolicyDoc } from './policies';

/** The words of 定位推送 messages, and the pages they open. */
export const POLICY_PAGES = {
  policy: (id: string) => `/packages/enterprise/policy/index?id=${encodeURIComponent(id)}`,
  list: '/packages/enterprise/policies/index',
};

export function policyPushMessage(policy: PolicyDoc, now: Date): Omit<NewMessage, 'recipient'> {
  const deadline = policy.deadline ? `申报截止 ${formatDay(policy.deadline, now)}。` : '';
  return {
    kind: 'enterprise_policy',
    title: `${POLICY_LEVEL_LABELS[policy.level]}政策：${policy.title}`,
    body: `${policy.issuer}发布，符合贵企业的条件。${deadline}点开查看详情。`,
    page: POLICY_PAGES.policy(policy._id),
  };
}
