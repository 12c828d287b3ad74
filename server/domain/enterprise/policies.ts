import { defineCollection } from '../../store/collections';
import type { DocumentStore } from '../../store/port';
import type { MarkState, PolicyState } from './policy-states';

/**
 * 定位推送: policies staff publish, and one mark per policy and enterprise
 * (pushed, read, applied). The mark's id is policy + enterprise, so a push
 * that is retried or resumed never tells an enterprise twice.
 */
export const POLICY_LEVELS = ['city', 'district'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];
export const POLICY_LEVEL_LABELS: Record<PolicyLevel, string> = { city: '市级', district: '区级' };

export const POLICY_TOPICS = [
  { id: 'finance', name: '融资信贷' },
  { id: 'tax', name: '减税降费' },
  { id: 'employment', name: '稳岗就业' },
  { id: 'talent', name: '人才引进' },
  { id: 'innovation', name: '科技创新' },
  { id: 'industry', name: '产业扶持' },
  { id: 'trade', name: '外贸开放' },
  { id: 'other', name: '其他' },
] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number]['id'];
export const POLICY_TOPIC_IDS = POLICY_TOPICS.map((t) => t.id) as [PolicyTopic, ...PolicyTopic[]];

export function topicName(id: string): string {
  return POLICY_TOPICS.find((t) => t.id === id)?.name ?? id;
}

export interface PolicyDoc {
  _id: string;
  title: string;
  level: PolicyLevel;
  topic: PolicyTopic;
  /** Who issued it, e.g. 青岛市工业和信息化局. */
  issuer: string;
  summary: string;
  /** Industries it is for; empty: every industry. */
  industries: string[];
  /** Sizes it is for; empty: every size. */
  sizes: string[];
  /** Last day to apply (YYYY-MM-DD, Shanghai), or null. */
  deadline: string | null;
  status: PolicyState;
  publishedBy: string;
  publishedAt: string;
  /** The push to fitting enterprises is under way; the timer finishes what a call could not. */
  pushPending: boolean;
  /** The last enterprise id the push reached (it walks enterprises in id order). */
  pushCursor: string | null;
  /** Enterprises it was pushed to, and how many of them read it and applied. */
  pushed: number;
  read: number;
  applied: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export interface PolicyMarkDoc {
  _id: string;
  policyId: string;
  enterpriseId: string;
  /** Copies for the enterprise's figures, without reading every policy. */
  level: PolicyLevel;
  state: MarkState;
  /** Set when the push reached the enterprise; null when it opened the policy from the full list. */
  pushedAt: string | null;
  readAt: string | null;
  appliedAt: string | null;
  /** The contact who marked it applied. */
  appliedBy: string | null;
  updatedAt: string;
  demo?: boolean;
}

export const POLICIES = defineCollection<PolicyDoc>('enterprise_policies', [
  {
    name: 'status_published',
    fields: [
      ['status', 'asc'],
      ['publishedAt', 'desc'],
    ],
  },
  { name: 'push_pending', fields: [['pushPending', 'asc']] },
]);

export const POLICY_MARKS = defineCollection<PolicyMarkDoc>('enterprise_policy_marks', [
  {
    name: 'enterprise_policy',
    fields: [
      ['enterpriseId', 'asc'],
      ['policyId', 'asc'],
    ],
  },
  {
    name: 'policy_state',
    fields: [
      ['policyId', 'asc'],
      ['state', 'asc'],
    ],
  },
]);

export const POLICY_COLLECTIONS = [POLICIES, POLICY_MARKS];

export function markId(policyId: string, enterpriseId: string): string {
  return `${policyId}:${enterpriseId}`;
}

/** Published policies, newest first (at most 1000: the list an enterprise ranks). */
export function publishedPolicies(store: DocumentStore, limit = 1000): Promise<PolicyDoc[]> {
  return store.find(POLICIES, { status: 'published' }, { orderBy: [['publishedAt', 'desc']], limit });
}

/** Every mark one enterprise has, by policy id. */
export async function marksOf(store: DocumentStore, enterpriseId: string): Promise<Map<string, PolicyMarkDoc>> {
  const marks = new Map<string, PolicyMarkDoc>();
  for (let skip = 0; ; skip += 1000) {
    const page = await store.find(
      POLICY_MARKS,
      { enterpriseId },
      { orderBy: [['policyId', 'asc']], limit: 1000, skip },
    );
    for (const m of page) marks.set(m.policyId, m);
    if (page.length < 1000) return marks;
  }
}
