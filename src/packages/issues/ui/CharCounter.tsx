import { View } from '@tarojs/components';
import { charCount } from '../../../issues/format';

/**
 * Under a text area: how many characters are written and how many are needed,
 * so nobody is surprised at submit. Counts like charCount (trimmed, by character).
 */
export function CharCounter({ value, min, max, testId }: { value: string; min: number; max: number; testId?: string }) {
  const n = charCount(value);
  return (
    <View className="field__hint" data-testid={testId}>
      {n < min ? `已写 ${n} 字，至少写 ${min} 字` : `已写 ${n} 字，最多 ${max} 字`}
    </View>
  );
}
