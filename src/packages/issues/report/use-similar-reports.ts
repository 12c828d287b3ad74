import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import type { SimilarItem } from '../../../issues/types';
import type { SimilarQuery } from './report-draft';

const SIMILAR_DELAY_MS = 500;

/**
 * Open reports of the same problem at the same place, following the form a
 * moment after typing stops, and 我也遇到 on one of them. `query` null: no place yet.
 */
export function useSimilarReports(query: SimilarQuery | null) {
  const queryKey = query ? JSON.stringify(query) : null;
  const [similar, setSimilar] = useState<{ key: string; items: SimilarItem[] } | null>(null);
  const [supportDone, setSupportDone] = useState<{ id: string; ticketNo: string } | null>(null);

  const fetchSimilar = useCallback(async (q: SimilarQuery, key: string): Promise<SimilarItem[]> => {
    try {
      const { items } = await call('issues', 'similar', q);
      setSimilar({ key, items });
      return items;
    } catch {
      // Suggestions help, but must never stop a report.
      return [];
    }
  }, []);

  // query is a new object each render; queryKey says when it really changed, the ref holds the latest.
  const latest = useRef({ query, queryKey });
  latest.current = { query, queryKey };
  useEffect(() => {
    if (!queryKey) return;
    const timer = setTimeout(() => {
      const now = latest.current;
      if (now.query && now.queryKey === queryKey) void fetchSimilar(now.query, queryKey);
    }, SIMILAR_DELAY_MS);
    return () => clearTimeout(timer);
  }, [queryKey, fetchSimilar]);

  /** The suggestions for the form as it is now: fetched already, or fetched now (before filing). */
  const current = useCallback(async (): Promise<SimilarItem[]> => {
    const now = latest.current;
    if (!now.query || !now.queryKey) return [];
    return similar && similar.key === now.queryKey ? similar.items : fetchSimilar(now.query, now.queryKey);
  }, [similar, fetchSimilar]);

  /** 我也遇到: null when recorded, else the sentence saying why not. */
  const meToo = useCallback(async (item: SimilarItem): Promise<string | null> => {
    try {
      const res = await call('issues', 'meToo', { id: item.id });
      setSimilar((prev) =>
        prev
          ? {
              ...prev,
              items: prev.items.map((i) =>
                i.id === item.id ? { ...i, supported: true, supporters: res.supporters } : i,
              ),
            }
          : prev,
      );
      setSupportDone({ id: item.id, ticketNo: item.ticketNo });
      return null;
    } catch (err) {
      return toApiError(err).message;
    }
  }, []);

  const reset = useCallback(() => {
    setSimilar(null);
    setSupportDone(null);
  }, []);

  return {
    queryKey,
    /** Shown under the form: only the answer for the place as it is now. */
    items: similar && similar.key === queryKey ? similar.items : [],
    /** Whether an answer for this place is in and every report in it is already supported (nothing new to show). */
    allSupported: Boolean(similar && similar.key === queryKey && !similar.items.some((i) => !i.supported)),
    current,
    meToo,
    supportDone,
    reset,
  };
}
