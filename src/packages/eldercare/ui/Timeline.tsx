import { Card } from '../../../components/Card';
import { Timeline as SharedTimeline } from '../../../components/Timeline';
import { dateTime } from '../lib/dates';
import type { TimelineEntry } from '../lib/types';

/** The booking's history, oldest first: when, what, who, and why when a reason was given. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <Card title="办理过程">
      <SharedTimeline
        steps={entries.map((e, i) => ({
          key: `${e.at}-${i}`,
          title: e.label,
          at: dateTime(e.at),
          by: e.by,
          note: e.reason ? `${e.event === 'rate' ? '评价' : '原因'}：${e.reason}` : undefined,
        }))}
      />
    </Card>
  );
}
