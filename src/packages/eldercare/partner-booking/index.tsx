import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { clockTime, dateTime } from '../lib/dates';
import { PATHS } from '../lib/paths';
import type { PartnerBooking } from '../lib/types';
import { PARTNER_STATUS_WORDS, partnerReason } from '../lib/words';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { Facts } from '../../../components/Facts';
import { BackButton } from '../ui/Nav';
import { StatusTag } from '../ui/StatusTag';
import { Timeline } from '../ui/Timeline';
import { ProposeForm } from './ProposeForm';
import { usePartnerBooking } from './use-partner-booking';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { Card } from '../../../components/Card';
import { StatusCard } from '../../../components/StatusCard';
import { OutcomeNotice } from '../../../components/Notice';

function visitTime(w: { label: string; startsAt: string; endsAt: string }): string {
  return `${w.label} ${clockTime(w.startsAt)}–${clockTime(w.endsAt)}`;
}

function PartnerBookingPageScreen() {
  const { params } = useRouter();
  const state = usePartnerBooking(params.id ?? '');
  const { resource, booking, outcome } = state;

  return (
    <Page title="预约处理">
      <StatusView loading={resource.loading && !resource.data} error={resource.error} onRetry={resource.reload}>
        {resource.data && !booking ? <View className="card">这条预约不是您单位的，不能在这里处理。</View> : null}
        {booking ? <PartnerView booking={booking} state={state} /> : null}
      </StatusView>
      <OutcomeNotice outcome={outcome} testId="partner-outcome" />
      <BackButton fallback={PATHS.partner} />
    </Page>
  );
}

function PartnerView({ booking, state }: { booking: PartnerBooking; state: ReturnType<typeof usePartnerBooking> }) {
  const { busy } = state;
  const can = (event: string) => booking.allowed.includes(event as PartnerBooking['allowed'][number]);
  const reason = partnerReason(booking.timeline);

  return (
    <View>
      <StatusCard
        testId="partner-status"
        title={booking.service.name}
        aside={<StatusTag status={booking.status} label={booking.statusLabel} />}
        lead={PARTNER_STATUS_WORDS[booking.status]}
      >
        {booking.status === 'reschedule_proposed' && booking.proposed ? (
          <View className="notice">已建议改到：{visitTime(booking.proposed)}</View>
        ) : null}
        {reason && booking.status !== 'requested' && booking.status !== 'confirmed' ? (
          <View className="muted">说明：{reason}</View>
        ) : null}
        <Facts
          testId="partner-facts"
          rows={[
            ['上门时间', visitTime(booking.window)],
            ['老人', `${booking.elder.name}（${booking.elder.age} 岁）`],
            ['地址', booking.elder.address],
            ['老人电话', booking.elder.phone],
            ['联系人', booking.elder.contactName],
            ['联系电话', booking.elder.contactPhone],
            ['预约方式', booking.bookedViaLabel],
            ['备注', booking.notes],
            ['提交时间', dateTime(booking.createdAt)],
          ]}
        />
        {!booking.revealed ? (
          <View className="muted spaced">确认预约后，才能看到老人的完整姓名、地址和电话。</View>
        ) : null}
      </StatusCard>

      {can('confirm') || can('decline') || can('propose') || can('partner_cancel') ? (
        <View className="card ec-actions">
          {can('confirm') ? (
            <Btn
              kind="primary"
              loading={busy === 'confirm'}
              onClick={() => void state.confirm()}
              testId="partner-confirm"
            >
              确认预约
            </Btn>
          ) : null}
          {can('propose') ? (
            <ProposeForm busy={busy === 'propose'} loadWindows={state.loadOtherWindows} onPropose={state.propose} />
          ) : null}
          {can('decline') ? (
            <ConfirmStep
              trigger="不能接这个预约"
              question="拒绝后家属会收到通知和您写的原因，名额会退回。"
              confirm="确认拒绝"
              keep="不拒绝了"
              reason={{ label: '拒绝的原因', placeholder: '例如：那天店里停业', required: true }}
              busy={busy === 'decline'}
              onConfirm={state.decline}
              testId="partner-decline"
            />
          ) : null}
          {can('partner_cancel') ? (
            <ConfirmStep
              trigger="取消这次上门"
              question="取消后家属会收到通知和您写的原因。能换时间的话，请优先用“换个时间”。"
              confirm="确认取消"
              keep="不取消了"
              reason={{ label: '取消的原因', required: true }}
              busy={busy === 'partner_cancel'}
              onConfirm={state.cancelVisit}
              testId="partner-cancel"
            />
          ) : null}
        </View>
      ) : null}

      {can('complete') || can('no_show') ? (
        <Card title="上门以后" className="ec-actions">
          <View className="muted">到了上门时间以后再标记。</View>
          {can('complete') ? (
            <ConfirmStep
              trigger="服务完成"
              triggerKind="primary"
              question="确认已经为老人做完这次服务吗？标记后不能撤回，家属会收到通知并可以评价。"
              confirm="确认服务完成"
              keep="取消"
              busy={busy === 'complete'}
              onConfirm={() => state.complete()}
              testId="partner-complete"
            />
          ) : null}
          {can('no_show') ? (
            <ConfirmStep
              trigger="上门未遇"
              triggerKind="secondary"
              question="按时上门但家里没有人时再标记。家属会收到通知，可以重新预约。"
              confirm="确认上门未遇"
              keep="返回"
              reason={{ label: '情况说明（可不填）' }}
              busy={busy === 'no_show'}
              onConfirm={state.noShow}
              testId="partner-no-show"
            />
          ) : null}
        </Card>
      ) : null}

      {booking.revealed && booking.status === 'confirmed' ? (
        <Btn kind="secondary" loading={busy === 'calendar'} onClick={() => void state.addToCalendar()}>
          加入日历
        </Btn>
      ) : null}

      {booking.rating ? (
        <Card title="家属的评价">
          <View className="lead">{booking.rating.stars} 星</View>
          {booking.rating.comment ? <View>{booking.rating.comment}</View> : null}
        </Card>
      ) : null}

      <Timeline entries={booking.timeline} />
    </View>
  );
}

export default function PartnerBookingPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.partner}>
      <PartnerBookingPageScreen />
    </StaffOnly>
  );
}
