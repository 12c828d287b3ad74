import { View } from '@tarojs/components';
import { Btn } from '../../components/Btn';
import { Page } from '../../components/Page';
import { StatusView } from '../../components/StatusView';
import { go, goHome } from '../../utils/nav';
import { ISSUE_PATHS } from '../../issues/paths';
import { Choices } from '../../components/Choices';
import { IssueCard } from '../../issues/IssueCard';
import { Notice } from '../../components/Notice';
import { useMyIssues, type MineKind } from './use-my-issues';
import '../../issues/issues.scss';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../components/aria';
import { Card } from '../../components/Card';

const KINDS = [
  { value: 'reported' as MineKind, label: '我反映的' },
  { value: 'supported' as MineKind, label: '我也遇到的' },
];

/** The issues home: a big 我要反映 button, then 我的反映 with how each one is going. */
export default function IssuesHome() {
  const mine = useMyIssues();
  usePullRefresh({ reload: mine.refresh, loading: mine.first.loading });
  const { first } = mine;

  return (
    <Page title="我要反映">
      <View className="lead">身边的难事、烦心事，拍张照片说一说，网格员会尽快处理。</View>
      <Btn kind="primary" className="iss-big" onClick={() => go(ISSUE_PATHS.report)} testId="issues-new">
        我要反映
      </Btn>

      <Card title="我的反映" className="spaced">
        <Choices label="显示哪些反映" options={KINDS} value={mine.kind} onChange={mine.choose} />
        <StatusView loading={first.loading && !first.data} error={first.error} onRetry={mine.refresh}>
          {first.data && mine.items.length === 0 ? (
            <View className="lead">
              {mine.kind === 'reported'
                ? '您还没有反映过问题。遇到问题，点上面的“我要反映”。'
                : '您还没有点过“我也遇到”。反映问题时，如果附近已有人反映了同样的事，可以点“我也遇到”。'}
            </View>
          ) : null}
          <View {...listRole} data-testid="my-issues">
            {mine.items.map((item) => (
              <View key={item.id} {...itemRole}>
                <IssueCard item={item} onOpen={() => go(ISSUE_PATHS.detail(item.id))} />
              </View>
            ))}
          </View>
          {mine.moreError ? <Notice kind="error">{mine.moreError.message}</Notice> : null}
          {mine.hasMore ? (
            <Btn kind="secondary" loading={mine.moreBusy} onClick={() => void mine.loadMore()}>
              加载更多
            </Btn>
          ) : null}
        </StatusView>
      </Card>

      <Btn kind="secondary" onClick={goHome}>
        返回首页
      </Btn>
    </Page>
  );
}
