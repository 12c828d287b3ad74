import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { formatMonth } from '../../../utils/format';
import { backTo } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { Stats } from '../lib/types';
import { BarChart } from '../../../components/BarChart';
import { Choices } from '../../../components/Choices';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useStats, type MonthsChoice } from './use-stats';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { itemRole, listRole } from '../../../components/aria';

const RANGES: Array<{ value: MonthsChoice; label: string }> = [
  { value: '3', label: '近 3 个月' },
  { value: '6', label: '近半年' },
  { value: '12', label: '近一年' },
];

function rate(value: number | null): string {
  return value === null ? '未记录' : `${value}%`;
}

function StatsPageScreen() {
  const { stats, months, setMonths } = useStats();
  const data = stats.data;

  return (
    <Page title="出勤统计">
      <View className="muted lead">只统计已经开始、没有取消的场次。到场率 = 签到人数 ÷（签到 + 缺席）。</View>
      <Choices id="stats-range" label="统计范围" options={RANGES} value={months} onChange={setMonths} />
      <StatusView loading={stats.loading && !data} error={stats.error} onRetry={stats.reload}>
        {data ? <Figures data={data} /> : null}
      </StatusView>
      <Btn kind="secondary" onClick={() => backTo(CULTURE_PATHS.manage)}>
        返回活动管理
      </Btn>
    </Page>
  );
}

function Figures({ data }: { data: Stats }) {
  const bars = data.totals.map((t) => ({
    key: t.month,
    label: formatMonth(t.month, false),
    parts: [t.attended, t.noShow],
    text:
      t.sessions === 0
        ? '没有场次'
        : `${t.sessions} 场，签到 ${t.attended} 人，缺席 ${t.noShow} 人，到场率 ${rate(t.attendanceRate)}`,
  }));
  const byMonth = [...data.rows].reverse();

  return (
    <View>
      <Card title="每月到场人数" testId="stats-chart">
        <BarChart bars={bars} legend={['签到', '缺席']} />
      </Card>

      <Card title="按课程和活动系列">
        {byMonth.length === 0 ? <View>这段时间没有已开展的场次。</View> : null}
        <View {...listRole}>
          {byMonth.map((r) => (
            <View key={`${r.key}|${r.month}`} className="item" {...itemRole}>
              <View className="row">
                <View className="msg__title">{r.label}</View>
                <View className="muted">{formatMonth(r.month, false)}</View>
              </View>
              <View className="muted">
                {r.sessions} 场 · 报名 {r.enrolled}/{r.capacity}（{r.fillRate}%）· 签到 {r.attended} · 缺席 {r.noShow} ·
                到场率 {rate(r.attendanceRate)}
              </View>
            </View>
          ))}
        </View>
      </Card>

      <Card title="线上课程">
        {data.online.length === 0 ? <View>还没有线上课程。</View> : null}
        <View {...listRole}>
          {data.online.map((c) => (
            <View key={c.courseId} className="item" {...itemRole}>
              <View className="msg__title">{c.label}</View>
              <View className="muted">
                {c.lessons} 课 · {c.enrolled} 人报名 · {c.completed} 人学完（{c.completionRate}%）
              </View>
            </View>
          ))}
        </View>
      </Card>
    </View>
  );
}

export default function StatsPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <StatsPageScreen />
    </StaffOnly>
  );
}
