import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import type { BookerBooking } from '../lib/types';
import { StatusTag } from './StatusTag';
import { itemRole } from '../../../components/aria';

/** One booking in a list, tappable as a whole; says when the family has something to do. */
export function BookingItem({ booking, onOpen }: { booking: BookerBooking; onOpen: () => void }) {
  const todo =
    booking.status === 'reschedule_proposed'
      ? '服务单位想换时间，请答复'
      : booking.canRate
        ? '服务已完成，请评价'
        : null;
  return (
    <View {...itemRole}>
      <Btn kind="plain" className="card" onClick={onOpen} testId={`booking-${booking.id}`}>
        <View className="row">
          <View className="ec-elder__name">{booking.service.name}</View>
          <StatusTag status={booking.status} label={booking.statusLabel} />
        </View>
        <View>
          {booking.elder.name} · {booking.window.label}
        </View>
        <View className="muted">{booking.partner.name}</View>
        {todo ? <View className="notice spaced">{todo}</View> : null}
      </Btn>
    </View>
  );
}
