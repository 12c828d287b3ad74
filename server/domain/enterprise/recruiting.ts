import { randomUUID } from 'node:crypto';
import type { ActionContext, Principal, SignedInContext } from '../../core/action';
import { contactEnterpriseIds } from './access';
import type { Tx } from '../../store/port';
import { assertTextsAllowed } from '../moderation/check';
import { queueMessage } from '../notify/outbox';
import {
  callerEnterprise,
  contactOpenids,
  isContactOf,
  staffEnterpriseIds,
  type EnterpriseSummary,
} from './measures-access';
import { jobRefusal } from './job-reasons';
import {
  interestTransition,
  jobTransition,
  stateAfterHire,
  INTEREST_STATE_LABELS,
  JOB_STATE_LABELS,
  type JobState,
} from './job-states';
import {
  INTERESTS,
  JOBS,
  interestId,
  interestsInJob,
  interestsOf,
  jobsOfEnterprise,
  openJobs,
  type InterestDoc,
  type JobDoc,
} from './jobs';
import { jobNotices } from './job-notices';

/**
 * 定向招聘: enterprises post openings, residents browse them (a public page)
 * and say they are interested. A resident's name and phone reach the
 * enterprise only when they tick the consent; without it the enterprise sees
 * only that someone is interested. Hires fill the opening and are counted.
 */
export interface JobInput {
  title: string;
  description: string;
  openings: number;
  pay: string;
  workplace: string;
}

/** What anyone may read about an opening: never who posted it or who is interested. */
export function publicJobView(job: JobDoc) {
  return {
    id: job._id,
    enterpriseId: job.enterpriseId,
    enterpriseName: job.enterpriseName,
    title: job.title,
    description: job.description,
    openings: job.openings,
    remaining: Math.max(0, job.openings - job.filled),
    pay: job.pay,
    workplace: job.workplace,
    status: job.status,
    statusLabel: JOB_STATE_LABELS[job.status],
    postedAt: job.postedAt,
  };
}

/** The enterprise's and staff's view: the public facts plus the counts. */
export function ownerJobView(job: JobDoc) {
  return {
    ...publicJobView(job),
    filled: job.filled,
    interested: job.interested,
    version: job.version,
    closedAt: job.closedAt,
  };
}

async function checkJobTexts(ctx: SignedInContext, input: Partial<JobInput>): Promise<void> {
  await assertTextsAllowed(ctx, ctx.principal.openid, 'forum', {
    title: input.title,
    description: input.description,
    pay: input.pay,
    workplace: input.workplace,
  });
}

