/**
 * Which outbox kinds become WeChat subscription messages, and how. Template ids
 * belong to the mini-program's account (公众平台 → 订阅消息) and come from the
 * environment of the notify-sender function (SUBSCRIBE_TPL_<KEY>, set through
 * cloudbaserc.json), so none is committed here. A kind whose variable is unset
 * is simply not pushed (the in-app 消息 list still has it).
 *
 * The front end asks for consent to the same keys (src/platform/subscribe.ts);
 * docs/deploy.md lists the templates to apply for with these fields.
 */
export interface TemplateMessage {
  kind: string;
  title: string;
  body: string;
  page: string | null;
  createdAt: string;
}

export type TemplateKey =
  | 'ISSUE_ACCEPTED'
  | 'ISSUE_PROGRESS'
  | 'ISSUE_RESULT'
  | 'CULTURE_OFFER'
  | 'CULTURE_REMINDER'
  | 'CULTURE_CHANGE'
  | 'BOOKING_UPDATE'
  | 'VISIT_REMINDER'
  | 'STAFF_ASSIGNMENT'
  | 'STAFF_DEADLINE'
  | 'POLICY_PUSH'
  | 'JOB_RESULT';

export interface TemplateSpec {
  /** The template to pick in the console (公共模板库), as docs/deploy.md says. */
  name: string;
  /** The fields, in order, as the console numbers them (thing1, time2, ...), with their labels. */
  fields: Array<[key: string, label: string]>;
  data: (m: TemplateMessage) => Record<string, string>;
}

export interface TemplateMapping {
  /** Environment variable holding the template id. */
  env: string;
  /** Page opened from the message; falls back to the outbox entry's page, then the inbox. */
  page?: string;
  data: (m: TemplateMessage) => Record<string, string>;
}

/** WeChat refuses a `thing` value longer than 20 characters; cut, never fail. */
export function thing(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= 20 ? chars.join('') : `${chars.slice(0, 19).join('')}…`;
}

/** A `phrase` value: at most 5 Chinese characters, nothing else (WeChat's rule). */
export function phrase(text: string): string {
  return Array.from(text.replace(/[^\u4e00-\u9fa5]/g, ''))
    .slice(0, 5)
    .join('');
}

/** `time` values as WeChat shows them: 2026年11月26日 10:00 in Shanghai time. */
export function shanghaiTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 事项 / 说明 / 时间: most messages are fully said by their title and body. */
const plain = (m: TemplateMessage) => ({
  thing1: thing(m.title),
  thing2: thing(m.body),
  time3: shanghaiTime(m.createdAt),
});

/** 事项 / 状态 / 说明 / 时间, the state a short phrase chosen by kind. */
const withState = (states: Record<string, string>) => (m: TemplateMessage) => ({
  thing1: thing(m.title),
  phrase2: phrase(states[m.kind] ?? '有更新'),
  thing3: thing(m.body),
  time4: shanghaiTime(m.createdAt),
});

const PLAIN_FIELDS: TemplateSpec['fields'] = [
  ['thing1', '事项'],
  ['thing2', '说明'],
  ['time3', '时间'],
];
const STATE_FIELDS: TemplateSpec['fields'] = [
  ['thing1', '事项'],
  ['phrase2', '状态'],
  ['thing3', '说明'],
  ['time4', '时间'],
];

