import { View } from '@tarojs/components';

export interface Outcome {
  ok: boolean;
  text: string;
}

/** The result of the last action: role="status" when it worked, "alert" when it did not. */
export function Notice({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  if (!outcome) return null;
  return (
    <View className={outcome.ok ? 'notice notice--ok' : 'notice'} data-testid={testId} {...{ role: outcome.ok ? 'status' : 'alert' }}>
      {outcome.text}
    </View>
  );
}
