import { Notice } from '../../../components/Notice';
import type { Outcome } from '../lib/use-runner';

/** The last change's outcome as a status line (or an alert when it failed); nothing before the first change. */
export function OutcomeLine({ outcome, testId }: { outcome: Outcome | null; testId: string }) {
  if (!outcome) return null;
  return (
    <Notice kind={outcome.ok ? 'ok' : 'error'} testId={testId}>
      {outcome.text}
    </Notice>
  );
}
