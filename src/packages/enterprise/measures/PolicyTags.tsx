import { View } from '@tarojs/components';
import { formatDay } from '../../../utils/format';

interface PolicyFacts {
  levelLabel: string;
  topicName: string;
  deadline: string | null;
  open: boolean;
}

/** Level, topic and deadline of a policy, as tags and one line. */
export function PolicyTags({
  policy,
  fits,
  markLabel,
}: {
  policy: PolicyFacts;
  fits?: boolean;
  markLabel?: string | null;
}) {
  return (
    <View className="stack">
      <View className="row">
        <View className="tag">{policy.levelLabel}</View>
        <View className="tag tag--quiet">{policy.topicName}</View>
        {fits ? <View className="tag">符合本企业</View> : null}
        {markLabel ? <View className="tag tag--quiet">{markLabel}</View> : null}
      </View>
      <View className="muted">
        {policy.deadline
          ? policy.open
            ? `申报截止：${formatDay(policy.deadline)}`
            : `已过申报截止日（${formatDay(policy.deadline)}）`
          : '长期有效'}
      </View>
    </View>
  );
}
