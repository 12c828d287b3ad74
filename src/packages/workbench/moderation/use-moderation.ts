import { useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError, type ApiError } from '../../../api/errors';
import type { OutputOf } from '../../../api/types';
import { useResource } from '../../../hooks/use-resource';

export type QueueItem = OutputOf<'issues', 'moderationQueue'>['items'][number];

/** 内容审核: the held photos and the decided ones; release or hide, with a note. */
export function useModeration() {
  const [which, setWhich] = useState<'open' | 'decided'>('open');
  const queue = useResource(() => call('issues', 'moderationQueue', { which }).then((r) => r.items), {});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // The first load happens on mount; a switch of list loads again once `which` is rendered.
  const mounted = useRef(false);
  const { reload } = queue;
  useEffect(() => {
    if (mounted.current) reload();
    mounted.current = true;
  }, [which, reload]);

  const show = (next: 'open' | 'decided') => {
    setWhich(next);
    setDone(null);
  };

  const decide = async (item: QueueItem, decision: 'release' | 'hide', note: string) => {
    setBusy(`${item.id}-${decision}`);
    setError(null);
    try {
      await call('issues', 'moderate', { id: item.id, version: item.version, decision, note });
      setDone(decision === 'release' ? `已放行 ${item.ticketNo} 的照片` : `已隐藏 ${item.ticketNo} 的照片`);
      queue.reload();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return { which, show, queue, busy, error, done, decide };
}
