import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { deadline, dueSentence, when } from '../../../issues/format';
import { backTo } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../../issues/paths';
import type { IssueDetail } from '../../../issues/types';
import { Choices } from '../../../components/Choices';
import { Notice, OutcomeNotice } from '../../../components/Notice';
import { PhotoStrip } from '../../../components/PhotoStrip';
import { StateTags } from '../../../issues/StateTags';
import { IssueTimeline } from '../../../issues/IssueTimeline';
import { ACTION_LABELS, availableActions, type StaffAction } from '../lib/actions';
import { ActionForm } from './ActionForm';
import { useStaffIssue, type ActionInput } from './use-staff-issue';
import '../../../issues/issues.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { Card } from '../../../components/Card';
import { StatusCard } from '../../../components/StatusCard';

/** One issue on the workbench: everything about it, what can be done now, and every step so far. */
function StaffIssuePageScreen() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { issue, me, roles, grids, templates, busy, notice, run } = useStaffIssue(id);
  const [action, setAction] = useState<StaffAction | null>(null);
  const data = issue.data;
  const actions = data && me.data ? availableActions(data, roles) : [];

  const submit = async (input: ActionInput) => {
    const ok = await run(input);
    if (ok) setAction(null);
    return ok;
  };

  return (
    <Page title="办理诉求">
      {id === '' ? <Notice kind="error">没有指明要办理哪一件诉求。</Notice> : null}
      <StatusView
        loading={(issue.loading && !data) || (me.loading && !me.data)}
        error={issue.error ?? me.error}
        onRetry={() => {
          issue.reload();
          if (me.error) me.reload();
        }}
      >
        {data ? <Summary data={data} /> : null}
        <OutcomeNotice outcome={notice} testId="action-notice" />
        {data && data.viewer !== 'staff' ? <Notice kind="info">这件诉求已不在您负责的范围内，只能查看。</Notice> : null}
        {actions.length > 0 ? (
          <Card title="办理">
            <Choices
              label="选择要做的事"
              options={actions.map((a) => ({ value: a, label: ACTION_LABELS[a] }))}
              value={action}
              onChange={(a) => setAction(a === action ? null : a)}
              testId="actions"
            />
            {action && actions.includes(action) ? (
              <ActionForm
                key={action}
                action={action}
                busy={busy === action}
                templates={templates}
                communities={grids.data?.communities}
                currentGridId={data?.gridId ?? null}
                currentPriority={data?.priority ?? null}
                onSubmit={submit}
                onCancel={() => setAction(null)}
              />
            ) : null}
          </Card>
        ) : null}
        {data ? (
          <Card title="办理经过">
            <IssueTimeline entries={data.timeline} />
          </Card>
        ) : null}
      </StatusView>
      <View className="iss-actions">
        <Btn kind="secondary" onClick={() => backTo(ISSUE_PATHS.workbench)}>
          返回工作台
        </Btn>
      </View>
    </Page>
  );
}

function Summary({ data }: { data: IssueDetail }) {
  return (
    <StatusCard testId="staff-issue" title={data.categoryName} aside={<View className="muted">{data.ticketNo}</View>}>
      <StateTags
        stateLabel={data.stateLabel}
        group={data.group}
        supervised={data.supervised}
        overdue={data.overdue}
        urgent={data.priority === 'urgent'}
      />
      <View className="iss-step__note">{data.description}</View>
      <PhotoStrip photos={data.photos} what="反映照片" />
      <View className="iss-kv spaced">
        <View className="iss-kv__key">地址</View>
        <View>
          {data.addressText || '地图位置'}
          {data.address?.detail ? ` ${data.address.detail}` : ''}
        </View>
        {data.location ? (
          <View className="muted">地图位置：{data.location.name || `${data.location.lat}, ${data.location.lng}`}</View>
        ) : null}
      </View>
      <View className="iss-kv">
        <View className="iss-kv__key">反映人</View>
        <View>
          {data.reporterName}
          {data.hideName ? '（不向其他居民显示姓名）' : ''}
          {data.phone ? ` · 电话 ${data.phone}` : ' · 未留电话'}
        </View>
        <View className="muted">
          {when(data.submittedAt)} 提交{data.supporters > 0 ? ` · ${data.supporters} 人也遇到` : ''}
        </View>
      </View>
      <View className="iss-kv">
        <View className="iss-kv__key">承办</View>
        <View>{data.handler}</View>
        {data.supervised ? <View>{data.levelLabel}督办中</View> : null}
      </View>
      {dueSentence(data.state, data.dueAt) ? (
        <View className="iss-kv">
          <View className="iss-kv__key">期限</View>
          <View>{dueSentence(data.state, data.dueAt)}</View>
          {data.resolveDueAt && data.dueAt !== data.resolveDueAt ? (
            <View className="muted">办结期限：{deadline(data.resolveDueAt)}</View>
          ) : null}
        </View>
      ) : null}
      {data.duplicateTicket ? <View className="iss-kv">已与 {data.duplicateTicket} 合并办理。</View> : null}
      {data.rejectReason ? (
        <View className="iss-kv">
          不予受理：{data.rejectReason}。建议：{data.redirectTo}
        </View>
      ) : null}
      {data.callback ? (
        <View className="iss-kv">
          居民评价：{data.callback.satisfactionLabel}，{data.callback.stars} 星
          {data.callback.comment ? `。${data.callback.comment}` : ''}
        </View>
      ) : null}
    </StatusCard>
  );
}

export default function StaffIssuePage() {
  return (
    <StaffOnly roles={STAFF_PAGES.issues}>
      <StaffIssuePageScreen />
    </StaffOnly>
  );
}
