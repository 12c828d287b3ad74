/** Page addresses of 定向招聘 and 定位推送 in the enterprise subpackage, built in one place. */
const ROOT = '/packages/enterprise';
const q = (value: string) => encodeURIComponent(value);

export const MEASURE_PATHS = {
  jobs: `${ROOT}/jobs/index`,
  job: (id: string) => `${ROOT}/job/index?id=${q(id)}`,
  jobManage: `${ROOT}/job-manage/index`,
  jobApplicants: (id: string) => `${ROOT}/job-applicants/index?id=${q(id)}`,
  staffJobs: `${ROOT}/staff-jobs/index`,
  policies: `${ROOT}/policies/index`,
  policy: (id: string) => `${ROOT}/policy/index?id=${q(id)}`,
  staffPolicies: `${ROOT}/staff-policies/index`,
};
