import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

export interface NoticeProps {
  /** ok: a change went through (status); error: something to fix (alert); info: a calm hint (status). */
  kind: 'ok' | 'error' | 'info';
  children: ReactNode;
  testId?: string;
}

/** A message the screen reader announces: role alert for problems, status otherwise. */
export function Notice({ kind, children, testId }: NoticeProps) {
  const className = kind === 'ok' ? 'notice notice--ok' : kind === 'info' ? 'notice iss-notice--info' : 'notice';
  const props: Record<string, unknown> = { role: kind === 'error' ? 'alert' : 'status' };
  if (testId) props['data-testid'] = testId;
  return (
    <View className={className} {...props}>
      {children}
    </View>
  );
}
