import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { saveTextFile } from '../../../platform/download';
import { back } from '../../../utils/nav';
import { REQUEST_PATHS } from '../request-lib/paths';
import { RequestStaffOnly } from '../request-lib/StaffGuard';
import type { GroupBy, RequestStats } from '../request-lib/types';
import { useRunner } from '../../../hooks/use-runner';
import { percent, spanMonths, wan, type Span } from '../request-lib/words';
import { Card } from '../../../components/Card';

const GROUPS: Array<{ value: GroupBy; label: string }> = [
  { value: 'type', label: '按类型' },
  { value: 'department', label: '按部门' },
  { value: 'industry', label: '按行业' },
  { value: 'month', label: '按月份' },
];

const SPANS: Array<{ value: Span; label: string }> = [
  { value: 'year', label: '今年' },
  { value: 'twelve', label: '近 12 个月' },
  { value: 'all', label: '近 3 年' },
];

/** 诉求统计: the article's figures (requests solved, financing secured, jobs filled) and the breakdowns, with CSV export. */
function StatsScreen() {
  const {
    filter,
    setFilter,
    resource: stats,
  } = useFilteredResource<{ span: Span; groupBy: GroupBy }, RequestStats>({ span: 'year', groupBy: 'type' }, (f) =>
    call('enterprise', 'requestStats', { ...spanMonths(f.span), groupBy: f.groupBy }),
  );
  const exporting = useRunner();
  const [saved, setSaved] = useState<string | null>(null);
  const data = stats.data;

  const exportCsv = async () => {
    setSaved(null);
    const file = await exporting.run(
      'csv',
      () => call('enterprise', 'exportRequests', spanMonths(filter.span)),
      '表格已导出。',
    );
    if (file) {
      const outcome = await saveTextFile({ filename: file.filename, content: file.csv, mimeType: file.mimeType });
      setSaved(outcome === 'cancelled' ? '没有导出。' : `已导出 ${file.rows} 件诉求。`);
    }
  };

  return (
    <Page title="诉求统计">
      <Choices
        id="stats-span"
        label="统计范围"
        options={SPANS}
        value={filter.span}
        onChange={(span) => setFilter((f) => ({ ...f, span }))}
      />
      <Choices
        id="stats-group"
        label="统计方式"
        options={GROUPS}
        value={filter.groupBy}
        onChange={(groupBy) => setFilter((f) => ({ ...f, groupBy }))}
      />
      <StatusView loading={stats.loading && !data} error={stats.error} onRetry={stats.reload}>
        {data ? (
          <View>
            <Card
              title={
                <>
                  {data.from} 至 {data.to}
                </>
              }
              testId="request-totals"
            >
              <View className="lead">
                收到诉求 {data.totals.filed} 件，解决 {data.totals.solved} 件，办理中 {data.totals.open} 件
              </View>
              <View>
                满足融资需求 {wan(data.totals.financingWan)}（企业提出 {wan(data.totals.financingAskedWan)}）
              </View>
              <View>
                帮助招工 {data.totals.jobsFilled} 人，申报政策 {data.totals.policiesApplied} 项
              </View>
              <View className="muted">
                按时办结率 {percent(data.totals.onTimeRate)}，满意率 {percent(data.totals.satisfactionRate)}，超时{' '}
                {data.totals.overdue} 件
              </View>
            </Card>
            <View {...{ role: 'list', 'aria-label': '分组统计' }}>
              {data.rows.map((r) => (
                <View key={r.key} className="card item" {...{ role: 'listitem' }}>
                  <View className="msg__title">{r.label}</View>
                  <View className="muted">
                    收到 {r.filed} 件 · 解决 {r.solved} 件 · 办理中 {r.open} 件 · 超时 {r.overdue} 件
                  </View>
                  <View className="muted">
                    融资到位 {wan(r.financingWan)} · 招工 {r.jobsFilled} 人 · 政策 {r.policiesApplied} 项 · 满意率{' '}
                    {percent(r.satisfactionRate)}
                  </View>
                </View>
              ))}
            </View>
            {data.rows.length === 0 ? <View className="card muted">这段时间没有诉求。</View> : null}
          </View>
        ) : null}
      </StatusView>
      <Btn
        kind="secondary"
        loading={exporting.busy === 'csv'}
        onClick={() => void exportCsv()}
        testId="export-requests"
      >
        导出诉求明细（Excel 可打开的 CSV）
      </Btn>
      {exporting.outcome && !exporting.outcome.ok ? <Notice kind="error">{exporting.outcome.text}</Notice> : null}
      {saved ? <Notice kind="ok">{saved}</Notice> : null}
      <Btn kind="secondary" onClick={() => back(REQUEST_PATHS.queue)}>
        返回诉求列表
      </Btn>
    </Page>
  );
}

export default function RequestStatsPage() {
  return (
    <RequestStaffOnly>
      <StatsScreen />
    </RequestStaffOnly>
  );
}
