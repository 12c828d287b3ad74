import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { formatDeadline, formatDay } from '../../../utils/format';
import type { RequestRow } from './types';

/** Requests as tappable cards: type, title, state, and the running deadline (red once passed). */
export function RequestList({
  rows,
  onOpen,
  showEnterprise,
  empty,
}: {
  rows: RequestRow[];
  onOpen: (id: string) => void;
  showEnterprise: boolean;
  empty: string;
}) {
  if (rows.length === 0) return <View className="card muted">{empty}</View>;
  return (
    <View {...{ role: 'list', 'aria-label': '诉求列表' }}>
      {rows.map((r) => (
        <View key={r.id} {...{ role: 'listitem' }}>
          <Btn kind="plain" className="card item" onClick={() => onOpen(r.id)} testId={`request-row-${r.ticketNo}`}>
            <View className="row">
              <View className="msg__title">
                【{r.typeLabel}】{r.title}
              </View>
              <View className={r.overdue ? 'notice' : 'muted'}>{r.stateLabel}</View>
            </View>
            <View className="muted">
              {showEnterprise ? `${r.enterpriseName} · ` : ''}
              {r.ticketNo} · {formatDay(r.filedAt)}提交
              {r.supervised ? ' · 督办' : ''}
            </View>
            {r.dueAt ? (
              <View className={r.overdue ? 'notice' : 'muted'}>
                {r.overdue ? '已超时，' : ''}时限：{formatDeadline(r.dueAt)}
              </View>
            ) : null}
          </Btn>
        </View>
      ))}
    </View>
  );
}
