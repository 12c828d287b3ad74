import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useRef } from 'react';

export interface Reloadable {
  reload: () => void;
  loading: boolean;
}

/**
 * Pull-down refresh on a list page (its page config sets
 * `enablePullDownRefresh: true`): pulling reloads the page's lists, and
 * WeChat's spinner stops once every one of them is in (or has failed), so a
 * slow network shows as still loading rather than as a finished refresh.
 */
export function usePullRefresh(...lists: Reloadable[]): void {
  const pulling = useRef(false);
  const listsRef = useRef(lists);
  listsRef.current = lists;
  const busy = lists.some((l) => l.loading);

  usePullDownRefresh(() => {
    pulling.current = true;
    listsRef.current.forEach((l) => l.reload());
  });

  useEffect(() => {
    if (!pulling.current || busy) return;
    pulling.current = false;
    void Taro.stopPullDownRefresh();
  }, [busy]);
}
