import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/errors';
import { useResource } from '../../hooks/use-resource';
import type { IssueItem, MinePage } from './lib/types';

export type MineKind = 'reported' | 'supported';
const PAGE_SIZE = 20;

/** 我的反映: what I reported, or what I said "我也遇到" to; page by page. */
export function useMyIssues() {
  const [kind, setKind] = useState<MineKind>('reported');
  const first = useResource<MinePage>(() => call('issues', 'mine', { kind, page: 1, pageSize: PAGE_SIZE }));
  const [more, setMore] = useState<{ kind: MineKind; items: IssueItem[]; page: number } | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const { reload } = first;

  const choose = useCallback((next: MineKind) => {
    setKind(next);
    setMore(null);
    setMoreError(null);
  }, []);

  // The mount load is useResource's own; a change of list loads again once the loader sees the new kind.
  const seenKind = useRef(kind);
  useEffect(() => {
    if (seenKind.current === kind) return;
    seenKind.current = kind;
    reload();
  }, [kind, reload]);

  const extra = more && more.kind === kind ? more : null;
  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const total = first.data?.total ?? 0;

  const loadMore = useCallback(async () => {
    const page = (extra?.page ?? 1) + 1;
    setMoreBusy(true);
    setMoreError(null);
    try {
      const next = await call('issues', 'mine', { kind, page, pageSize: PAGE_SIZE });
      setMore({ kind, page, items: [...(extra?.items ?? []), ...next.items] });
    } catch (err) {
      setMoreError(toApiError(err));
    } finally {
      setMoreBusy(false);
    }
  }, [extra, kind]);

  const refresh = useCallback(() => {
    setMore(null);
    reload();
  }, [reload]);

  return { kind, choose, first, items, total, hasMore: items.length < total, loadMore, moreBusy, moreError, refresh };
}
