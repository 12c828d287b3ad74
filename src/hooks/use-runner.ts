import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../api/errors';
import type { Outcome } from '../components/Notice';

export type { Outcome };

/**
 * One change at a time for a page: which action is busy (so only its button
 * spins), the last outcome in plain words for a status line, and the last
 * error for pages that tailor a hint to its reason. By default the server's
 * sentence is shown as it comes (it already says what to change); a job may
 * pass its own wording.
 */
export function useRunner(words: (error: ApiError) => string = (error) => error.message) {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [lastError, setLastError] = useState<ApiError | null>(null);

  const run = useCallback(
    async <T>(key: string, action: () => Promise<T>, success?: string | ((value: T) => string)): Promise<T | null> => {
      setBusy(key);
      setOutcome(null);
      setLastError(null);
      try {
        const value = await action();
        if (success) setOutcome({ ok: true, text: typeof success === 'function' ? success(value) : success });
        return value;
      } catch (err) {
        const error = toApiError(err);
        setLastError(error);
        setOutcome({ ok: false, text: words(error) });
        return null;
      } finally {
        setBusy(null);
      }
    },
    [words],
  );

  const say = useCallback((next: Outcome | null) => setOutcome(next), []);
  return { busy, outcome, lastError, run, say };
}