export async function postJob(ctx: SignedInContext, input: JobInput, enterpriseId?: string) {
  const enterprise = await callerEnterprise(ctx, enterpriseId);
  if (!enterprise.verified) throw jobRefusal('ENTERPRISE_NOT_VERIFIED');
  await checkJobTexts(ctx, input);
  const at = ctx.now.toISOString();
  const job: JobDoc = {
    _id: `job_${randomUUID().slice(0, 12)}`,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    industry: enterprise.industry,
    ...input,
    filled: 0,
    status: jobTransition('new', 'post'),
    interested: 0,
    postedBy: ctx.principal.openid,
    postedAt: at,
    closedAt: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction((tx) => tx.create(JOBS, job));
  return ownerJobView(job);
}

/** Loads a job of an enterprise the caller speaks for, in a transaction; another enterprise's job is "not found". */
async function ownJob(tx: Pick<Tx, 'get'>, principal: Principal, jobId: string, version?: number): Promise<JobDoc> {
  const job = await tx.get(JOBS, jobId);
  if (!job || !contactEnterpriseIds(principal).includes(job.enterpriseId)) throw jobRefusal('JOB_NOT_FOUND');
  if (version !== undefined && job.version !== version) throw jobRefusal('EDITED_BY_OTHERS');
  return job;
}

export async function updateJob(ctx: SignedInContext, jobId: string, version: number, patch: Partial<JobInput>) {
  await checkJobTexts(ctx, patch);
  const job = await ctx.store.transaction(async (tx) => {
    const current = await ownJob(tx, ctx.principal, jobId, version);
    const openings = patch.openings ?? current.openings;
    if (openings < current.filled) throw jobRefusal('OPENINGS_BELOW_FILLED', { filled: current.filled });
    const next: JobDoc = { ...current, ...patch, version: current.version + 1, updatedAt: ctx.now.toISOString() };
    await tx.set(JOBS, next);
    return next;
  });
  return ownerJobView(job);
}

export async function setJobOpen(ctx: SignedInContext, jobId: string, version: number, open: boolean) {
  const job = await ctx.store.transaction(async (tx) => {
    const current = await ownJob(tx, ctx.principal, jobId, version);
    // Reopening needs a free place: a filled job gets more openings first (updateJob).
    if (open && current.filled >= current.openings) throw jobRefusal('REOPEN_NEEDS_OPENINGS');
    const status: JobState = jobTransition(current.status, open ? 'reopen' : 'close');
    const at = ctx.now.toISOString();
    const next: JobDoc = {
      ...current,
      status,
      closedAt: open ? null : at,
      version: current.version + 1,
      updatedAt: at,
    };
    await tx.set(JOBS, next);
    return next;
  });
  return ownerJobView(job);
}

export async function enterpriseJobs(ctx: SignedInContext, enterpriseId?: string) {
  const enterprise = await callerEnterprise(ctx, enterpriseId);
  const jobs = await jobsOfEnterprise(ctx.store, enterprise.id);
  return {
    enterprise: { id: enterprise.id, name: enterprise.name, verified: enterprise.verified },
    jobs: jobs.map(ownerJobView),
  };
}

/**
 * The interests in one of the enterprise's jobs. Only those who agreed to
 * share show a name, phone and note; the others are a count.
 */
export async function jobInterests(ctx: SignedInContext, jobId: string) {
  const job = await ownJob(ctx.store, ctx.principal, jobId);
  const rows = (await interestsInJob(ctx.store, jobId)).filter((i) => i.state !== 'withdrawn');
  const shared = rows.filter((i) => i.shareContact);
  return {
    job: ownerJobView(job),
    people: shared.map((i) => ({
      id: i._id,
      name: i.name,
      phone: i.phone,
      note: i.note,
      state: i.state,
      stateLabel: INTEREST_STATE_LABELS[i.state],
      at: i.createdAt,
    })),
    /** Interested residents who did not share their contact: the enterprise learns only how many. */
    anonymous: rows.length - shared.length,
  };
}

/** The enterprise's decision on one interest: hired fills a place (and maybe the job), declined does not. */
export async function decideInterest(ctx: SignedInContext, id: string, decision: 'hire' | 'decline') {
  return ctx.store.transaction(async (tx) => {
    const interest = await tx.get(INTERESTS, id);
    // Another enterprise's interest, or a withdrawn one, is "not found", never "forbidden".
    if (
      !interest ||
      !contactEnterpriseIds(ctx.principal).includes(interest.enterpriseId) ||
      interest.state === 'withdrawn'
    )
      throw jobRefusal('INTEREST_NOT_FOUND');
    if (!interest.shareContact) throw jobRefusal('CONTACT_NOT_SHARED');
    const job = await ownJob(tx, ctx.principal, interest.jobId);
    const state = interestTransition(interest.state, decision);
    const at = ctx.now.toISOString();
    const filled = job.filled + (decision === 'hire' ? 1 : 0);
    const nextJob: JobDoc = {
      ...job,
      filled,
      interested: Math.max(0, job.interested - 1),
      status: decision === 'hire' ? stateAfterHire(job.status, filled, job.openings) : job.status,
      version: job.version + 1,
      updatedAt: at,
    };
    const nextInterest: InterestDoc = {
      ...interest,
      state,
      history: [...interest.history, { state, at, by: ctx.principal.openid }],
      updatedAt: at,
    };
    await tx.set(JOBS, nextJob);
    await tx.set(INTERESTS, nextInterest);
    await queueMessage(
      tx,
      { recipient: interest.openid, ...(decision === 'hire' ? jobNotices.hired(job) : jobNotices.declined(job)) },
      ctx.now,
    );
    return { job: ownerJobView(nextJob), interest: { id, state, stateLabel: INTEREST_STATE_LABELS[state] } };
  });
}

// Residents

/** Open jobs, newest first; public (the page opens from a shared link too). */
export async function listJobs(ctx: ActionContext, skip: number) {
  const jobs = await openJobs(ctx.store, 50, skip);
  return jobs.map(publicJobView);
}

export async function getJob(ctx: ActionContext, jobId: string) {
  const job = await ctx.store.get(JOBS, jobId);
  // Closed and filled jobs stay readable (a resident's own interest links to them); staff see any.
  if (!job) throw jobRefusal('JOB_NOT_FOUND');
  const mine = ctx.principal ? await ctx.store.get(INTERESTS, interestId(jobId, ctx.principal.openid)) : null;
  return { job: publicJobView(job), mine: mine ? myInterestView(mine) : null };
}

function myInterestView(i: InterestDoc) {
  return {
    id: i._id,
    jobId: i.jobId,
    state: i.state,
    stateLabel: INTEREST_STATE_LABELS[i.state],
    shareContact: i.shareContact,
    name: i.name,
    phone: i.phone,
    note: i.note,
    at: i.createdAt,
  };
}

export interface InterestInput {
  shareContact: boolean;
  name: string | null;
  phone: string | null;
  note: string;
}

export async function expressInterest(ctx: SignedInContext, jobId: string, input: InterestInput) {
  const openid = ctx.principal.openid;
  const pre = await ctx.store.get(JOBS, jobId);
  if (!pre) throw jobRefusal('JOB_NOT_FOUND');
  if (await isContactOf(ctx.store, openid, pre.enterpriseId)) throw jobRefusal('OWN_ENTERPRISE_JOB');
  if (input.shareContact) await assertTextsAllowed(ctx, openid, 'profile', { name: input.name, note: input.note });
  const contacts = await contactOpenids(ctx.store, pre.enterpriseId);
  const id = interestId(jobId, openid);
  const at = ctx.now.toISOString();
  const saved = await ctx.store.transaction(async (tx) => {
    const job = await tx.get(JOBS, jobId);
    if (!job) throw jobRefusal('JOB_NOT_FOUND');
    if (job.status !== 'open') throw jobRefusal('JOB_NOT_OPEN', { statusLabel: JOB_STATE_LABELS[job.status] });
    const existing = await tx.get(INTERESTS, id);
    if (existing?.state === 'interested') throw jobRefusal('ALREADY_INTERESTED');
    const state = interestTransition(existing?.state ?? 'new', 'express');
    const interest: InterestDoc = {
      _id: id,
      jobId,
      enterpriseId: job.enterpriseId,
      openid,
      state,
      ...contactFields(input),
      history: [...(existing?.history ?? []), { state, at, by: openid }],
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await tx.set(INTERESTS, interest);
    await tx.set(JOBS, { ...job, interested: job.interested + 1, updatedAt: at });
    for (const recipient of contacts)
      await queueMessage(tx, { recipient, ...jobNotices.interest(job, input.shareContact) }, ctx.now);
    return interest;
  });
  return myInterestView(saved);
}

/** Without consent nothing identifying is kept: no name, no phone, no note. */
function contactFields(input: InterestInput): Pick<InterestDoc, 'shareContact' | 'name' | 'phone' | 'note'> {
  return input.shareContact
    ? { shareContact: true, name: input.name, phone: input.phone, note: input.note }
    : { shareContact: false, name: null, phone: null, note: '' };
}

/** Gives or takes back consent to share the contact while the interest is open; taking it back erases name, phone and note. */
export async function setContactSharing(ctx: SignedInContext, jobId: string, input: InterestInput) {
  const openid = ctx.principal.openid;
  if (input.shareContact) await assertTextsAllowed(ctx, openid, 'profile', { name: input.name, note: input.note });
  const saved = await ctx.store.transaction(async (tx) => {
    const interest = await tx.get(INTERESTS, interestId(jobId, openid));
    if (!interest) throw jobRefusal('INTEREST_NOT_FOUND');
    if (interest.state !== 'interested')
      throw jobRefusal('ILLEGAL_INTEREST_TRANSITION', {
        stateLabel: INTEREST_STATE_LABELS[interest.state],
        eventLabel: '修改联系方式',
      });
    const next: InterestDoc = { ...interest, ...contactFields(input), updatedAt: ctx.now.toISOString() };
    await tx.set(INTERESTS, next);
    return next;
  });
  return myInterestView(saved);
}

export async function withdrawInterest(ctx: SignedInContext, jobId: string) {
  const openid = ctx.principal.openid;
  const saved = await ctx.store.transaction(async (tx) => {
    const interest = await tx.get(INTERESTS, interestId(jobId, openid));
    if (!interest) throw jobRefusal('INTEREST_NOT_FOUND');
    const state = interestTransition(interest.state, 'withdraw');
    const at = ctx.now.toISOString();
    const next: InterestDoc = {
      ...interest,
      state,
      shareContact: false,
      name: null,
      phone: null,
      note: '',
      history: [...interest.history, { state, at, by: openid }],
      updatedAt: at,
    };
    await tx.set(INTERESTS, next);
    const job = await tx.get(JOBS, jobId);
    if (job) await tx.set(JOBS, { ...job, interested: Math.max(0, job.interested - 1), updatedAt: at });
    return next;
  });
  return myInterestView(saved);
}

export async function myInterests(ctx: SignedInContext) {
  const rows = await interestsOf(ctx.store, ctx.principal.openid);
  const jobs = await Promise.all(rows.map((r) => ctx.store.get(JOBS, r.jobId)));
  return rows.map((r, i) => ({ ...myInterestView(r), job: jobs[i] ? publicJobView(jobs[i]!) : null }));
}

// Staff

/** Jobs of the enterprises the caller serves (all for the economic work team), with the figures. */
export async function staffJobs(ctx: SignedInContext) {
  const scope = await staffEnterpriseIds(ctx);
  const all: JobDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await ctx.store.find(JOBS, {}, { orderBy: [['postedAt', 'desc']], limit: 1000, skip });
    all.push(...page.filter((j) => scope === 'all' || scope.has(j.enterpriseId)));
    if (page.length < 1000) break;
  }
  return { jobs: all.slice(0, 200).map(ownerJobView), figures: jobFigures(all) };
}

export function jobFigures(jobs: readonly JobDoc[]) {
  return {
    postings: jobs.length,
    open: jobs.filter((j) => j.status === 'open').length,
    openings: jobs.reduce((n, j) => n + j.openings, 0),
    filled: jobs.reduce((n, j) => n + j.filled, 0),
    interested: jobs.reduce((n, j) => n + j.interested, 0),
  };
}

export type { EnterpriseSummary };
