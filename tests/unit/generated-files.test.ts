import { csvCell, toCsv } from '../../server/core/csv';
import { buildIcs, escapeText, type CalendarEvent } from '../../server/core/ics';

/**
 * Resident text (an address, a description, a name) reaches generated files.
 * Whatever line break it carries, it must never start a new line of the file:
 * a bare CR in an .ics property is read by calendars as a new property.
 */
const BREAKS: Array<[string, string]> = [
  ['CRLF', '\r\n'],
  ['bare CR', '\r'],
  ['LF', '\n'],
  ['NEL', '\u0085'],
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
  ['vertical tab', '\u000b'],
  ['form feed', '\u000c'],
];
const ANY_BREAK = /\r\n|\r|\n|\u0085|\u2028|\u2029|\u000b|\u000c/;

const base: CalendarEvent = {
  uid: 'eldercare-b1',
  title: '上门理发（佳丽理发店）',
  description: '为张德顺提供上门理发',
  location: '万安一路6号',
  startsAt: '2026-12-03T01:00:00.000Z',
  endsAt: '2026-12-03T04:00:00.000Z',
  alarmMinutesBefore: 120,
};

const PROPERTY =
  /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|SEQUENCE|DTSTAMP|DTSTART|DTEND|SUMMARY|LOCATION|DESCRIPTION|TRIGGER|ACTION):/;

describe('line breaks in generated calendar files', () => {
  it.each(BREAKS)('a %s in any text field stays inside its property', (_name, brk) => {
    const hostile = `万安一路6号${brk}ATTENDEE:mailto:x@example.com${brk}3单元`;
    for (const field of ['uid', 'title', 'description', 'location'] as const) {
      const ics = buildIcs({ ...base, [field]: hostile }, new Date('2026-11-26T02:00:00Z'));
      // Lines are CRLF-separated; folded continuations start with a space.
      const body = ics.slice(0, -2);
      const lines = body.split('\r\n');
      for (const line of lines) {
        expect(line).not.toMatch(ANY_BREAK);
        expect(line.startsWith(' ') || PROPERTY.test(line)).toBe(true);
      }
      expect(body.replace(/\r\n /g, '')).not.toMatch(/^ATTENDEE/m);
    }
  });

  it('writes each break as the escaped \\n calendars show as a new line', () => {
    expect(escapeText('a\r\nb\rc\nd\u2028e\u2029f\u0085g')).toBe('a\\nb\\nc\\nd\\ne\\nf\\ng');
  });

  it('drops other control characters, which RFC 5545 does not allow in text', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\tf')).toBe('abcde\tf');
  });
});

describe('line breaks in generated CSV files', () => {
  /** Splits on record separators outside quotes, the way a strict CSV reader does. */
  function records(csv: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    const text = csv.replace(/^\uFEFF/, '');
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        row.push(cell);
        cell = '';
      } else if (ch === '\r' && text[i + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        i++;
      } else {
        expect(ch).not.toMatch(ANY_BREAK);
        cell += ch;
      }
    }
    return rows;
  }

  it.each(BREAKS)('a %s in a cell stays inside its quoted cell, as one kind of break', (_name, brk) => {
    const csv = toCsv(
      ['姓名', '地址'],
      [
        ['王建华', `万安一路6号${brk}3单元`],
        ['张丽', '金华路1号'],
      ],
    );
    const rows = records(csv);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['王建华', '万安一路6号\n3单元']);
    expect(rows[2]).toEqual(['张丽', '金华路1号']);
    // Outside quoted cells the only line break is the CRLF between records.
    expect(csv.replace(/"[^"]*(?:""[^"]*)*"/g, '').replace(/\r\n/g, '')).not.toMatch(ANY_BREAK);
  });

  it('still defuses a formula that hides behind a leading line break', () => {
    expect(csvCell('\r=HYPERLINK("http://x")')).toBe(`"'\n=HYPERLINK(""http://x"")"`);
    expect(csvCell('\u2028=1+1')).toBe(`"'\n=1+1"`);
  });
});
