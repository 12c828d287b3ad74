import { useCallback, useState } from 'react';
import { toApiError } from '../../../api/errors';

export interface Outcome {
  ok: boolean;
  text: string;
}

/**
 * One change at a time for a page: which one is busy (so only its button
 * spins) and the last outcome in plain words. The server's sentence is shown
 * as it is: it already says what to change.
 */
export function useRunner() {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = useCallback(
    async <T>(key: string, action: () => Promise<T>, success?: string | ((value: T) => string)): Promise<T | null> => {
      setBusy(key);
      setOutcome(null);
      try {
        const value = await action();
        if (success) setOutcome({ ok: true, text: typeof success === 'function' ? success(value) : success });
        return value;
      } catch (err) {
        setOutcome({ ok: false, text: toApiError(err).message });
        return null;
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  const say = useCallback((next: Outcome | null) => setOutcome(next), []);
  return { busy, outcome, run, say };
}
