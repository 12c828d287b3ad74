import { BOM, csvCell, toCsv } from '../../../server/core/csv';
import { buildIcs, escapeText, foldLine, phoneCalendar, type CalendarEvent } from '../../../server/core/ics';
import { emptyCounts } from '../../../server/domain/culture/capacity';
import type { SessionDoc } from '../../../server/domain/culture/model';
import { attendanceRows, monthTotals, recentMonths } from '../../../server/domain/culture/attendance-figures';

const event: CalendarEvent = {
  uid: 'culture-ses-1',
  title: '我们的节日·邻里包饺子',
  description: '材料由中心准备；请带围裙,准时到场\n签到码：001317',
  location: '瑞安路社区综合文化服务中心 多功能厅',
  startsAt: '2026-12-03T01:30:00.000Z',
  endsAt: '2026-12-03T03:30:00.000Z',
  alarmMinutesBefore: 60,
};

describe('加入日历 (.ics)', () => {
  const ics = buildIcs(event, new Date('2026-11-26T02:00:00Z'));
  const unfolded = ics.replace(/\r\n /g, '');

  it('is a calendar with one event in UTC, lines ending in CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(unfolded).toContain('DTSTART:20261203T013000Z\r\n');
    expect(unfolded).toContain('DTEND:20261203T033000Z\r\n');
    expect(unfolded).toContain('UID:culture-ses-1@');
    expect(unfolded).toContain('TRIGGER:-PT60M');
  });

  it('escapes semicolons, commas and newlines in text', () => {
    expect(unfolded).toContain('DESCRIPTION:材料由中心准备；请带围裙\\,准时到场\\n签到码：001317\r\n');
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const long = `SUMMARY:${'湖岛街道青年文化艺术节'.repeat(6)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').length).toBeGreaterThan(1);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('gives Taro.addPhoneCalendar unix seconds and an alarm offset in seconds', () => {
    expect(phoneCalendar(event)).toMatchObject({
      startTime: 1_796_261_400,
      endTime: 1_796_268_600,
      alarm: true,
      alarmOffset: 3600,
    });
  });
});

describe('CSV export', () => {
  it('starts with a UTF-8 BOM so Excel reads the Chinese, and ends lines with CRLF', () => {
    const csv = toCsv(['姓名', '状态'], [['王建华', '已报名']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}姓名,状态\r\n王建华,已报名\r\n`);
  });

  it('quotes commas, quotes and newlines, and keeps a typed formula as text', () => {
    expect(csvCell('张,丽')).toBe('"张,丽"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('attendance figures', () => {
  const session = (patch: Partial<SessionDoc>): SessionDoc =>
    ({
      _id: 's',
      courseId: null,
      series: null,
      title: 't',
      status: 'scheduled',
      capacity: 10,
      counts: emptyCounts(),
      startsAt: '2026-10-10T01:00:00.000Z',
      ...patch,
    }) as SessionDoc;
  const now = new Date('2026-11-26T02:00:00Z');
  const titles = new Map([['crs-taichi', '太极拳晨练班']]);

  it('groups classes by course and events by programme, per Shanghai month', () => {
    const rows = attendanceRows(
      [
        session({ _id: 'a', courseId: 'crs-taichi', counts: { ...emptyCounts(), attended: 8, no_show: 2 } }),
        session({
          _id: 'b',
          courseId: 'crs-taichi',
          counts: { ...emptyCounts(), attended: 6, no_show: 0, enrolled: 1 },
        }),
        // 20:00 UTC on 31 October is already 1 November in Qingdao.
        session({
          _id: 'c',
          series: '我们的节日',
          startsAt: '2026-10-31T20:00:00.000Z',
          counts: { ...emptyCounts(), attended: 3 },
        }),
      ],
      titles,
      now,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        label: '太极拳晨练班',
        month: '2026-10',
        sessions: 2,
        capacity: 20,
        enrolled: 17,
        attended: 14,
        noShow: 2,
        attendanceRate: 87.5,
        fillRate: 85,
      }),
      expect.objectContaining({ label: '我们的节日', month: '2026-11', sessions: 1, attended: 3, attendanceRate: 100 }),
    ]);
  });

  it('leaves out cancelled sessions and those not yet started', () => {
    const rows = attendanceRows(
      [session({ status: 'cancelled' }), session({ startsAt: '2026-12-01T01:00:00.000Z' })],
      titles,
      now,
    );
    expect(rows).toEqual([]);
  });

  it('lists every month of the range for the chart, empty ones included', () => {
    const months = recentMonths(now, 3);
    expect(months).toEqual(['2026-09', '2026-10', '2026-11']);
    const totals = monthTotals(
      attendanceRows([session({ counts: { ...emptyCounts(), attended: 2 } })], titles, now),
      months,
    );
    expect(totals.map((t) => t.attended)).toEqual([0, 2, 0]);
    expect(totals[0].attendanceRate).toBeNull();
  });
});
