import { useCallback, useState } from 'react';
import { call } from '../../api/client';
import { usePagedResource } from '../../hooks/use-paged-resource';
import { useResource } from '../../hooks/use-resource';
import type { IssueItem, IssueStateName, QueueName, QueuePage } from '../../issues/types';

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
    pageSize: PAGE_SIZE,
    ...(filters.gridId ? { gridId: filters.gridId } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.state ? { state: filters.state } : {}),
  });
  const key = JSON.stringify({ queue, filters });
  const { refresh: refreshQueue, ...paged } = usePagedResource<IssueItem, QueuePage>(key, (page) =>
    call('issues', 'queue', { ...input(), page }),
  );
  const reloadCounts = counts.reload;

  const refresh = useCallback(() => {
    reloadCounts();
    refreshQueue();
  }, [reloadCounts, refreshQueue]);

  const setFilter = useCallback(
    <K extends keyof QueueFilters>(name: K, value: QueueFilters[K]) =>
      setFilters((prev) => ({ ...prev, [name]: value })),
    [],
  );
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), []);

  return { queue, setQueue, filters, setFilter, clearFilters, counts, grids, categories, ...paged, refresh };
}
