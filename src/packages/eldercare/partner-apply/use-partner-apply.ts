import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { isPhone } from '../../../rules/fields';
import type { MyApplication, PartnerKind } from '../lib/types';
import { useRunner } from '../lib/use-runner';

export interface PartnerDraft {
  name: string;
  kind: PartnerKind | null;
  description: string;
  contactName: string;
  contactPhone: string;
}

export const EMPTY_PARTNER_DRAFT: PartnerDraft = {
  name: '',
  kind: null,
  description: '',
  contactName: '',
  contactPhone: '',
};

/** The same limits as the server, checked first so the applicant hears what to fix without a round trip. */
export function checkPartnerDraft(d: PartnerDraft): string | null {
  if (d.name.trim().length < 2) return '请填写单位名称。';
  if (!d.kind) return '请选择单位类型。';
  if (d.description.trim().length < 5) return '请简要说明能提供什么服务，至少 5 个字。';
  if (!d.contactName.trim()) return '请填写联系人。';
  if (!isPhone(d.contactPhone)) return '请填写正确的手机号或座机号，座机要带区号。';
  return null;
}

/** 申请成为红色合伙人, and the resident's own applications with their outcome (我的申请). */
export function usePartnerApply() {
  const mine = useResource<MyApplication[]>(() => call('eldercare', 'myApplications'));
  const { busy, outcome, run, say } = useRunner();
  const { reload } = mine;

  const submit = useCallback(
    async (d: PartnerDraft): Promise<boolean> => {
      const problem = checkPartnerDraft(d);
      if (problem || !d.kind) {
        say({ ok: false, text: problem ?? '请选择单位类型。' });
        return false;
      }
      const kind = d.kind;
      const done = await run(
        'apply',
        () =>
          call('eldercare', 'applyPartner', {
            name: d.name.trim(),
            kind,
            description: d.description.trim(),
            contactName: d.contactName.trim(),
            contactPhone: d.contactPhone.trim(),
          }),
        '申请已提交。街道审核后会发消息告诉您，结果也会显示在下面“我的申请”里。',
      );
      reload();
      return done !== null;
    },
    [run, say, reload],
  );

  const pending = (mine.data ?? []).some((a) => a.status === 'pending');
  return { mine, submit, busy: busy === 'apply', outcome, pending };
}
