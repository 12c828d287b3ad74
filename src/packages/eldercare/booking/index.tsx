import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { clockTime, dateTime } from '../lib/dates';
import { go, replace } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import type { BookerBooking } from '../lib/types';
import { BOOKER_STATUS_WORDS, partnerReason, STAR_WORDS } from '../lib/words';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { Facts } from '../../../components/Facts';
import { BackButton } from '../ui/Nav';
import { StatusTag } from '../ui/StatusTag';
import { Timeline } from '../ui/Timeline';
import { RatingForm } from './RatingForm';
import { useBooking } from './use-booking';
import '../eldercare.scss';
import { CallButton } from '../../../components/CallButton';
import { Card } from '../../../components/Card';
import { StatusCard } from '../../../components/StatusCard';
import { OutcomeNotice } from '../../../components/Notice';

function visitTime(w: BookerBooking['window']): string {
  return `${w.label} ${clockTime(w.startsAt)}–${clockTime(w.endsAt)}`;
}

export default function BookingDetail() {
  const { params } = useRouter();
  const bookingId = params.id ?? '';
  const { resource, booking, busy, outcome, cancel, accept, refuse, rate, addToCalendar } = useBooking(bookingId);
  const audience = resource.data?.audience;

  return (
    <Page title="预约详情">
      {params.created && booking?.status === 'requested' ? (
        <View className="notice notice--ok" {...{ role: 'status' }} data-testid="booking-created">
          预约已提交。服务单位确认后会发消息告诉您。
        </View>
      ) : null}
      <StatusView loading={resource.loading && !resource.data} error={resource.error} onRetry={resource.reload}>
        {audience === 'partner' ? (
          <View className="card">
            <View className="lead">这是您单位收到的预约，请在合作单位工作台处理。</View>
            <Btn kind="primary" onClick={() => replace(PATHS.partnerBooking(bookingId))}>
              去工作台处理
            </Btn>
          </View>
        ) : null}
        {audience === 'admin' && resource.data ? (
          <View className="card">
            <View className="lead">
              {resource.data.booking.elder.name}的{resource.data.booking.service.name}：
              {resource.data.booking.statusLabel}（{resource.data.booking.window.label}）。
            </View>
            <View className="muted">管理人员只能查看，不能修改预约。</View>
          </View>
        ) : null}
        {booking ? (
          <BookerView booking={booking} busy={busy} actions={{ cancel, accept, refuse, rate, addToCalendar }} />
        ) : null}
      </StatusView>
      <OutcomeNotice outcome={outcome} testId="booking-outcome" />
      <BackButton fallback={PATHS.bookings} />
    </Page>
  );
}

interface Actions {
  cancel: (reason: string) => Promise<boolean>;
  accept: () => Promise<boolean>;
  refuse: (reason: string) => Promise<boolean>;
  rate: (stars: number, comment: string) => Promise<boolean>;
  addToCalendar: () => Promise<unknown>;
}

function BookerView({ booking, busy, actions }: { booking: BookerBooking; busy: string | null; actions: Actions }) {
  const reason = partnerReason(booking.timeline);
  const cancellable = booking.allowed.includes('cancel');
  // The server decides; the phone's clock only chooses between the button and the explanation.
  const beforeCutoff = Date.now() < Date.parse(booking.cancelUntil);

  return (
    <View>
      <StatusCard
        testId="booking-status"
        title={booking.service.name}
        aside={<StatusTag status={booking.status} label={booking.statusLabel} />}
        lead={BOOKER_STATUS_WORDS[booking.status]}
      >
        {reason &&
        (booking.status === 'declined' ||
          booking.status === 'cancelled' ||
          booking.status === 'reschedule_proposed') ? (
          <View className="notice">服务单位说明：{reason}</View>
        ) : null}
        <Facts
          testId="booking-facts"
          rows={[
            ['老人', `${booking.elder.name}（${booking.elder.age} 岁）`],
            ['上门时间', visitTime(booking.window)],
            ['服务单位', booking.partner.name],
            ['预约方式', booking.bookedViaLabel],
            ['备注', booking.notes],
            ['提交时间', dateTime(booking.createdAt)],
          ]}
        />
      </StatusCard>

      {booking.status === 'reschedule_proposed' && booking.proposed ? (
        <Card title="服务单位建议的新时间" testId="proposal">
          <View className="lead ec-elder__name">{visitTime(booking.proposed)}</View>
          <View className="ec-actions">
            <Btn
              kind="primary"
              loading={busy === 'accept'}
              onClick={() => void actions.accept()}
              testId="accept-proposal"
            >
              同意新时间
            </Btn>
            <ConfirmStep
              trigger="不同意新时间"
              question="不同意的话，这次预约会取消，名额和次数都会退回。您可以再重新预约别的时间。"
              confirm="不同意，取消预约"
              keep="再想想"
              reason={{ label: '原因（可不填）' }}
              busy={busy === 'refuse'}
              onConfirm={actions.refuse}
              testId="refuse-proposal"
            />
          </View>
        </Card>
      ) : null}

      {booking.status === 'confirmed' ? (
        <View className="card">
          <View className="lead">把上门时间加入手机日历，到时会提醒您。</View>
          <Btn
            kind="secondary"
            loading={busy === 'calendar'}
            onClick={() => void actions.addToCalendar()}
            testId="add-calendar"
          >
            加入日历
          </Btn>
        </View>
      ) : null}

      {booking.canRate ? <RatingForm busy={busy === 'rate'} onRate={actions.rate} /> : null}
      {booking.rating ? (
        <Card title="您的评价" testId="my-rating">
          <View className="lead">
            {booking.rating.stars} 星 {STAR_WORDS[booking.rating.stars] ?? ''}
          </View>
          {booking.rating.comment ? <View>{booking.rating.comment}</View> : null}
        </Card>
      ) : null}

      {cancellable ? (
        <View className="card">
          {beforeCutoff ? (
            <View>
              <View className="muted lead">{dateTime(booking.cancelUntil)} 以前可以在网上取消。</View>
              <ConfirmStep
                trigger="取消预约"
                question="确定要取消这次预约吗？取消后名额和次数都会退回。"
                confirm="确定取消"
                keep="不取消了"
                reason={{ label: '取消原因（可不填）' }}
                busy={busy === 'cancel'}
                onConfirm={actions.cancel}
                testId="cancel-booking"
              />
            </View>
          ) : (
            <View className="stack" data-testid="call-partner">
              <View>离上门时间太近，不能在网上取消了。如有变化，请直接打电话给{booking.partner.name}。</View>
              {booking.partner.phone ? <CallButton name={booking.partner.name} phone={booking.partner.phone} /> : null}
            </View>
          )}
        </View>
      ) : null}

      <Timeline entries={booking.timeline} />
      {booking.status === 'declined' || booking.status === 'cancelled' || booking.status === 'no_show' ? (
        <Btn kind="primary" onClick={() => go(PATHS.services(booking.elder.id))}>
          重新预约
        </Btn>
      ) : null}
    </View>
  );
}