export const TEMPLATES: Record<TemplateKey, TemplateSpec> = {
  ISSUE_ACCEPTED: {
    name: '诉求受理通知',
    fields: STATE_FIELDS,
    data: withState({
      issue_accepted: '已受理',
      issue_rejected: '不予受理',
      issue_duplicate: '已合并',
      enterprise_request_accepted: '已受理',
    }),
  },
  ISSUE_PROGRESS: { name: '诉求办理进度通知', fields: PLAIN_FIELDS, data: plain },
  ISSUE_RESULT: {
    name: '诉求办理结果通知',
    fields: STATE_FIELDS,
    data: withState({
      issue_resolved: '已办结',
      issue_closed: '已关闭',
      enterprise_request_resolved: '已办结',
      enterprise_request_closed: '已办结',
    }),
  },
  CULTURE_OFFER: { name: '候补成功通知', fields: PLAIN_FIELDS, data: plain },
  CULTURE_REMINDER: { name: '活动开始提醒', fields: PLAIN_FIELDS, data: plain },
  CULTURE_CHANGE: {
    name: '活动变更通知',
    fields: STATE_FIELDS,
    data: withState({
      culture_session_changed: '已变更',
      culture_session_cancelled: '已取消',
      culture_offer_expired: '已过期',
    }),
  },
  BOOKING_UPDATE: { name: '预约状态通知', fields: PLAIN_FIELDS, data: plain },
  VISIT_REMINDER: { name: '服务提醒', fields: PLAIN_FIELDS, data: plain },
  STAFF_ASSIGNMENT: { name: '待办事项提醒', fields: PLAIN_FIELDS, data: plain },
  STAFF_DEADLINE: { name: '办理时限提醒', fields: PLAIN_FIELDS, data: plain },
  POLICY_PUSH: { name: '政策推送通知', fields: PLAIN_FIELDS, data: plain },
  JOB_RESULT: {
    name: '应聘结果通知',
    fields: STATE_FIELDS,
    data: withState({ enterprise_job_hired: '已录用', enterprise_job_declined: '未录用' }),
  },
};

/**
 * Pages only staff and partners open: a message about one of them is for a
 * member of staff, who agreed to the staff templates, not the residents' ones.
 * Keys of KIND_TEMPLATES for staff end in `@staff`.
 */
const STAFF_PAGE =
  /^\/packages\/(workbench|admin)\/|^\/packages\/eldercare\/(grid|partner|partner-booking|partner-services|partner-windows|admin|admin-[a-z-]+)\/index|^\/packages\/culture\/(manage|edit|roster|stats)\/index|^\/packages\/enterprise\/staff(-[a-z-]+)?\/index/;

export function isStaffMessage(page: string | null): boolean {
  return page !== null && STAFF_PAGE.test(page);
}

/** The KIND_TEMPLATES key of an outbox entry: its kind, with `@staff` when it is addressed to staff. */
export function mappingKey(m: Pick<TemplateMessage, 'kind' | 'page'>): string {
  return isStaffMessage(m.page) ? `${m.kind}@staff` : m.kind;
}

/** Every outbox kind that has a template (tests/unit/notify/subscribe-templates.test.ts checks them against the domain). */
export const KIND_TEMPLATES: Record<string, TemplateKey> = {
  // 党群e家: the three things a resident wants to hear after filing a report.
  issue_accepted: 'ISSUE_ACCEPTED',
  issue_rejected: 'ISSUE_ACCEPTED',
  issue_duplicate: 'ISSUE_ACCEPTED',
  issue_progress: 'ISSUE_PROGRESS',
  issue_reassigned: 'ISSUE_PROGRESS',
  issue_returned: 'ISSUE_PROGRESS',
  issue_escalated: 'ISSUE_PROGRESS',
  issue_resolved: 'ISSUE_RESULT',
  issue_closed: 'ISSUE_RESULT',
  // 文化课堂: after signing up or joining the waiting list.
  culture_offer: 'CULTURE_OFFER',
  culture_reminder: 'CULTURE_REMINDER',
  culture_session_changed: 'CULTURE_CHANGE',
  culture_session_cancelled: 'CULTURE_CHANGE',
  culture_offer_expired: 'CULTURE_CHANGE',
  // 为老服务: after booking.
  eldercare_confirm: 'BOOKING_UPDATE',
  eldercare_propose: 'BOOKING_UPDATE',
  eldercare_decline: 'BOOKING_UPDATE',
  eldercare_partner_cancel: 'BOOKING_UPDATE',
  eldercare_expire: 'BOOKING_UPDATE',
  eldercare_no_show: 'BOOKING_UPDATE',
  eldercare_complete: 'BOOKING_UPDATE',
  eldercare_remind: 'VISIT_REMINDER',
  // 企业直通车 诉求: what an enterprise contact wants to hear after filing (the issue templates say the same things).
  enterprise_request_accepted: 'ISSUE_ACCEPTED',
  enterprise_request_reply: 'ISSUE_PROGRESS',
  enterprise_request_matched: 'ISSUE_PROGRESS',
  enterprise_request_resolved: 'ISSUE_RESULT',
  enterprise_request_closed: 'ISSUE_RESULT',
  // Staff and partners: new work, and work about to be late.
  'issue_assigned@staff': 'STAFF_ASSIGNMENT',
  'issue_returned@staff': 'STAFF_ASSIGNMENT',
  'issue_reopened@staff': 'STAFF_ASSIGNMENT',
  'issue_unsatisfied@staff': 'STAFF_ASSIGNMENT',
  'issue_escalated@staff': 'STAFF_ASSIGNMENT',
  'eldercare_request@staff': 'STAFF_ASSIGNMENT',
  // A held photo waits for an admin's decision on the 内容审核 page.
  'moderation_held@staff': 'STAFF_ASSIGNMENT',
  // 企业直通车: a registration waits for the economic work team.
  'enterprise_registered@staff': 'STAFF_ASSIGNMENT',
  'enterprise_assigned@staff': 'STAFF_ASSIGNMENT',
  'issue_reminder@staff': 'STAFF_DEADLINE',
  'enterprise_request_filed@staff': 'STAFF_ASSIGNMENT',
  'enterprise_request_reopened@staff': 'STAFF_ASSIGNMENT',
  'enterprise_request_escalated@staff': 'STAFF_ASSIGNMENT',
  'enterprise_request_reminder@staff': 'STAFF_DEADLINE',
  // 定位推送: a policy that fits the enterprise (its contacts subscribe on 惠企政策).
  enterprise_policy: 'POLICY_PUSH',
  // 定向招聘: the enterprise's answer to a resident who said they were interested.
  enterprise_job_hired: 'JOB_RESULT',
  enterprise_job_declined: 'JOB_RESULT',
};

