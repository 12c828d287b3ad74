import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { itemRole, listRole } from './aria';

export interface TimelineStep {
  key: string;
  /** What happened, in words: 受理, 建议改期, ... */
  title: string;
  /** When, already formatted in Beijing time. */
  at: string;
  /** Who did it. */
  by: string;
  /** A quiet tag beside the title, e.g. 仅工作人员可见. */
  tag?: string;
  /** Greys the step's line: a step only some people see. */
  quiet?: boolean;
  /** The note, reason or comment given with the step. */
  note?: ReactNode;
  /** Anything more under the step (photos). */
  extra?: ReactNode;
}

/** Every step of a case, oldest first, as a list: what, when and who, and what was said. Issues and bookings share it. */
export function Timeline({ steps, empty = '还没有办理记录。' }: { steps: readonly TimelineStep[]; empty?: string }) {
  if (steps.length === 0) return <View className="muted">{empty}</View>;
  return (
    <View className="timeline" {...listRole} data-testid="timeline">
      {steps.map((s) => (
        <View key={s.key} className={s.quiet ? 'timeline__step timeline__step--quiet' : 'timeline__step'} {...itemRole}>
          <View className="timeline__head">
            <Text className="timeline__title">{s.title}</Text>
            {s.tag ? <Text className="tag tag--quiet">{s.tag}</Text> : null}
          </View>
          <View className="muted">
            {s.at} · {s.by}
          </View>
          {s.note ? <View className="timeline__note">{s.note}</View> : null}
          {s.extra}
        </View>
      ))}
    </View>
  );
}
