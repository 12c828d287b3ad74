import { Notice as SharedNotice } from '../../../components/Notice';

export interface Outcome {
  ok: boolean;
  text: string;
}

/** The result of the last action, announced as status when it worked and as an alert when it did not. */
export function Notice({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  if (!outcome) return null;
  return (
    <SharedNotice kind={outcome.ok ? 'ok' : 'error'} testId={testId}>
      {outcome.text}
    </SharedNotice>
  );
}