/**
 * Kinds with no template for anyone: they stay in the in-app 消息 list, and
 * why: the answer to the person's own tap (shown on screen already), or news
 * that is not urgent. (A kind mapped for one audience only, e.g.
 * eldercare_request for partners, is not pushed to the other.)
 */
export const IN_APP_ONLY: Record<string, string> = {
  culture_enrolled: 'the answer to the resident’s own tap',
  culture_waitlisted: 'the answer to the resident’s own tap',
  culture_course_completed: 'the answer to the resident’s own tap',
  eldercare_cancel: 'a cancellation by the family; its other members see it in the app',
  eldercare_withdraw:
    'a booking withdrawn because its booker deleted their account; the partner sees it in the app, the time is free again',
  eldercare_accept: 'the answer to the family’s own tap',
  eldercare_refuse: 'the answer to the family’s own tap',
  eldercare_rate: 'a rating; the partner reads it in the app',
  elder_verification: 'a community decision the family sees on the 为老服务 page',
  guardian_added: 'not urgent',
  partner_application: 'not urgent; the applicant sees it under 我的申请',
  role_granted: 'the answer to redeeming an invite',
  role_revoked: 'not urgent',
  enterprise_request_rated: 'a rating; the liaison and department read it in the app',
  enterprise_request_withdrawn: 'the enterprise’s own tap; the department sees it drop out of the queue',
  enterprise_verification: 'a sub-district decision the contact sees on the 企业直通车 page',
  enterprise_contact_joined: 'not urgent; the inviter sees the new contact on the 企业直通车 page',
  enterprise_liaison_set: 'not urgent; the contacts see their liaison on the 企业直通车 page',
  enterprise_job_interest: 'not urgent; the enterprise sees who is interested on its job list',
};

/** The kind → template table the sender uses, each mapping reading its id from SUBSCRIBE_TPL_<KEY>. */
export const SUBSCRIBE_TEMPLATES: Record<string, TemplateMapping> = Object.fromEntries(
  Object.entries(KIND_TEMPLATES).map(([kind, key]) => [
    kind,
    { env: `SUBSCRIBE_TPL_${key}`, data: TEMPLATES[key].data },
  ]),
);

/** Kinds (mapping keys) with a template id set in `env`, with that id. */
export function activeTemplates(
  env: Record<string, string | undefined>,
  table = SUBSCRIBE_TEMPLATES,
): Map<string, TemplateMapping & { templateId: string }> {
  const active = new Map<string, TemplateMapping & { templateId: string }>();
  for (const [kind, mapping] of Object.entries(table)) {
    const templateId = env[mapping.env]?.trim();
    if (templateId) active.set(kind, { ...mapping, templateId });
  }
  return active;
}
