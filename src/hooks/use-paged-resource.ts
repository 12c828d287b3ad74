import { useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../api/errors';
import { useResource, type Resource } from './use-resource';

export interface PageOf<Item> {
  items: Item[];
  total: number;
}

/**
 * A list read page by page: page 1 is a useResource (reloads on show), later
 * pages are appended by loadMore(). `key` names the current list (a tab, a set
 * of filters): when it changes, page 1 loads again and pages fetched for the
 * old key are dropped, also if their reply comes in late. Scrolling to the
 * bottom of the page loads the next page by itself (the page's 加载更多
 * button stays, for screen readers and for lists that do not fill the screen).
 */
export function usePagedResource<Item, P extends PageOf<Item>>(key: string, loadPage: (page: number) => Promise<P>) {
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;
  const first: Resource<P> = useResource<P>(() => loadRef.current(1));
  const [more, setMore] = useState<{ key: string; items: Item[]; page: number } | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const [moreError, setMoreError] = useState<{ key: string; error: ApiError } | null>(null);
  const { reload } = first;

  // The mount load is useResource's own; a new key loads again once the loader sees it.
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    setMore(null);
    setMoreError(null);
    reload();
  }, [key, reload]);

  const extra = more && more.key === key ? more : null;
  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const total = first.data?.total ?? 0;

  const loadMore = useCallback(async () => {
    const page = (extra?.page ?? 1) + 1;
    setMoreBusy(true);
    setMoreError(null);
    try {
      const next = await loadRef.current(page);
      setMore({ key, page, items: [...(extra?.items ?? []), ...next.items] });
    } catch (err) {
      setMoreError({ key, error: toApiError(err) });
    } finally {
      setMoreBusy(false);
    }
  }, [extra, key]);

  const hasMore = items.length < total;
  const idle = !moreBusy && !first.loading;
  useReachBottom(() => {
    if (hasMore && idle) void loadMore();
  });

  const refresh = useCallback(() => {
    setMore(null);
    reload();
  }, [reload]);

  return {
    first,
    items,
    total,
    hasMore,
    loadMore,
    moreBusy,
    // An error of another list's "more" is not this list's concern.
    moreError: moreError && moreError.key === key ? moreError.error : null,
    refresh,
  };
}
