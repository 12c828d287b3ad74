import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import type { IssueDetail, Satisfaction } from '../../../issues/types';

export interface RatingInput {
  satisfaction: Satisfaction;
  stars: number;
  comment: string;
}

/** One issue as the resident may see it, with 我也遇到 and the 回访 rating. */
export function useIssue(id: string) {
  const issue = useResource<IssueDetail>(() => call('issues', 'get', { id }), { enabled: id !== '' });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { reload } = issue;

  const meToo = useCallback(async () => {
    setBusy(true);
    setNotice(null);
    try {
      const res = await call('issues', 'meToo', { id });
      setNotice({ ok: true, text: `已记下，现在共有 ${res.supporters} 人也遇到。办理进展会通知您。` });
      reload();
    } catch (err) {
      setNotice({ ok: false, text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  }, [id, reload]);

  /** Resolves true when the rating was saved; the form keeps its input otherwise. */
  const rate = useCallback(
    async (input: RatingInput): Promise<boolean> => {
      setBusy(true);
      setNotice(null);
      try {
        const res = await call('issues', 'callback', { id, ...input, comment: input.comment.trim() });
        setNotice({
          ok: true,
          text:
            res.state === 'closed'
              ? '感谢您的评价！这件反映已办结。'
              : '感谢您的评价。我们已把问题发回重新办理，社区会督促尽快解决。',
        });
        reload();
        return true;
      } catch (err) {
        setNotice({ ok: false, text: toApiError(err).message });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [id, reload],
  );

  return { issue, notice, busy, meToo, rate };
}
