import { Notice } from '../../../components/Notice';
import type { Outcome } from './use-act';

/** The last change's outcome, announced (status when it went through, alert when it did not). */
export function OutcomeNotice({ outcome, testId }: { outcome: Outcome | null; testId: string }) {
  if (!outcome) return null;
  return (
    <Notice kind={outcome.ok ? 'ok' : 'error'} testId={testId}>
      {outcome.text}
    </Notice>
  );
}
