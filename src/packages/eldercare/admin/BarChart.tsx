import { View } from '@tarojs/components';
import { monthLabel } from '../lib/dates';
import type { Overview } from '../lib/types';
import { Heading } from '../../../components/Heading';
import { itemRole, listRole } from '../../../components/aria';

/**
 * A horizontal bar per month, drawn with Views (no canvas: it stays sharp at
 * any font size and every figure is also written out as text for screen readers).
 */
export function BarChart({ overview }: { overview: Overview }) {
  const max = Math.max(1, ...overview.partners.flatMap((p) => p.months.map((m) => m.total)));
  if (overview.partners.length === 0) return <View>这段时间还没有预约。</View>;
  return (
    <View data-testid="overview-chart">
      {overview.partners.map((p) => (
        <View key={p.id} className="item">
          <Heading level={3} className="card__title">
            {p.name}
          </Heading>
          <View {...listRole}>
            {p.months.map((m) => (
              <View key={m.month} className="ec-chart__row" {...itemRole}>
                <View className="row">
                  <View className="ec-chart__month">{monthLabel(m.month, true)}</View>
                  <View className="ec-chart__value">
                    {m.total} 次{m.byStatus.completed ? `，完成 ${m.byStatus.completed} 次` : ''}
                    {m.averageStars !== null ? `，平均 ${m.averageStars} 星` : ''}
                  </View>
                </View>
                <View className="ec-chart__track" {...{ 'aria-hidden': 'true' }}>
                  <View className="ec-chart__bar" style={{ width: `${(m.total / max) * 100}%` }} />
                </View>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
