import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../api/errors';

export interface Resource<T> {
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** Replace the data locally after a successful change, without a round trip. */
  setData: (update: (prev: T | null) => T | null) => void;
}

/**
 * Loads once on mount, again each time the page is shown (tab pages stay
 * alive, so their data would go stale otherwise), and on reload().
 * Only the latest request may write state, so a slow old reply cannot win.
 */
export function useResource<T>(load: () => Promise<T>, options: { enabled?: boolean } = {}): Resource<T> {
  const enabled = options.enabled ?? true;
  const [data, setDataState] = useState<T | null>(null);
  const [loading, setLoading] = useState(enabled);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const shownOnce = useRef(false);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(null);
    loadRef.current().then(
      (value) => {
        if (ticket !== latest.current) return;
        setDataState(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (ticket !== latest.current) return;
        setError(toApiError(err));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    // The counter itself, not its value now: cleanup must bump whatever it holds by then.
    const requests = latest;
    if (enabled) reload();
    return () => {
      // Invalidate in-flight requests: the component is gone.
      requests.current++;
    };
  }, [enabled, reload]);

  useDidShow(() => {
    // The first show coincides with the mount load above.
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    if (enabled) reload();
  });

  const setData = useCallback((update: (prev: T | null) => T | null) => setDataState(update), []);
  return { data, loading, error, reload, setData };
}
