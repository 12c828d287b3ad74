import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { BookingItem } from '../ui/BookingItem';
import { BackButton } from '../ui/Nav';
import { useMyBookings } from './use-my-bookings';
import '../eldercare.scss';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { Heading } from '../../../components/Heading';
import { listRole } from '../../../components/aria';

/** 我的预约: what is still to come first, then what is over. */
export default function MyBookings() {
  const { data, loading, error, reload, active, past } = useMyBookings();
  usePullRefresh({ reload, loading });

  return (
    <Page title="我的预约">
      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data && data.length === 0 ? (
          <View className="card">
            <View className="lead">还没有预约。</View>
            <Btn kind="primary" onClick={() => go(PATHS.home)}>
              去预约
            </Btn>
          </View>
        ) : null}
        {active.length > 0 ? (
          <View>
            <Heading level={2} className="card__title">
              进行中
            </Heading>
            <View {...listRole}>
              {active.map((b) => (
                <BookingItem key={b.id} booking={b} onOpen={() => go(PATHS.booking(b.id))} />
              ))}
            </View>
          </View>
        ) : null}
        {past.length > 0 ? (
          <View>
            <Heading level={2} className="card__title">
              已结束
            </Heading>
            <View {...listRole}>
              {past.map((b) => (
                <BookingItem key={b.id} booking={b} onOpen={() => go(PATHS.booking(b.id))} />
              ))}
            </View>
          </View>
        ) : null}
      </StatusView>
      <BackButton fallback={PATHS.home} />
    </Page>
  );
}
