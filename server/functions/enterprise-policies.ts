import * as z from 'zod';
import { dayField, idField, versionField } from '../core/fields';
import { roleAction } from '../core/action';
import { ENTERPRISE_CONTACTS, ENTERPRISE_OFFICE, ENTERPRISE_STAFF } from '../domain/enterprise/access';
import { INDUSTRIES, SIZES } from '../domain/enterprise/model';
import { POLICY_LEVELS, POLICY_TOPIC_IDS } from '../domain/enterprise/policies';
import { publishPolicy, withdrawPolicy } from '../domain/enterprise/policy-push';
import { enterprisePolicies, getPolicy, markApplied, staffPolicies } from '../domain/enterprise/policy-reading';

/**
 * 定位推送 actions of the `enterprise` function (spread into its registry in
 * server/functions/enterprise.ts): the economic work team publishes, each
 * policy is pushed to the enterprises it fits, enterprises read and mark them.
 */
const id = idField();
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(max, `${label}最多 ${max} 个字`);
const required = (label: string, max: number) => text(label, max).min(1, `请填写${label}`);
const level = z.enum(POLICY_LEVELS, { error: '请选择政策级别：市级或区级' });
const topic = z.enum(POLICY_TOPIC_IDS, { error: '请选择政策类别' });
/** How many policies a list shows: a page of cards, more on request. */
const limit = z.number().int().min(1).max(300, '一次最多显示 300 条').default(30);

const policyInput = z.object({
  title: required('政策名称', 60),
  level,
  topic,
  issuer: required('发布部门', 40),
  summary: required('政策要点', 1000),
  // Empty lists mean "every industry" and "every size".
  industries: z
    .array(z.enum(INDUSTRIES, { error: '行业不在可选范围内' }))
    .max(INDUSTRIES.length)
    .default([]),
  sizes: z
    .array(z.enum(SIZES, { error: '企业规模应为大型、中型、小型或微型' }))
    .max(SIZES.length)
    .default([]),
  deadline: dayField.nullable().default(null),
});

export const policyActions = {
  publishPolicy: roleAction(ENTERPRISE_OFFICE, policyInput, async (input, ctx) => publishPolicy(ctx, input)),
  withdrawPolicy: roleAction(
    ENTERPRISE_OFFICE,
    z.object({ policyId: id, version: versionField() }),
    async (input, ctx) => withdrawPolicy(ctx, input.policyId, input.version),
  ),
  staffPolicies: roleAction(
    ENTERPRISE_STAFF,
    z.object({ level: level.optional(), topic: topic.optional(), limit }),
    async (input, ctx) => staffPolicies(ctx, input),
  ),
  enterprisePolicies: roleAction(
    ENTERPRISE_CONTACTS,
    z.object({ onlyFitting: z.boolean().default(false), limit, enterpriseId: id.optional() }),
    async (input, ctx) =>
      enterprisePolicies(ctx, { onlyFitting: input.onlyFitting, limit: input.limit }, input.enterpriseId),
  ),
  getPolicy: roleAction(
    [...ENTERPRISE_CONTACTS, ...ENTERPRISE_STAFF],
    z.object({ policyId: id, enterpriseId: id.optional() }),
    async (input, ctx) => getPolicy(ctx, input.policyId, input.enterpriseId),
  ),
  markApplied: roleAction(
    ENTERPRISE_CONTACTS,
    z.object({ policyId: id, applied: z.boolean({ error: '请选择已申报或取消' }), enterpriseId: id.optional() }),
    async (input, ctx) => markApplied(ctx, input.policyId, input.applied, input.enterpriseId),
  ),
};
