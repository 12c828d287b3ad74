import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/errors';
import { useResource } from '../../hooks/use-resource';
import type { IssueItem, IssueStateName, QueueName, QueuePage } from '../issues/lib/types';

export interface QueueFilters {
  gridId: string;
  category: string;
  state: IssueStateName | '';
}

const PAGE_SIZE = 20;
const NO_FILTERS: QueueFilters = { gridId: '', category: '', state: '' };

/**
 * The workbench: queue counts, the chosen queue page by page, and the
 * filters. Everything reloads when the page shows again (after handling an issue).
 */
export function useWorkbench() {
  const [queue, setQueue] = useState<QueueName>('pending');
  const [filters, setFilters] = useState<QueueFilters>(NO_FILTERS);
  const counts = useResource(() => call('issues', 'queueCounts', {}));
  const grids = useResource(() => call('issues', 'grids', {}));
  const categories = useResource(() => call('issues', 'categories', {}));

  const input = () => ({
    queue,
    page: 1,
    pageSize: PAGE_SIZE,
    ...(filters.gridId ? { gridId: filters.gridId } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.state ? { state: filters.state } : {}),
  });
  const first = useResource<QueuePage>(() => call('issues', 'queue', input()));
  const [more, setMore] = useState<{ key: string; items: IssueItem[]; page: number } | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const key = JSON.stringify({ queue, filters });
  const reloadFirst = first.reload;
  const reloadCounts = counts.reload;

  // The mount load is useResource's own; a new queue or filter loads again once the loader sees it.
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    setMore(null);
    setMoreError(null);
    reloadFirst();
  }, [key, reloadFirst]);

  const extra = more && more.key === key ? more : null;
  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const total = first.data?.total ?? 0;

  const loadMore = useCallback(async () => {
    const page = (extra?.page ?? 1) + 1;
    setMoreBusy(true);
    setMoreError(null);
    try {
      const next = await call('issues', 'queue', { ...input(), page });
      setMore({ key, page, items: [...(extra?.items ?? []), ...next.items] });
    } catch (err) {
      setMoreError(toApiError(err));
    } finally {
      setMoreBusy(false);
    }
    // input() reads queue and filters, which `key` stands for.
  }, [extra, key]);

  const refresh = useCallback(() => {
    setMore(null);
    reloadCounts();
    reloadFirst();
  }, [reloadCounts, reloadFirst]);

  const setFilter = useCallback(<K extends keyof QueueFilters>(name: K, value: QueueFilters[K]) => setFilters((prev) => ({ ...prev, [name]: value })), []);
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), []);

  return { queue, setQueue, filters, setFilter, clearFilters, counts, grids, categories, first, items, total, hasMore: items.length < total, loadMore, moreBusy, moreError, refresh };
}
