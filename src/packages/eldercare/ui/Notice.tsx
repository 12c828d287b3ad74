import { Notice as SharedNotice } from '../../../components/Notice';

/** A result line, or nothing when there is no text yet. */
export function Notice({ ok, text, testId }: { ok: boolean; text: string | null; testId?: string }) {
  if (!text) return null;
  return (
    <SharedNotice kind={ok ? 'ok' : 'error'} testId={testId}>
      {text}
    </SharedNotice>
  );
}
