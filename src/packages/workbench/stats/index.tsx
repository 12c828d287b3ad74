import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { isWeapp } from '../../../platform/env';
import { hours, percent } from '../../../issues/format';
import { formatMonth } from '../../../utils/format';
import { backTo } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../../issues/paths';
import type { GroupBy, StatRow } from '../../../issues/types';
import { Choices } from '../../../components/Choices';
import { OutcomeNotice } from '../../../components/Notice';
import { BarChart } from '../../../components/BarChart';
import { useStats, type Span } from './use-stats';
import '../../../issues/issues.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { Heading } from '../../../components/Heading';
import { Card } from '../../../components/Card';

type Metric = 'submitted' | 'responseRate' | 'resolutionRate' | 'satisfactionRate' | 'avgResolveHours' | 'overdue';

const METRICS: Array<{ value: Metric; label: string; rate?: boolean }> = [
  { value: 'submitted', label: '反映件数' },
  { value: 'responseRate', label: '响应率', rate: true },
  { value: 'resolutionRate', label: '解决率', rate: true },
  { value: 'satisfactionRate', label: '满意率', rate: true },
  { value: 'avgResolveHours', label: '平均办结时长' },
  { value: 'overdue', label: '超时件数' },
];

const GROUPS: Array<{ value: GroupBy; label: string }> = [
  { value: 'grid', label: '按网格' },
  { value: 'community', label: '按社区' },
  { value: 'category', label: '按类别' },
  { value: 'month', label: '按月份' },
];

const SPANS: Array<{ value: `${Span}`; label: string }> = [
  { value: '3', label: '近 3 个月' },
  { value: '6', label: '近 6 个月' },
  { value: '12', label: '近 12 个月' },
];

function valueOf(row: StatRow, metric: Metric): { parts: [number | null]; text: string } {
  const v = row[metric];
  if (metric === 'submitted' || metric === 'overdue') return { parts: [v ?? 0], text: `${v ?? 0} 件` };
  if (metric === 'avgResolveHours') return { parts: [v], text: hours(v) };
  return { parts: [v], text: percent(v) };
}

/** 诉求统计: the headline rates, one measure as bars by grid / community / category / month, and a CSV export. */
function StatsPageScreen() {
  const s = useStats();
  const [metric, setMetric] = useState<Metric>('submitted');
  const data = s.stats.data;
  const chosen = METRICS.find((m) => m.value === metric) ?? METRICS[0];
  const t = data?.total;

  return (
    <Page title="诉求统计">
      <Choices
        label="时间范围"
        options={SPANS}
        value={`${s.span}` as `${Span}`}
        onChange={(v) => s.setSpan(Number(v) as Span)}
      />
      <StatusView loading={s.stats.loading && !data} error={s.stats.error} onRetry={s.stats.reload}>
        {data && t ? (
          <View>
            <View className="card" data-testid="stats-total">
              <Heading level={2} className="card__title">
                {formatMonth(data.from)} 至 {formatMonth(data.to)} 合计
              </Heading>
              <View className="iss-figures">
                <Figure label="反映件数" value={`${t.submitted} 件`} />
                <Figure label="响应率" value={percent(t.responseRate)} />
                <Figure label="解决率" value={percent(t.resolutionRate)} />
                <Figure label="满意率" value={percent(t.satisfactionRate)} />
                <Figure label="按时办结率" value={percent(t.onTimeResolutionRate)} />
                <Figure label="平均受理时长" value={hours(t.avgAcceptHours)} />
                <Figure label="平均办结时长" value={hours(t.avgResolveHours)} />
                <Figure label="曾超时件数" value={`${t.overdue} 件`} />
                <Figure label="现在已超时" value={`${data.overdueNow} 件`} />
              </View>
              <View className="muted spaced">
                响应率：按时受理的件数占有效件数；解决率：已解决的占有效件数；满意率：满意和基本满意的占已评价件数。
              </View>
            </View>

            <Card title="分组对比">
              <Choices label="分组" options={GROUPS} value={s.groupBy} onChange={s.setGroupBy} />
              <Choices
                label="比较哪一项"
                options={METRICS.map((m) => ({ value: m.value, label: m.label }))}
                value={metric}
                onChange={setMetric}
              />
              {data.rows.length === 0 ? (
                <View className="lead">这段时间还没有诉求。</View>
              ) : (
                <BarChart
                  testId="bars"
                  label={`${chosen.label}，${GROUPS.find((g) => g.value === s.groupBy)?.label ?? ''}`}
                  max={chosen.rate ? 1 : undefined}
                  bars={data.rows.map((row) => ({
                    key: row.key,
                    label: s.groupBy === 'month' ? formatMonth(row.label) : row.label,
                    ...valueOf(row, metric),
                  }))}
                />
              )}
            </Card>
          </View>
        ) : null}
      </StatusView>

      <Card title="导出表格">
        <View className="muted lead">
          {isWeapp()
            ? '表格更适合在电脑上查看：点“导出表格”后发送到“文件传输助手”，再在电脑版微信里打开。'
            : '导出当前时间范围和分组的统计表（CSV，可用 Excel 或 WPS 打开），不含居民姓名和电话。'}
        </View>
        <OutcomeNotice outcome={s.notice} />
        <Btn kind="primary" loading={s.exporting} onClick={() => void s.exportCsv()} testId="stats-export">
          导出表格
        </Btn>
      </Card>

      <Btn kind="secondary" onClick={() => backTo(ISSUE_PATHS.workbench)}>
        返回工作台
      </Btn>
    </Page>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <View className="iss-figure">
      <View className="muted">{label}</View>
      <View className="iss-figure__value">{value}</View>
    </View>
  );
}

export default function StatsPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.issues}>
      <StatsPageScreen />
    </StaffOnly>
  );
}
