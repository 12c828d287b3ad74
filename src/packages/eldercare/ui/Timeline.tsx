import { View } from '@tarojs/components';
import { dateTime } from '../lib/dates';
import type { TimelineEntry } from '../lib/types';

import { itemRole, listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';

/** The booking's history, oldest first: when, what, who, and why when a reason was given. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <Card title="办理过程">
      <View {...listRole} className="ec-timeline" data-testid="timeline">
        {entries.map((e, i) => (
          <View key={`${e.at}-${i}`} className="ec-timeline__item" {...itemRole}>
            <View className="ec-timeline__what">
              {e.label}
              <View className="muted ec-inline">（{e.by}）</View>
            </View>
            <View className="muted">{dateTime(e.at)}</View>
            {e.reason ? <View>{e.event === 'rate' ? '评价' : '原因'}：{e.reason}</View> : null}
          </View>
        ))}
      </View>
    </Card>
  );
}
