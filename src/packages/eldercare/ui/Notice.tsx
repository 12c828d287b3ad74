import { View } from '@tarojs/components';

/** A result line: role=status for good news (read politely), role=alert for a problem (read at once). */
export function Notice({ ok, text, testId }: { ok: boolean; text: string | null; testId?: string }) {
  if (!text) return null;
  return (
    <View className={ok ? 'notice notice--ok' : 'notice'} data-testid={testId} {...{ role: ok ? 'status' : 'alert' }}>
      {text}
    </View>
  );
}

export const heading2 = { role: 'heading', 'aria-level': 2 };
export const heading3 = { role: 'heading', 'aria-level': 3 };
export const list = { role: 'list' };
export const listitem = { role: 'listitem' };
