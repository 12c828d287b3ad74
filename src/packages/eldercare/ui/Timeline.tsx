import { View } from '@tarojs/components';
import { dateTime } from '../lib/dates';
import type { TimelineEntry } from '../lib/types';

import { heading2 } from './Notice';

/** The booking's history, oldest first: when, what, who, and why when a reason was given. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className="card">
      <View className="card__title" {...heading2}>
        办理过程
      </View>
      <View {...{ role: 'list' }} className="ec-timeline" data-testid="timeline">
        {entries.map((e, i) => (
          <View key={`${e.at}-${i}`} className="ec-timeline__item" {...{ role: 'listitem' }}>
            <View className="ec-timeline__what">
              {e.label}
              <View className="muted ec-inline">（{e.by}）</View>
            </View>
            <View className="muted">{dateTime(e.at)}</View>
            {e.reason ? <View>{e.event === 'rate' ? '评价' : '原因'}：{e.reason}</View> : null}
          </View>
        ))}
      </View>
    </View>
  );
}
