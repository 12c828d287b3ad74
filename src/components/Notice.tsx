import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { nodeText, weappLabel } from './aria';

export interface NoticeProps {
  /** ok: a change went through (status); error: something to fix (alert); info: a calm hint (status). */
  kind: 'ok' | 'error' | 'info';
  children: ReactNode;
  testId?: string;
}

const CLASS: Record<NoticeProps['kind'], string> = {
  ok: 'notice notice--ok',
  error: 'notice',
  info: 'notice notice--info',
};

/** A message the screen reader announces: role alert for problems (read at once), status otherwise (read politely). */
export function Notice({ kind, children, testId }: NoticeProps) {
  const props: Record<string, unknown> = {
    role: kind === 'error' ? 'alert' : 'status',
    ...weappLabel(nodeText(children)),
  };
  if (testId) props['data-testid'] = testId;
  return (
    <View className={CLASS[kind]} {...props}>
      {children}
    </View>
  );
}

/** The result of the last action: what a page's hook reports after a tap. */
export interface Outcome {
  ok: boolean;
  text: string;
}

/** The last action's result, announced as status when it worked and as an alert when it did not; nothing before the first action. */
export function OutcomeNotice({ outcome, testId }: { outcome: Outcome | null | undefined; testId?: string }) {
  if (!outcome) return null;
  return (
    <Notice kind={outcome.ok ? 'ok' : 'error'} testId={testId}>
      {outcome.text}
    </Notice>
  );
}
