import { Text, View } from '@tarojs/components';
import { weappLabel } from '../../../components/aria';

export interface StateTagsProps {
  stateLabel: string;
  group: 'open' | 'fixed' | 'closed';
  supervised?: boolean;
  overdue?: boolean;
  urgent?: boolean;
}

/** The state in words, plus 督办 / 已超时 / 紧急 when they apply: never colour alone. */
export function StateTags({ stateLabel, group, supervised, overdue, urgent }: StateTagsProps) {
  return (
    <View className="iss-tags">
      <Text className={group === 'open' ? 'tag' : group === 'fixed' ? 'tag iss-tag--ok' : 'tag tag--quiet'} {...weappLabel(`状态：${stateLabel}`)}>
        {stateLabel}
      </Text>
      {urgent ? <Text className="tag iss-tag--warn">紧急</Text> : null}
      {overdue ? <Text className="tag iss-tag--warn">已超时</Text> : null}
      {supervised ? <Text className="tag iss-tag--warn">督办</Text> : null}
    </View>
  );
}
