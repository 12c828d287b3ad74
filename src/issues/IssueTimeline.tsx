import { Timeline as SharedTimeline } from '../components/Timeline';
import { when } from './format';
import type { TimelineEntry } from './types';
import { PhotoStrip } from '../components/PhotoStrip';

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

/** Every step of an issue, oldest first; internal notes are marked as such for staff. */
export function IssueTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <SharedTimeline
      steps={entries.map((e) => ({
        key: String(e.seq),
        title: TYPE_LABELS[e.type] ?? e.stateLabel ?? '记录',
        at: when(e.at),
        by: e.actor,
        tag: e.internal ? '仅工作人员可见' : undefined,
        quiet: e.internal,
        note: e.note || undefined,
        extra: <PhotoStrip photos={e.photos} what="办理照片" />,
      }))}
    />
  );
}
