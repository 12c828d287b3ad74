import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { canScan } from '../../../platform/scan';
import { momentLabel } from '../lib/format';
import { backTo, go } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { Roster, RosterRow } from '../lib/types';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useRoster } from './use-roster';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

type Hook = ReturnType<typeof useRoster>;

function RosterPageScreen() {
  const { params } = useRouter();
  const sessionId = params.id ?? '';
  const hook = useRoster(sessionId);
  usePullRefresh(hook.roster);
  const { roster, outcome } = hook;
  const data = roster.data;

  return (
    <Page title={data ? data.session.title : '报名名单'}>
      <StatusView loading={roster.loading && !data} error={roster.error} onRetry={roster.reload}>
        {data ? (
          <View>
            <Summary data={data} />
            <OutcomeNotice outcome={outcome} testId="roster-outcome" />
            {data.session.status !== 'cancelled' ? <CheckInBox hook={hook} /> : null}
            <Seats data={data} hook={hook} />
            <Waiting data={data} />
            <Card title="名单和活动">
              <View className="stack">
                <Btn
                  kind="secondary"
                  loading={hook.busy === 'export'}
                  onClick={() => void hook.exportCsv()}
                  testId="export-csv"
                >
                  导出报名名单（CSV）
                </Btn>
                {data.session.status !== 'cancelled' && data.session.signup !== 'started' ? (
                  <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.sessionEdit(sessionId))} testId="edit-session">
                    修改时间、地点或名额
                  </Btn>
                ) : null}
                {data.session.status !== 'cancelled' && Date.parse(data.session.endsAt) <= Date.now() ? (
                  <ConfirmStep
                    trigger="把未签到的人记为缺席"
                    question={`还有 ${data.session.counts.enrolled} 人没有签到，确定都记为缺席吗？`}
                    confirm="确定记为缺席"
                    keep="先不"
                    triggerKind="secondary"
                    busy={hook.busy === 'noshows'}
                    onConfirm={() => void hook.markAllNoShows()}
                  />
                ) : null}
              </View>
            </Card>
            {data.session.status !== 'cancelled' && Date.parse(data.session.endsAt) > Date.now() ? (
              <CancelBox hook={hook} />
            ) : null}
          </View>
        ) : null}
      </StatusView>
      <Btn kind="secondary" onClick={() => backTo(CULTURE_PATHS.manage)}>
        返回活动管理
      </Btn>
    </Page>
  );
}

function Summary({ data }: { data: Roster }) {
  const s = data.session;
  return (
    <Card>
      <View>{s.when}</View>
      <View className="muted">{s.venue}</View>
      {s.status === 'cancelled' ? (
        <View className="notice" {...{ role: 'status' }}>
          活动已取消{s.cancelReason ? `：${s.cancelReason}` : ''}
        </View>
      ) : null}
      <View className="cu-figures" data-testid="roster-figures">
        <View className="cu-figure">
          <View className="cu-figure__value">
            {s.enrolledCount}/{s.capacity}
          </View>
          <View className="muted">已报名</View>
        </View>
        <View className="cu-figure">
          <View className="cu-figure__value">{s.counts.attended}</View>
          <View className="muted">已签到</View>
        </View>
        <View className="cu-figure">
          <View className="cu-figure__value">{s.counts.no_show}</View>
          <View className="muted">缺席</View>
        </View>
        <View className="cu-figure">
          <View className="cu-figure__value">{s.counts.waitlisted + s.counts.offered}</View>
          <View className="muted">候补</View>
        </View>
      </View>
    </Card>
  );
}

function CheckInBox({ hook }: { hook: Hook }) {
  const [code, setCode] = useState('');
  const submit = async () => {
    if (await hook.checkInCode(code)) setCode('');
  };
  return (
    <Card title="签到" className="stack">
      <View className="muted">活动开始前 2 小时开放签到。请居民出示手机上的签到码。</View>
      <TextField
        label="签到码"
        value={code}
        onChange={setCode}
        placeholder="6 位数字"
        maxlength={8}
        onConfirm={() => void submit()}
        testId="checkin-input"
      />
      <Btn kind="primary" loading={hook.busy === 'code'} onClick={() => void submit()} testId="checkin-submit">
        签到
      </Btn>
      {canScan() ? (
        <Btn kind="secondary" loading={hook.busy === 'scan'} onClick={() => void hook.scan()}>
          扫码签到
        </Btn>
      ) : null}
    </Card>
  );
}

