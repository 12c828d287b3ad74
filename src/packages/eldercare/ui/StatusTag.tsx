import { StatusTag as SharedStatusTag, type Tone } from '../../../components/StatusTag';
import type { BookingStatus } from '../lib/types';

/** Red asks for attention, green is settled and good, grey is over. */
const TONE: Record<BookingStatus, Tone> = {
  requested: 'quiet',
  confirmed: 'ok',
  reschedule_proposed: 'alert',
  declined: 'quiet',
  cancelled: 'quiet',
  completed: 'ok',
  no_show: 'quiet',
};

export function StatusTag({ status, label }: { status: BookingStatus; label: string }) {
  return <SharedStatusTag tone={TONE[status]} label={label} />;
}
