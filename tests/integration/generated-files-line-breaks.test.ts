import { toCsv } from '../../server/core/csv';
import { createHarness, type Harness } from '../helpers/harness';
import { REPAIR, rid, windowsOf } from './eldercare-helpers';

/**
 * Found in tests of the running app: a bare carriage return a resident types
 * into an address reached the "加入日历" file and started a new calendar line.
 * Through the real actions: the elder's address carries every line-break form,
 * and the booking's calendar file still has one property per line.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const PROPERTY =
  /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|SEQUENCE|DTSTAMP|DTSTART|DTEND|SUMMARY|LOCATION|DESCRIPTION|TRIGGER|ACTION):/;

it('an address with CR, LF, U+2028 and U+2029 stays inside LOCATION of the booking calendar file', async () => {
  const detail = '5号楼\r2单元\u2028ATTENDEE:x\u2029101\n室';
  const elder = await h.ok('resident', 'eldercare', 'addElder', {
    name: '周玉兰',
    birthDate: '1940-04-02',
    address: { street: '万安一路', number: 30, detail },
    phone: null,
    relation: '子女',
  });
  await h.ok('community_admin', 'eldercare', 'verifyElder', { elderId: elder.id, version: elder.version });
  const [windowId] = await windowsOf(h, REPAIR);
  const booked = await h.ok('resident', 'eldercare', 'book', {
    clientRequestId: rid(),
    elderId: elder.id,
    serviceId: REPAIR,
    windowId,
    notes: '',
  });
  await h.ok('partner_repair', 'eldercare', 'confirm', { bookingId: booked.booking.id, version: 1 });

  const { content } = await h.ok('resident', 'eldercare', 'calendar', { bookingId: booked.booking.id });
  const lines = (content as string).slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(line.startsWith(' ') || PROPERTY.test(line)).toBe(true);
  }
  expect((content as string).replace(/\r\n /g, '')).toContain(
    'LOCATION:万安一路30号5号楼\\n2单元\\nATTENDEE:x\\n101\\n室',
  );
});

it('the same text in a CSV export stays in its cell', () => {
  const csv = toCsv(['地址'], [['5号楼\r2单元\u2028101']]);
  expect(csv.split('\r\n')).toEqual(['\uFEFF地址', '"5号楼\n2单元\n101"', '']);
});
