import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { subscribeFor } from '../../../platform/subscribe';
import { useRunner } from '../../../hooks/use-runner';

/** What a resident fills in to say they are interested: the contact only with the consent tick. */
export interface InterestDraft {
  shareContact: boolean;
  name: string;
  phone: string;
  note: string;
}

export const EMPTY_INTEREST: InterestDraft = { shareContact: false, name: '', phone: '', note: '' };

/** Without consent, nothing identifying is sent (the server refuses it too). */
export function interestPayload(jobId: string, draft: InterestDraft) {
  return draft.shareContact
    ? { jobId, shareContact: true, name: draft.name.trim(), phone: draft.phone.trim(), note: draft.note.trim() }
    : { jobId, shareContact: false };
}

export function useJob(jobId: string) {
  const page = useResource(
    useCallback(() => call('enterprise', 'getJob', { jobId }), [jobId]),
    { enabled: jobId !== '' },
  );
  const { busy, outcome, run: act } = useRunner();
  const [draft, setDraft] = useState<InterestDraft>(EMPTY_INTEREST);

  const express = async () => {
    // Asked first in the tap (WeChat shows the dialog only then): the enterprise's answer.
    await subscribeFor('jobInterest');
    const mine = await act(
      'express',
      () => call('enterprise', 'expressInterest', interestPayload(jobId, draft)),
      (m) =>
        m.shareContact
          ? '已报名，企业会通过您留的电话联系您。'
          : '已报名。企业只知道有人感兴趣；想让企业联系您，可以再提供联系方式。',
    );
    if (mine) page.setData((prev) => (prev ? { ...prev, mine } : prev));
  };

  const share = async (next: InterestDraft) => {
    const mine = await act(
      'share',
      () => call('enterprise', 'setContactSharing', interestPayload(jobId, next)),
      (m) => (m.shareContact ? '已把联系方式提供给企业。' : '已不再向企业提供您的联系方式，企业那边已看不到。'),
    );
    if (mine) page.setData((prev) => (prev ? { ...prev, mine } : prev));
  };

  const withdraw = async () => {
    const mine = await act(
      'withdraw',
      () => call('enterprise', 'withdrawInterest', { jobId }),
      '已撤回报名，企业那边不再显示您的信息。',
    );
    if (mine) page.setData((prev) => (prev ? { ...prev, mine } : prev));
  };

  return { page, draft, setDraft, busy, outcome, express, share, withdraw };
}
