import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import type { PartnerBooking, PartnerListView } from '../lib/types';
import { BackButton } from '../ui/Nav';
import { StatusTag } from '../ui/StatusTag';
import { PARTNER_VIEWS, usePartnerWorkbench } from './use-partner';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../../components/aria';

function PartnerItem({ booking }: { booking: PartnerBooking }) {
  return (
    <View {...itemRole}>
      <Btn
        kind="plain"
        className="card"
        onClick={() => go(PATHS.partnerBooking(booking.id))}
        testId={`partner-booking-${booking.id}`}
      >
        <View className="row">
          <View className="ec-elder__name">{booking.window.label}</View>
          <StatusTag status={booking.status} label={booking.statusLabel} />
        </View>
        <View>
          {booking.service.name} · {booking.elder.name}（{booking.elder.age} 岁）
        </View>
        <View className="muted">{booking.elder.address}</View>
      </Btn>
    </View>
  );
}

/** 合作单位工作台: new requests to confirm, today's visits, what is coming, what is over. */
function PartnerWorkbenchScreen() {
  const { data, loading, error, reload } = usePartnerWorkbench();
  usePullRefresh({ reload, loading });
  const [view, setView] = useState<PartnerListView>('pending');
  const current = PARTNER_VIEWS.find((v) => v.view === view)!;
  const rows = data?.[view] ?? [];

  return (
    <Page title="合作单位工作台">
      <Btn kind="secondary" onClick={() => go(PATHS.partnerServices)} testId="partner-services">
        服务和时段设置
      </Btn>
      <View className="field__label spaced" id="partner-view-label">
        要看的预约
      </View>
      <View className="choices" {...{ role: 'radiogroup', 'aria-labelledby': 'partner-view-label' }}>
        {PARTNER_VIEWS.map((v) => (
          <Btn
            key={v.view}
            role="radio"
            checked={v.view === view}
            kind={v.view === view ? 'primary' : 'secondary'}
            onClick={() => setView(v.view)}
            testId={`view-${v.view}`}
          >
            {data ? `${v.label}（${data[v.view].length}）` : v.label}
          </Btn>
        ))}
      </View>
      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data && rows.length === 0 ? <View className="card">{current.empty}</View> : null}
        <View {...listRole} data-testid="partner-list">
          {rows.map((b) => (
            <PartnerItem key={b.id} booking={b} />
          ))}
        </View>
      </StatusView>
      <Btn kind="secondary" onClick={reload}>
        刷新
      </Btn>
      <BackButton fallback="/pages/me/index" />
    </Page>
  );
}

export default function PartnerWorkbench() {
  return (
    <StaffOnly roles={STAFF_PAGES.partner}>
      <PartnerWorkbenchScreen />
    </StaffOnly>
  );
}
