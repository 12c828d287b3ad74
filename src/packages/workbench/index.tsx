import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../components/Btn';
import { Page } from '../../components/Page';
import { StatusView } from '../../components/StatusView';
import { useMe } from '../../hooks/use-me';
import { backTo, go } from '../../utils/nav';
import { ISSUE_PATHS } from '../../issues/paths';
import type { Communities, IssueStateName, QueueName } from '../../issues/types';
import { Choices, type Choice } from '../../components/Choices';
import { IssueCard } from '../../issues/IssueCard';
import { Notice } from '../../components/Notice';
import { useWorkbench } from './use-workbench';
import '../../issues/issues.scss';
import { STAFF_PAGES, StaffOnly } from '../../components/StaffOnly';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { Heading } from '../../components/Heading';
import { itemRole, listRole } from '../../components/aria';

const QUEUES: Array<{ queue: QueueName; label: string }> = [
  { queue: 'pending', label: '待受理' },
  { queue: 'working', label: '处理中' },
  { queue: 'overdue', label: '已超时·督办' },
  { queue: 'triage', label: '退回待分派' },
  { queue: 'resolved', label: '已办结待评价' },
];

const STATES: Array<Choice<IssueStateName | ''>> = [
  { value: '', label: '全部状态' },
  { value: 'submitted', label: '待受理' },
  { value: 'accepted', label: '已受理' },
  { value: 'in_progress', label: '处理中' },
  { value: 'reopened', label: '重办' },
  { value: 'reassigned', label: '改派' },
  { value: 'returned', label: '退回' },
  { value: 'resolved', label: '已办结' },
];

function gridChoices(communities: Communities | undefined): Array<Choice<string>> {
  const grids = (communities ?? []).flatMap((c) =>
    c.branches.flatMap((b) => b.grids.map((g) => ({ value: g.id, label: g.name, hint: b.name }))),
  );
  return grids.length > 1 ? [{ value: '', label: '全部网格' }, ...grids] : [];
}

/** 诉求工作台: the queues with their counts, filters, and the issues to handle, nearest deadline first. */
function WorkbenchScreen() {
  const wb = useWorkbench();
  usePullRefresh({ reload: wb.refresh, loading: wb.first.loading || wb.counts.loading });
  const me = useMe();
  // Shown by role; the server still checks every admin action (and the pages handle a refusal).
  const roles = new Set((me.data?.roles ?? []).map((r) => r.role));
  const ruleAdmin = roles.has('community_admin') || roles.has('district_admin');
  const districtAdmin = roles.has('district_admin');
  const [showFilters, setShowFilters] = useState(false);
  const countOf = (queue: QueueName) => wb.counts.data?.queues.find((q) => q.queue === queue)?.count;
  const queueChoices = QUEUES.map((q) => {
    const n = countOf(q.queue);
    return { value: q.queue, label: n === undefined ? q.label : `${q.label}（${n}）` };
  });
  const grids = gridChoices(wb.grids.data?.communities);
  const categories: Array<Choice<string>> = [
    { value: '', label: '全部类别' },
    ...(wb.categories.data?.categories ?? []).map((c) => ({ value: c.code, label: c.name })),
  ];
  const filtered = wb.filters.gridId !== '' || wb.filters.category !== '' || wb.filters.state !== '';
  const current = QUEUES.find((q) => q.queue === wb.queue)?.label ?? '';

  return (
    <Page title="诉求工作台">
      <StatusView loading={wb.counts.loading && !wb.counts.data} error={wb.counts.error} onRetry={wb.refresh}>
        <Choices label="队列" options={queueChoices} value={wb.queue} onChange={wb.setQueue} testId="queues" />

        <Btn kind="secondary" onClick={() => setShowFilters(!showFilters)} testId="toggle-filters">
          {showFilters ? '收起筛选' : filtered ? '筛选（已筛选）' : '筛选'}
        </Btn>
        {showFilters ? (
          <View className="card spaced" data-testid="filters">
            {grids.length > 0 ? (
              <Choices
                label="网格"
                options={grids}
                value={wb.filters.gridId}
                onChange={(v) => wb.setFilter('gridId', v)}
                wide
              />
            ) : null}
            <Choices
              label="类别"
              options={categories}
              value={wb.filters.category}
              onChange={(v) => wb.setFilter('category', v)}
            />
            <Choices
              label="状态"
              options={STATES}
              value={wb.filters.state}
              onChange={(v) => wb.setFilter('state', v)}
            />
            {filtered ? (
              <Btn kind="secondary" onClick={wb.clearFilters}>
                清除筛选
              </Btn>
            ) : null}
          </View>
        ) : null}

        <View className="card spaced">
          <Heading level={2} className="card__title">
            {current}
            {wb.first.data ? `：${wb.total} 件` : ''}
          </Heading>
          <StatusView loading={wb.first.loading && !wb.first.data} error={wb.first.error} onRetry={wb.refresh}>
            {wb.first.data && wb.items.length === 0 ? (
              <View className="lead">{filtered ? '没有符合筛选条件的诉求。' : '这里暂时没有诉求。'}</View>
            ) : null}
            <View {...listRole} data-testid="queue-list">
              {wb.items.map((item) => (
                <View key={item.id} {...itemRole}>
                  <IssueCard item={item} forStaff onOpen={() => go(ISSUE_PATHS.staffIssue(item.id))} />
                </View>
              ))}
            </View>
            {wb.moreError ? <Notice kind="error">{wb.moreError.message}</Notice> : null}
            {wb.hasMore ? (
              <Btn kind="secondary" loading={wb.moreBusy} onClick={() => void wb.loadMore()}>
                加载更多
              </Btn>
            ) : null}
          </StatusView>
        </View>
      </StatusView>

      <View className="iss-actions">
        <Btn kind="secondary" onClick={() => go(ISSUE_PATHS.stats)}>
          统计与导出
        </Btn>
        {ruleAdmin ? (
          <Btn kind="secondary" onClick={() => go(ISSUE_PATHS.moderation)} testId="open-moderation">
            内容审核
          </Btn>
        ) : null}
        {ruleAdmin ? (
          <Btn kind="secondary" onClick={() => go(ISSUE_PATHS.addressRules)} testId="open-address-rules">
            地址规则
          </Btn>
        ) : null}
        {districtAdmin ? (
          <Btn kind="secondary" onClick={() => go(ISSUE_PATHS.settings)} testId="open-settings">
            系统设置
          </Btn>
        ) : null}
        <Btn kind="secondary" onClick={() => backTo('/pages/me/index')}>
          返回我的
        </Btn>
      </View>
    </Page>
  );
}

export default function Workbench() {
  return (
    <StaffOnly roles={STAFF_PAGES.issues}>
      <WorkbenchScreen />
    </StaffOnly>
  );
}
