import { BOM, csvCell, toCsv } from '../../server/core/csv';

describe('CSV for Excel', () => {
  it('starts with a byte-order mark and uses CRLF', () => {
    const csv = toCsv(['网格', '件数'], [['万安一路南网格', 3]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}网格,件数\r\n万安一路南网格,3\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('一\n二')).toBe('"一\n二"');
  });

  it('defuses cells that Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+86')).toBe("'+86");
    expect(csvCell(-3)).toBe('-3');
  });

  it('leaves empty and missing values empty', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});
