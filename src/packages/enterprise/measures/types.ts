import type { OutputOf } from '../../../api/types';

/** Reply types of 定向招聘 and 定位推送, from the server contract (type-only). */
export type PublicJob = OutputOf<'enterprise', 'listJobs'>[number];
export type JobPage = OutputOf<'enterprise', 'getJob'>;
export type MyInterest = OutputOf<'enterprise', 'myInterests'>[number];
export type EnterpriseJobs = OutputOf<'enterprise', 'enterpriseJobs'>;
export type OwnerJob = EnterpriseJobs['jobs'][number];
export type JobInterests = OutputOf<'enterprise', 'jobInterests'>;
export type StaffJobs = OutputOf<'enterprise', 'staffJobs'>;
export type EnterprisePolicies = OutputOf<'enterprise', 'enterprisePolicies'>;
export type EnterprisePolicy = EnterprisePolicies['items'][number];
export type PolicyPage = OutputOf<'enterprise', 'getPolicy'>;
export type StaffPolicies = OutputOf<'enterprise', 'staffPolicies'>;
