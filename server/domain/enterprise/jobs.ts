import { defineCollection } from '../../store/collections';
import type { DocumentStore } from '../../store/port';
import type { InterestState, JobState } from './job-states';

/**
 * 定向招聘: the job openings enterprises post for residents, and residents'
 * interest in them. A resident's name and phone reach the enterprise only when
 * they tick the consent on the interest (src/privacy/data.ts declares both).
 */
export interface JobDoc {
  _id: string;
  enterpriseId: string;
  /** Snapshot for the public list, taken when posting (an enterprise rename is rare). */
  enterpriseName: string;
  industry: string;
  /** 工种, e.g. 数控车工. */
  title: string;
  description: string;
  /** People wanted. */
  openings: number;
  /** People hired through the app so far; the job is filled when it reaches openings. */
  filled: number;
  /** Wage as said to applicants, e.g. 5000–7000 元/月. */
  pay: string;
  /** Where the work is. */
  workplace: string;
  status: JobState;
  /** Residents currently interested (not withdrawn, not decided). */
  interested: number;
  postedBy: string;
  postedAt: string;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export interface InterestDoc {
  _id: string;
  jobId: string;
  enterpriseId: string;
  openid: string;
  state: InterestState;
  /** The resident agreed that the enterprise may see the name and phone below. */
  shareContact: boolean;
  /** Kept only while shareContact is true (withdrawing consent erases them). */
  name: string | null;
  phone: string | null;
  /** What the resident wants the enterprise to know (experience, when they can start); checked content. */
  note: string;
  history: Array<{ state: InterestState; at: string; by: string }>;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export const JOBS = defineCollection<JobDoc>('enterprise_jobs', [
  {
    name: 'status_posted',
    fields: [
      ['status', 'asc'],
      ['postedAt', 'desc'],
    ],
  },
  {
    name: 'enterprise_posted',
    fields: [
      ['enterpriseId', 'asc'],
      ['postedAt', 'desc'],
    ],
  },
]);

export const INTERESTS = defineCollection<InterestDoc>('enterprise_job_interests', [
  {
    name: 'job_created',
    fields: [
      ['jobId', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  {
    name: 'openid_created',
    fields: [
      ['openid', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
]);

export const JOB_COLLECTIONS = [JOBS, INTERESTS];

/** One interest per resident and job: expressing twice finds the same record. */
export function interestId(jobId: string, openid: string): string {
  return `${jobId}:${openid}`;
}

/** Open jobs, newest first: what residents browse. */
export function openJobs(store: DocumentStore, limit = 100, skip = 0): Promise<JobDoc[]> {
  return store.find(
    JOBS,
    { status: 'open' },
    {
      orderBy: [
        ['postedAt', 'desc'],
        ['_id', 'asc'],
      ],
      limit,
      skip,
    },
  );
}

/** Every job of one enterprise, newest first. */
export function jobsOfEnterprise(store: DocumentStore, enterpriseId: string): Promise<JobDoc[]> {
  return store.find(JOBS, { enterpriseId }, { orderBy: [['postedAt', 'desc']], limit: 1000 });
}

/** The interests in one job, oldest first (the order they came in). */
export function interestsInJob(store: DocumentStore, jobId: string): Promise<InterestDoc[]> {
  return store.find(INTERESTS, { jobId }, { orderBy: [['createdAt', 'asc']], limit: 1000 });
}

/** A resident's own interests, newest first. */
export function interestsOf(store: DocumentStore, openid: string): Promise<InterestDoc[]> {
  return store.find(INTERESTS, { openid }, { orderBy: [['createdAt', 'desc']], limit: 200 });
}
