import { call } from '../../../api/client';
import { addToCalendar, type CalendarOutcome } from '../../../platform/calendar';
import { phoneEventFor } from './ics';
import type { BookerBooking, PartnerBooking } from './types';

/** "加入日历" for a confirmed visit: the server checks the status and builds the file; the platform module adds or downloads it. */
export async function addVisitToCalendar(
  booking: Pick<BookerBooking | PartnerBooking, 'id' | 'service' | 'partner' | 'window'>,
): Promise<CalendarOutcome> {
  const file = await call('eldercare', 'calendar', { bookingId: booking.id });
  const phoneCalendar = phoneEventFor(
    {
      title: `${booking.service.name}（${booking.partner.name}）`,
      startsAt: booking.window.startsAt,
      endsAt: booking.window.endsAt,
    },
    file.content,
  );
  return addToCalendar({ filename: file.filename, mimeType: file.contentType, ics: file.content, phoneCalendar });
}

export const CALENDAR_WORDS: Record<CalendarOutcome, string> = {
  added: '已加入手机日历，上门前 2 小时会提醒您。',
  downloaded: '日历文件已下载。打开这个文件，就能把上门时间加入日历。',
  cancelled: '没有加入日历。',
};
