import { View } from '@tarojs/components';
import { itemRole, listRole } from '../../../components/aria';

/** Name-value lines ("上门时间  12月1日（周二）上午"), as a list for screen readers. */
export function Facts({ rows, testId }: { rows: Array<[name: string, value: string | null | undefined]>; testId?: string }) {
  return (
    <View className="ec-facts" data-testid={testId} {...listRole}>
      {rows
        .filter(([, value]) => value)
        .map(([name, value]) => (
          <View key={name} className="ec-fact" {...itemRole}>
            <View className="ec-fact__name">{name}</View>
            <View className="ec-fact__value">{value}</View>
          </View>
        ))}
    </View>
  );
}
