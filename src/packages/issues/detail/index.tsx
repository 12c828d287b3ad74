import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { deadline, dueSentence, when } from '../../../issues/format';
import { backTo, go } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../../issues/paths';
import type { IssueDetail } from '../../../issues/types';
import { Notice, OutcomeNotice } from '../../../components/Notice';
import { PhotoStrip } from '../../../components/PhotoStrip';
import { StateTags } from '../../../issues/StateTags';
import { IssueTimeline } from '../../../issues/IssueTimeline';
import { RatingForm } from './RatingForm';
import { useIssue } from './use-issue';
import '../../../issues/issues.scss';
import { Card } from '../../../components/Card';
import { StatusCard } from '../../../components/StatusCard';

/** One report as the resident sees it: where it stands, who handles it, by when, every step, and the rating. */
export default function IssueDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { issue, notice, busy, meToo, rate } = useIssue(id);
  const data = issue.data;

  return (
    <Page title="反映详情">
      {id === '' ? <Notice kind="error">没有指明要看哪一件反映。</Notice> : null}
      <StatusView loading={issue.loading && !data} error={issue.error} onRetry={issue.reload}>
        {data ? <Body data={data} /> : null}
        <OutcomeNotice outcome={notice} />
        {data?.viewer === 'staff' ? (
          <Btn kind="primary" onClick={() => go(ISSUE_PATHS.staffIssue(data.id))}>
            在工作台办理
          </Btn>
        ) : null}
        {data?.canSupport ? (
          <Btn kind="primary" loading={busy} onClick={() => void meToo()}>
            我也遇到
          </Btn>
        ) : null}
        {data?.canCallback ? (
          <Card title="请您评价" className="spaced">
            <View className="muted lead">问题已经办结。请告诉我们，解决得怎么样。</View>
            <RatingForm busy={busy} onSubmit={rate} />
          </Card>
        ) : null}
        {data ? (
          <Card title="办理经过" className="spaced">
            <IssueTimeline entries={data.timeline} />
          </Card>
        ) : null}
      </StatusView>
      <View className="iss-actions">
        <Btn kind="secondary" onClick={() => backTo(ISSUE_PATHS.home)}>
          返回我的反映
        </Btn>
      </View>
    </Page>
  );
}

function Body({ data }: { data: IssueDetail }) {
  const open = data.group === 'open';
  return (
    <View>
      <StatusCard title={data.categoryName} aside={<View className="muted">{data.ticketNo}</View>}>
        <StateTags
          stateLabel={data.stateLabel}
          group={data.group}
          supervised={data.supervised}
          overdue={data.overdue}
        />
        <View className="iss-step__note">{data.description}</View>
        <PhotoStrip photos={data.photos} what="反映照片" />
        {data.heldPhotos.length > 0 ? (
          <View className="muted" data-testid="held-photos">
            另有 {data.heldPhotos.length} 张照片正在审核，通过后其他居民才能看到。
          </View>
        ) : null}
        <View className="muted spaced">
          {data.addressText || data.location?.name || '地图位置'}
          {data.address?.detail ? ` ${data.address.detail}` : ''}
        </View>
        <View className="muted">
          {data.reporterName} · {when(data.submittedAt)} 提交
          {data.supporters > 0 ? ` · ${data.supporters} 人也遇到` : ''}
        </View>
      </StatusCard>

      <Card title="办理情况" testId="issue-handling">
        <View className="iss-kv">
          <View className="iss-kv__key">由谁办理</View>
          <View>{data.handler}</View>
        </View>
        {open && dueSentence(data.state, data.dueAt) ? (
          <View className="iss-kv">
            <View className="iss-kv__key">办理期限</View>
            <View>{dueSentence(data.state, data.dueAt)}</View>
            {data.state !== 'submitted' && data.resolveDueAt && data.resolveDueAt !== data.dueAt ? (
              <View className="muted">办结期限：{deadline(data.resolveDueAt)}</View>
            ) : null}
          </View>
        ) : null}
        {data.supervised ? <Notice kind="info">这件反映已超过办理期限，{data.levelLabel}正在督办。</Notice> : null}
        {data.resolvedAt ? (
          <View className="iss-kv">
            <View className="iss-kv__key">办结时间</View>
            <View>{when(data.resolvedAt)}</View>
          </View>
        ) : null}
        {data.rejectReason ? (
          <View className="iss-kv">
            <View className="iss-kv__key">不予受理的原因</View>
            <View>{data.rejectReason}</View>
            {data.redirectTo ? <View className="spaced">建议您：{data.redirectTo}</View> : null}
          </View>
        ) : null}
        {data.duplicateOf ? (
          <View className="stack">
            <View className="iss-kv">与 {data.duplicateTicket} 是同一问题，会随那件一起办理。</View>
            <Btn kind="secondary" onClick={() => go(ISSUE_PATHS.detail(data.duplicateOf as string))}>
              查看 {data.duplicateTicket}
            </Btn>
          </View>
        ) : null}
        {data.callback ? (
          <View className="iss-kv">
            <View className="iss-kv__key">{data.isMine ? '您的评价' : '居民评价'}</View>
            <View data-testid="issue-rating">
              {data.callback.satisfactionLabel} · {'★'.repeat(data.callback.stars)}（{data.callback.stars} 星）
            </View>
            {data.callback.comment ? <View className="muted">{data.callback.comment}</View> : null}
          </View>
        ) : null}
      </Card>
    </View>
  );
}
