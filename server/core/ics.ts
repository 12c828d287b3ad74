import { normalizeLineBreaks } from './line-breaks';

/**
 * "加入日历": an RFC 5545 file for H5 (and any phone calendar), and the
 * argument of Taro.addPhoneCalendar for WeChat, built from the same event.
 * Times are written in UTC ("Z"), so no VTIMEZONE block is needed and every
 * calendar shows them in the phone's own zone.
 */
export interface CalendarEvent {
  /** Stable per session, so adding it twice updates rather than duplicates. */
  uid: string;
  title: string;
  description: string;
  location: string;
  startsAt: string;
  endsAt: string;
  /** Reminder before the start; 0 for none. */
  alarmMinutesBefore: number;
  /** Bumped on every change (e.g. a moved visit) so calendars take the newer copy. */
  sequence?: number;
}

const PRODID = '-//Hudao Subdistrict//Dangqun eJia//ZH';
const UID_DOMAIN = 'hudao.dangqun-ejia';

export function buildIcs(event: CalendarEvent, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}@${UID_DOMAIN}`,
    ...(event.sequence !== undefined ? [`SEQUENCE:${event.sequence}`] : []),
    `DTSTAMP:${icsUtc(now.toISOString())}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
  ];
  if (event.alarmMinutesBefore > 0) {
    lines.push(
      'BEGIN:VALARM',
      `TRIGGER:-PT${Math.round(event.alarmMinutesBefore)}M`,
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.title)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The object Taro.addPhoneCalendar takes: unix seconds, alarm offset in seconds. */
export function phoneCalendar(event: CalendarEvent) {
  return {
    title: event.title,
    startTime: Math.floor(Date.parse(event.startsAt) / 1000),
    endTime: Math.floor(Date.parse(event.endsAt) / 1000),
    location: event.location,
    description: event.description,
    alarm: event.alarmMinutesBefore > 0,
    alarmOffset: Math.round(event.alarmMinutesBefore * 60),
  };
}

/** 2026-12-05T01:30:00.000Z -> 20261205T013000Z */
export function icsUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT
 * values. Every line-break form counts as a newline (a bare CR would otherwise
 * start a new property in some calendars); other control characters are dropped.
 */
export function escapeText(text: string): string {
  return normalizeLineBreaks(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + space.
 * Chinese characters are 3 octets in UTF-8 and must not be split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line may hold 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
