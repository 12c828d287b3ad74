import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { BookingItem } from '../ui/BookingItem';
import { ElderCard } from '../ui/ElderCard';
import { BackButton } from '../ui/Nav';
import { useGrid } from './use-grid';
import '../eldercare.scss';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { Heading } from '../../../components/Heading';
import { listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';

/** 代老人预约: grid staff book for elders of their grid who have no smartphone or no family nearby. */
function GridBookingScreen() {
  const { elders, bookings } = useGrid();
  usePullRefresh(elders, bookings);

  return (
    <Page title="代老人预约">
      <View className="muted lead">为本网格没有智能手机、身边没有家属的老人预约上门服务。老人信息要先经社区核实。</View>
      <Btn kind="secondary" onClick={() => go(PATHS.elderForm({ grid: true }))} testId="grid-add-elder">
        为老人建档
      </Btn>

      <Card title="本网格的老人" className="spaced">
        <StatusView loading={elders.loading && !elders.data} error={elders.error} onRetry={elders.reload}>
          {elders.data && elders.data.length === 0 ? <View>本网格还没有建档的老人。</View> : null}
          <View {...listRole}>
            {(elders.data ?? []).map((elder) => (
              <ElderCard key={elder.id} elder={elder} extra={elder.noSmartphone ? '没有智能手机' : undefined}>
                <View className="ec-actions">
                  {elder.verification === 'verified' ? (
                    <Btn kind="primary" onClick={() => go(PATHS.services(elder.id))} testId={`grid-book-${elder.id}`}>
                      为{elder.name}预约
                    </Btn>
                  ) : null}
                  <Btn kind="secondary" onClick={() => go(PATHS.elderForm({ elderId: elder.id }))}>
                    修改{elder.name}的信息
                  </Btn>
                </View>
              </ElderCard>
            ))}
          </View>
        </StatusView>
      </Card>

      <Heading level={2} className="card__title">
        本网格的预约
      </Heading>
      <StatusView loading={bookings.loading && !bookings.data} error={bookings.error} onRetry={bookings.reload}>
        {bookings.data && bookings.data.length === 0 ? <View className="card">还没有预约。</View> : null}
        <View {...listRole}>
          {(bookings.data ?? []).map((b) => (
            <BookingItem key={b.id} booking={b} onOpen={() => go(PATHS.booking(b.id))} />
          ))}
        </View>
      </StatusView>
      <BackButton fallback="/pages/me/index" />
    </Page>
  );
}

export default function GridBooking() {
  return (
    <StaffOnly roles={STAFF_PAGES.grid}>
      <GridBookingScreen />
    </StaffOnly>
  );
}
