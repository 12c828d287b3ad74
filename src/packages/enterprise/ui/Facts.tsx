import { View } from '@tarojs/components';

/** Name-value lines ("统一社会信用代码  9137…"), as a list for screen readers; empty values are left out. */
export function Facts({
  rows,
  testId,
}: {
  rows: Array<[name: string, value: string | null | undefined]>;
  testId?: string;
}) {
  return (
    <View className="en-facts" data-testid={testId} {...{ role: 'list' }}>
      {rows
        .filter(([, value]) => value)
        .map(([name, value]) => (
          <View key={name} className="en-fact" {...{ role: 'listitem' }}>
            <View className="en-fact__name">{name}</View>
            <View className="en-fact__value">{value}</View>
          </View>
        ))}
    </View>
  );
}
