import { useState } from 'react';
import { PAGE_SIZE } from '../measures/paging';
import { call } from '../../../api/client';
import type { InputOf } from '../../../api/types';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { useRunner } from '../../../hooks/use-runner';
import { EMPTY_POLICY, policyDraftProblem, type PolicyDraft } from './policy-form';

type PublishInput = InputOf<'enterprise', 'publishPolicy'>;

const loadList = (limit: number) => call('enterprise', 'staffPolicies', { limit });

/** Staff's policy list with reach and figures, and publishing (the office only). */
export function useStaffPolicies() {
  const { setFilter: setLimit, resource: list } = useFilteredResource<number, Awaited<ReturnType<typeof loadList>>>(
    PAGE_SIZE,
    loadList,
  );
  const showMore = () => setLimit((n) => n + PAGE_SIZE);
  const { busy, outcome, run: act, say: setOutcome } = useRunner();
  const [draft, setDraft] = useState<PolicyDraft>(EMPTY_POLICY);

  const publish = async (): Promise<boolean> => {
    const problem = policyDraftProblem(draft);
    if (problem) {
      setOutcome({ ok: false, text: problem });
      return false;
    }
    const input = {
      title: draft.title.trim(),
      level: draft.level,
      topic: draft.topic,
      issuer: draft.issuer.trim(),
      summary: draft.summary.trim(),
      industries: draft.industries,
      sizes: draft.sizes,
      deadline: draft.deadline || null,
    } as PublishInput;
    const done = await act(
      'publish',
      () => call('enterprise', 'publishPolicy', input),
      (r) => `已发布，推送给 ${r.pushed} 家符合条件的企业。`,
    );
    if (!done) return false;
    setDraft(EMPTY_POLICY);
    list.reload();
    return true;
  };

  const withdraw = async (policyId: string, version: number) => {
    const done = await act(
      `withdraw-${policyId}`,
      () => call('enterprise', 'withdrawPolicy', { policyId, version }),
      '已撤回，企业不再看到这条政策。',
    );
    if (done) list.reload();
  };

  return { list, draft, setDraft, publish, withdraw, showMore, busy, outcome };
}
