import { useCallback, useState } from 'react';
import { toApiError } from '../../../api/errors';

export interface StepOutcome {
  ok: boolean;
  text: string;
}

/**
 * Runs one change at a time for a page: which step is busy (so only its
 * button spins), and the last outcome in plain words for a status line. The
 * server's refusal sentence is shown as it comes (it says what to do).
 */
export function useStep() {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);

  const run = useCallback(async <T>(key: string, action: () => Promise<T>, success: string): Promise<T | null> => {
    setBusy(key);
    setOutcome(null);
    try {
      const value = await action();
      setOutcome({ ok: true, text: success });
      return value;
    } catch (err) {
      setOutcome({ ok: false, text: toApiError(err).message });
      return null;
    } finally {
      setBusy(null);
    }
  }, []);

  return { busy, outcome, run, say: setOutcome };
}
