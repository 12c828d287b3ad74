import { View } from '@tarojs/components';
import { BarChart } from '../../../components/BarChart';
import { Heading } from '../../../components/Heading';
import { formatMonth } from '../../../utils/format';
import type { Overview } from '../lib/types';

/** Bookings per partner and month, one bar each, on one scale so partners compare at a glance. */
export function OverviewChart({ overview }: { overview: Overview }) {
  const max = Math.max(1, ...overview.partners.flatMap((p) => p.months.map((m) => m.total)));
  if (overview.partners.length === 0) return <View>这段时间还没有预约。</View>;
  return (
    <View data-testid="overview-chart">
      {overview.partners.map((p) => (
        <View key={p.id} className="item">
          <Heading level={3} className="card__title">
            {p.name}
          </Heading>
          <BarChart
            max={max}
            bars={p.months.map((m) => ({
              key: m.month,
              label: formatMonth(m.month, false),
              text: `${m.total} 次${m.byStatus.completed ? `，完成 ${m.byStatus.completed} 次` : ''}${m.averageStars !== null ? `，平均 ${m.averageStars} 星` : ''}`,
              parts: [m.total],
            }))}
          />
        </View>
      ))}
    </View>
  );
}
