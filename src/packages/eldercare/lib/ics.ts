import type { PhoneCalendarEvent } from '../../../platform/calendar';

/** One TEXT property of an .ics file, unfolded and unescaped (RFC 5545 3.1 and 3.3.11). */
export function icsField(ics: string, name: string): string {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const line = unfolded.split(/\r?\n/).find((l) => l.startsWith(`${name}:`));
  if (!line) return '';
  return line
    .slice(name.length + 1)
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1');
}

/**
 * The argument of WeChat's addPhoneCalendar for a visit: times from the
 * booking, place and text from the server's .ics (the booker's view carries
 * no address), the alarm two hours before, as in the .ics.
 */
export function phoneEventFor(
  visit: { title: string; startsAt: string; endsAt: string },
  ics: string,
): PhoneCalendarEvent {
  return {
    title: visit.title,
    startTime: Math.floor(Date.parse(visit.startsAt) / 1000),
    endTime: Math.floor(Date.parse(visit.endsAt) / 1000),
    location: icsField(ics, 'LOCATION'),
    description: icsField(ics, 'DESCRIPTION'),
    alarm: true,
    alarmOffset: 2 * 3600,
  };
}