function SeatRow({ row, hook, started }: { row: RosterRow; hook: Hook; started: boolean }) {
  return (
    <View className="item" {...itemRole} data-testid={`seat-${row.ticketNo}`}>
      <View className="row">
        <View>
          <View className="msg__title">
            {row.ticketNo}号 {row.name}
          </View>
          <View className="muted">
            {row.phone ?? '未留电话'} · {row.stateLabel}
            {row.attendedAt ? ` ${momentLabel(row.attendedAt)}` : ''}
          </View>
        </View>
      </View>
      <View className="cu-actions">
        {row.state === 'enrolled' ? (
          <Btn
            kind="primary"
            className="btn--small"
            loading={hook.busy === `tick:${row.enrolmentId}`}
            label={`为${row.name}签到`}
            onClick={() => void hook.tick(row)}
          >
            签到
          </Btn>
        ) : null}
        {row.state === 'enrolled' && started ? (
          <Btn
            kind="secondary"
            className="btn--small"
            loading={hook.busy === `noshow:${row.enrolmentId}`}
            label={`把${row.name}记为缺席`}
            onClick={() => void hook.noShow(row)}
          >
            缺席
          </Btn>
        ) : null}
        {row.state === 'attended' || row.state === 'no_show' ? (
          <Btn
            kind="secondary"
            className="btn--small"
            loading={hook.busy === `reset:${row.enrolmentId}`}
            label={`撤销${row.name}的${row.stateLabel}记录`}
            onClick={() => void hook.reset(row)}
          >
            撤销
          </Btn>
        ) : null}
      </View>
    </View>
  );
}

function Seats({ data, hook }: { data: Roster; hook: Hook }) {
  const started = data.session.signup === 'started';
  return (
    <Card title={`已报名（${data.seats.length} 人）`} testId="roster-seats">
      {data.seats.length === 0 ? <View>还没有人报名。</View> : null}
      <View {...listRole}>
        {data.seats.map((row) => (
          <SeatRow key={row.enrolmentId} row={row} hook={hook} started={started} />
        ))}
      </View>
    </Card>
  );
}

function Waiting({ data }: { data: Roster }) {
  if (data.offered.length === 0 && data.waitlist.length === 0 && data.cancelled.length === 0) return null;
  return (
    <Card title="候补和取消" testId="roster-waiting">
      {data.offered.length > 0 ? <View className="field__label">已递补、等待确认</View> : null}
      <View {...listRole}>
        {data.offered.map((row) => (
          <View key={row.enrolmentId} className="item" {...itemRole}>
            {row.name} · {row.phone ?? '未留电话'} · 保留到 {momentLabel(row.offerExpiresAt)}
          </View>
        ))}
      </View>
      {data.waitlist.length > 0 ? <View className="field__label spaced">候补名单（按顺序）</View> : null}
      <View {...listRole} data-testid="roster-waitlist">
        {data.waitlist.map((row) => (
          <View key={row.enrolmentId} className="item" {...itemRole}>
            第 {row.position} 位 · {row.name} · {row.phone ?? '未留电话'}
          </View>
        ))}
      </View>
      {data.cancelled.length > 0 ? (
        <View className="muted spaced">
          已取消 {data.cancelled.length} 人：
          {data.cancelled.map((r) => `${r.name}（${r.cancelReasonLabel ?? '已取消'}）`).join('、')}
        </View>
      ) : null}
    </Card>
  );
}

function CancelBox({ hook }: { hook: Hook }) {
  const [reason, setReason] = useState('');
  return (
    <Card title="取消活动" className="stack">
      <View className="muted">取消后，所有报名和候补的居民都会收到消息。此操作不能撤回。</View>
      <TextField
        label="取消原因"
        value={reason}
        onChange={setReason}
        placeholder="例如：天气原因，改期另行通知"
        maxlength={200}
        testId="cancel-reason"
      />
      <ConfirmStep
        trigger="取消这场活动"
        question="确定取消这场活动吗？"
        confirm="确定取消活动"
        keep="不取消"
        busy={hook.busy === 'cancel'}
        onConfirm={() => void hook.cancelSession(reason)}
        testId="cancel-session"
      />
    </Card>
  );
}

export default function RosterPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <RosterPageScreen />
    </StaffOnly>
  );
}
