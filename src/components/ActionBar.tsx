import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * The bottom of a form: its one primary action (and at most a secondary one
 * under it), stuck to the bottom of the screen while the form scrolls, so the
 * button that finishes the job is always in reach. Sticky, not fixed: at the
 * end of the page it sits in the flow and never covers the last field.
 */
export function ActionBar({ children, testId = 'action-bar' }: { children: ReactNode; testId?: string }) {
  return (
    <View className="action-bar" data-testid={testId}>
      {children}
    </View>
  );
}
