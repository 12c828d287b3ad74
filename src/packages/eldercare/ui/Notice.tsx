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

export const heading2 = { role: 'heading', 'aria-level': 2 };
export const heading3 = { role: 'heading', 'aria-level': 3 };
export const list = { role: 'list' };
export const listitem = { role: 'listitem' };
