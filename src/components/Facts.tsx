import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { itemRole, listRole } from './aria';

/**
 * Name-value lines ("上门时间  12月1日（周二）上午", "地点  湖岛社区活动室"), as a
 * list for screen readers; a row without a value is left out.
 */
export function Facts({ rows, testId }: { rows: Array<[name: string, value: ReactNode]>; testId?: string }) {
  return (
    <View className="facts" data-testid={testId} {...listRole}>
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([name, value]) => (
          <View key={name} className="fact" {...itemRole}>
            <View className="fact__name">{name}</View>
            <View className="fact__value">{value}</View>
          </View>
        ))}
    </View>
  );
}
