import { Text, View } from '@tarojs/components';
import { when } from '../lib/format';
import type { TimelineEntry } from '../lib/types';
import { PhotoStrip } from './Photos';
import { itemRole, listRole } from '../../../components/aria';

const TYPE_LABELS: Record<string, string> = {
  submitted: '提交反映',
  accepted: '受理',
  update: '办理进展',
  note: '内部备注',
  resolved: '办结',
  returned: '退回',
  reassigned: '改派',
  rejected: '不予受理',
  duplicate: '合并办理',
  merged: '合并',
  priority: '调整优先级',
  callback: '居民评价',
  reminder: '催办',
  escalated: '督办',
  closed: '逾期未评价，自动办结',
};

/** Every step of an issue, oldest first, as a list; internal notes are marked as such for staff. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return <View className="muted">还没有办理记录。</View>;
  return (
    <View className="iss-timeline" {...listRole} data-testid="timeline">
      {entries.map((e) => (
        <View key={e.seq} className={e.internal ? 'iss-step iss-step--internal' : 'iss-step'} {...itemRole}>
          <View className="iss-step__head">
            <Text className="iss-step__type">{TYPE_LABELS[e.type] ?? e.stateLabel ?? '记录'}</Text>
            {e.internal ? <Text className="tag tag--quiet">仅工作人员可见</Text> : null}
          </View>
          <View className="muted">
            {when(e.at)} · {e.actor}
          </View>
          {e.note ? <View className="iss-step__note">{e.note}</View> : null}
          <PhotoStrip photos={e.photos} what="办理照片" />
        </View>
      ))}
    </View>
  );
}
