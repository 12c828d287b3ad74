import type { NewMessage } from '../notify/outbox';
import type { JobDoc } from './jobs';

/** The words of 定向招聘 messages, and the pages they open. */
export const JOB_PAGES = {
  job: (id: string) => `/packages/enterprise/job/index?id=${encodeURIComponent(id)}`,
  applicants: (id: string) => `/packages/enterprise/job-applicants/index?id=${encodeURIComponent(id)}`,
};

type Message = Omit<NewMessage, 'recipient'>;

export const jobNotices = {
  interest(job: JobDoc, shared: boolean): Message {
    return {
      kind: 'enterprise_job_interest',
      title: '有居民想应聘',
      body: shared
        ? `有居民报名「${job.title}」，并留下了联系方式，请尽快联系。`
        : `有居民对「${job.title}」感兴趣（未留联系方式）。`,
      page: JOB_PAGES.applicants(job._id),
    };
  },
  hired(job: JobDoc): Message {
    return {
      kind: 'enterprise_job_hired',
      title: '应聘结果：已录用',
      body: `${job.enterpriseName}已录用您担任「${job.title}」，请留意企业的联系。`,
      page: JOB_PAGES.job(job._id),
    };
  },
  declined(job: JobDoc): Message {
    return {
      kind: 'enterprise_job_declined',
      title: '应聘结果：未录用',
      body: `${job.enterpriseName}的「${job.title}」这次没有录用您，可以看看其他岗位。`,
      page: JOB_PAGES.job(job._id),
    };
  },
};
