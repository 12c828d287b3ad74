import { Text } from '@tarojs/components';
import { weappLabel } from '../../../components/aria';
import type { BookingStatus } from '../lib/types';

/** Red asks for attention, green is settled and good, grey is over. */
const TONE: Record<BookingStatus, string> = {
  requested: 'tag tag--quiet',
  confirmed: 'tag ec-tag--ok',
  reschedule_proposed: 'tag',
  declined: 'tag tag--quiet',
  cancelled: 'tag tag--quiet',
  completed: 'tag ec-tag--ok',
  no_show: 'tag tag--quiet',
};

export function StatusTag({ status, label }: { status: BookingStatus; label: string }) {
  return (
    <Text className={`${TONE[status]} ec-tag`} {...weappLabel(`状态：${label}`)}>
      {label}
    </Text>
  );
}

/** Tags for elder verification and service state, same tones. */
export function Tag({ tone, children }: { tone: 'ok' | 'alert' | 'quiet'; children: string }) {
  const cls = tone === 'ok' ? 'tag ec-tag--ok' : tone === 'alert' ? 'tag' : 'tag tag--quiet';
  return <Text className={`${cls} ec-tag`}>{children}</Text>;
}
