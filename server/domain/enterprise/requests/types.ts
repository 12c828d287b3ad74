import type { RequestType } from './model';

/**
 * CONFIG: the request types of the direct line, the department each goes to
 * and its time limit in working days (counted from acceptance's start, i.e.
 * from filing, like issue intake). Departments are those of the enterprise
 * foundation (seed/enterprise.ts); a district admin changes this table in code
 * review, not at run time, because a new type needs its own form fields.
 */
export interface RequestTypeSpec {
  label: string;
  /** One line under the type on the filing page. */
  hint: string;
  departmentId: string;
  resolveDays: number;
}

export const REQUEST_TYPE_SPECS: Record<RequestType, RequestTypeSpec> = {
  financing: { label: '融资', hint: '贷款、担保、贴息等资金需求', departmentId: 'dept-economy', resolveDays: 10 },
  hiring: { label: '招工', hint: '招聘工人、技术人员，用工对接', departmentId: 'dept-social', resolveDays: 5 },
  policy: { label: '政策咨询', hint: '惠企政策能不能申请、怎么申请', departmentId: 'dept-economy', resolveDays: 3 },
  premises: { label: '场地', hint: '厂房、办公场地、仓储', departmentId: 'dept-urban', resolveDays: 10 },
  permits: { label: '审批', hint: '证照办理、项目审批手续', departmentId: 'dept-urban', resolveDays: 5 },
  other: { label: '其他', hint: '其他需要街道协调的事', departmentId: 'dept-office', resolveDays: 5 },
};

/** Working days to accept a request (the liaison or department answers that they took it on). */
export const ACCEPT_WORKING_DAYS = 1;
/** Hours before a deadline the 催办 reminder goes out. */
export const REMIND_LEAD_HOURS = { accept: 4, resolve: 24 } as const;
/** Working days an escalated request gets before the team is reminded again. */
export const ESCALATION_STEP_WORKING_DAYS = 1;
/** Calendar days a resolved request waits for the enterprise's rating before it closes itself. */
export const AUTO_CLOSE_DAYS = 7;
/** Attachments per request (licence, site photos, a statement). */
export const MAX_ATTACHMENTS = 6;
/** Requests one enterprise may file per Shanghai day: enough for real needs, a stop for a runaway client. */
export const DAILY_LIMIT = 10;
