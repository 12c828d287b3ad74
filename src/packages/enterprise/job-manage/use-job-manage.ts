import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { useEnterpriseRef } from '../measures/enterprise-ref';
import { useRunner } from '../../../hooks/use-runner';
import { EMPTY_JOB, jobDraftProblem, jobPayload, type JobDraft } from './job-form';

/** The enterprise's openings, posting a new one, and stopping or reopening one. */
export function useJobManage() {
  const ref = useEnterpriseRef();
  const enterpriseId = ref.enterpriseId;
  const jobs = useResource(useCallback(() => call('enterprise', 'enterpriseJobs', { enterpriseId }), [enterpriseId]));
  const { busy, outcome, run: act, say: setOutcome } = useRunner();
  const [draft, setDraft] = useState<JobDraft>(EMPTY_JOB);

  const post = async (): Promise<boolean> => {
    const problem = jobDraftProblem(draft);
    if (problem) {
      setOutcome({ ok: false, text: problem });
      return false;
    }
    const job = await act(
      'post',
      () => call('enterprise', 'postJob', { ...jobPayload(draft), ...ref }),
      (j) => `已发布「${j.title}」，居民在“家门口招聘”里就能看到。`,
    );
    if (!job) return false;
    setDraft(EMPTY_JOB);
    jobs.reload();
    return true;
  };

  const setOpen = async (jobId: string, version: number, open: boolean) => {
    const job = await act(
      `open-${jobId}`,
      () => call('enterprise', 'setJobOpen', { jobId, version, open }),
      open ? '已重新开始招聘。' : '已停止招聘，居民不再看到这个岗位。',
    );
    if (job)
      jobs.setData((prev) => (prev ? { ...prev, jobs: prev.jobs.map((j) => (j.id === job.id ? job : j)) } : prev));
  };

  return { jobs, ref, draft, setDraft, post, setOpen, busy, outcome };
}
