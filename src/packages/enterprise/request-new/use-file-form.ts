import { useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { usePhotoUploads } from '../../../hooks/use-photo-uploads';
import type { RequestType, RequestTypeOption } from '../request-lib/types';
import { newRequestId } from '../request-lib/words';

/** What the form checks before sending (the server checks the same, and more). */
export interface FileDraft {
  type: RequestType | null;
  title: string;
  description: string;
  amountWan: string;
  purpose: string;
  termMonths: string;
}

export const EMPTY_DRAFT: FileDraft = {
  type: null,
  title: '',
  description: '',
  amountWan: '',
  purpose: '',
  termMonths: '',
};

/** The first problem of a draft in plain words, or null when it can be sent. */
export function draftProblem(d: FileDraft): string | null {
  if (!d.type) return '请选择诉求类型。';
  if (d.title.trim().length < 2) return '请写一个标题（至少 2 个字），例如“招焊工 10 名”。';
  if (d.description.trim().length < 5) return '请写清楚需要街道帮什么（至少 5 个字）。';
  if (d.type === 'financing') {
    const amount = Number(d.amountWan);
    const term = Number(d.termMonths);
    if (!(amount > 0)) return '请填写融资金额（万元），例如 300。';
    if (d.purpose.trim().length < 2) return '请填写资金用途，例如“购置设备”。';
    if (!Number.isInteger(term) || term < 1) return '请填写期限（整月数），例如 12。';
  }
  return null;
}

/** The filing form: its fields, the attachments (uploaded as soon as picked) and one send that a retry cannot double. */
export function useFileForm(enterpriseId?: string) {
  const types = useResource<RequestTypeOption[]>(() => call('enterprise', 'requestTypes'));
  const [draft, setDraft] = useState<FileDraft>(EMPTY_DRAFT);
  const [requestId, setRequestId] = useState(() => newRequestId());
  const attachments = usePhotoUploads(6);
  const set = <K extends keyof FileDraft>(key: K, value: FileDraft[K]) =>
    setDraft((prev) => ({ ...prev, [key]: value }));

  const problem = draftProblem(draft) ?? attachments.blocker;

  const send = async () => {
    const result = await call('enterprise', 'fileRequest', {
      ...(enterpriseId ? { enterpriseId } : {}),
      requestId,
      type: draft.type!,
      title: draft.title.trim(),
      description: draft.description.trim(),
      attachments: attachments.paths,
      ...(draft.type === 'financing'
        ? {
            financing: {
              amountWan: Number(draft.amountWan),
              purpose: draft.purpose.trim(),
              termMonths: Number(draft.termMonths),
            },
          }
        : {}),
    });
    // A new request next time: this id now names the one just filed.
    setRequestId(newRequestId());
    return result;
  };

  return { types, draft, set, attachments, problem, send };
}
