import Taro from '@tarojs/taro';
import { saveTextFile } from './download';
import { isWeapp } from './env';

/**
 * The only module that adds an event to the phone's calendar. WeChat:
 * Taro.addPhoneCalendar with the argument the server prepared. H5: the .ics
 * file the server built is downloaded; phones and computers open it in their calendar.
 */
export interface PhoneCalendarEvent {
  title: string;
  startTime: number;
  endTime: number;
  location: string;
  description: string;
  alarm: boolean;
  alarmOffset: number;
}

export interface CalendarEntry {
  filename: string;
  mimeType: string;
  ics: string;
  phoneCalendar: PhoneCalendarEvent;
}

export type CalendarOutcome = 'added' | 'downloaded' | 'cancelled';

export async function addToCalendar(entry: CalendarEntry): Promise<CalendarOutcome> {
  if (!isWeapp()) {
    await saveTextFile({ filename: entry.filename, mimeType: entry.mimeType, content: entry.ics });
    return 'downloaded';
  }
  const e = entry.phoneCalendar;
  try {
    // Taro's typing says endTime is a string (WeChat's docs say the same); the value is unix seconds.
    await Taro.addPhoneCalendar({
      title: e.title,
      startTime: e.startTime,
      endTime: String(e.endTime),
      location: e.location,
      description: e.description,
      alarm: e.alarm,
      alarmOffset: e.alarmOffset,
    });
    return 'added';
  } catch (err) {
    // Declining the system dialog is a choice, not a failure.
    if (/cancel/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? ''))) return 'cancelled';
    throw err;
  }
}
