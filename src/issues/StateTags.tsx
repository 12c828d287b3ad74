import { View } from '@tarojs/components';
import { StatusTag, Tag } from '../components/StatusTag';

export interface StateTagsProps {
  stateLabel: string;
  group: 'open' | 'fixed' | 'closed';
  supervised?: boolean;
  overdue?: boolean;
  urgent?: boolean;
}

const TONE = { open: 'alert', fixed: 'ok', closed: 'quiet' } as const;

/** The state in words, plus 督办 / 已超时 / 紧急 when they apply: never colour alone. */
export function StateTags({ stateLabel, group, supervised, overdue, urgent }: StateTagsProps) {
  return (
    <View className="iss-tags">
      <StatusTag tone={TONE[group]} label={stateLabel} />
      {urgent ? <Tag tone="warn">紧急</Tag> : null}
      {overdue ? <Tag tone="warn">已超时</Tag> : null}
      {supervised ? <Tag tone="warn">督办</Tag> : null}
    </View>
  );
}
