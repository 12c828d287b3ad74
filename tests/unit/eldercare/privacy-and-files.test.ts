import { buildIcs } from '../../../server/core/ics';
import type { BookingDoc } from '../../../server/domain/eldercare/model';
import { bookingForPartner, maskName, maskPhone, partnerMayReveal } from '../../../server/domain/eldercare/views';

function booking(over: Partial<BookingDoc> = {}): BookingDoc {
  return {
    _id: 'bk_1',
    clientRequestId: 'req-00001',
    elderId: 'el-1',
    serviceId: 'svc-jiali-haircut',
    serviceName: '上门理发',
    partnerId: 'p-jiali',
    partnerName: '佳丽理发店',
    windowId: 'w1',
    date: '2026-12-01',
    period: 'am',
    requestedWindowId: 'w1',
    status: 'requested',
    bookedBy: 'demo-relative',
    bookedVia: 'guardian',
    bookerName: '张丽',
    bookerPhone: '13800000002',
    notes: '',
    elder: {
      name: '张德顺',
      birthDate: '1934-08-18',
      address: { street: '万安一路', number: 12, detail: '2号楼1单元302' },
      phone: '13800000012',
      gridId: 'g-03',
      communityId: 'c-yichang',
    },
    branchId: 'b-yc-2',
    communityId: 'c-yichang',
    cancelCutoffHours: 24,
    proposed: null,
    rating: null,
    remindedFor: null,
    timeline: [],
    version: 1,
    createdAt: '2026-11-26T02:00:00.000Z',
    updatedAt: '2026-11-26T02:00:00.000Z',
    confirmedAt: null,
    closedAt: null,
    ...over,
  };
}

describe('what a partner may see', () => {
  it('masks name, address and phones before the partner confirms', () => {
    const view = bookingForPartner(booking());
    expect(view.revealed).toBe(false);
    expect(view.elder).toEqual({
      name: '张**',
      age: 92,
      address: '万安一路',
      phone: '138****0012',
      contactName: '张**',
      contactPhone: '138****0002',
    });
    expect(JSON.stringify(view)).not.toContain('302');
    expect(JSON.stringify(view)).not.toContain('13800000012');
  });

  it('shows them in full once confirmed, and hides them again after a cancellation', () => {
    const confirmed = booking({ status: 'confirmed', confirmedAt: '2026-11-26T03:00:00.000Z' });
    expect(bookingForPartner(confirmed).elder).toMatchObject({
      name: '张德顺',
      address: '万安一路12号2号楼1单元302',
      phone: '13800000012',
    });
    expect(partnerMayReveal({ ...confirmed, status: 'cancelled' })).toBe(false);
    expect(partnerMayReveal({ ...confirmed, status: 'completed' })).toBe(true);
  });

  it('keeps details masked while a never-confirmed request waits for an answer to a new time', () => {
    expect(partnerMayReveal(booking({ status: 'reschedule_proposed' }))).toBe(false);
  });

  it('masks landlines and odd input without leaking digits', () => {
    expect(maskPhone('0532-83812345')).toBe('053****2345');
    expect(maskPhone('123')).toBe('****');
    expect(maskPhone(null)).toBeNull();
    expect(maskName('欧阳秀英')).toBe('欧**');
  });
});

describe('calendar file for a visit', () => {
  const ics = buildIcs(
    {
      uid: 'eldercare-bk_1',
      sequence: 2,
      startsAt: '2026-12-01T01:00:00Z',
      endsAt: '2026-12-01T04:00:00Z',
      title: '上门理发（佳丽理发店）',
      location: '万安一路12号2号楼1单元302',
      description: '为张德顺提供上门理发, 备注; 无',
      alarmMinutesBefore: 120,
    },
    new Date('2026-11-26T02:00:00Z'),
  );

  it('carries the booking version as SEQUENCE, so a moved visit replaces the old entry', () => {
    expect(ics).toContain('UID:eldercare-bk_1@hudao.dangqun-ejia\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
    expect(ics).toContain('DTSTART:20261201T010000Z\r\n');
    expect(ics).toContain('TRIGGER:-PT120M\r\n');
  });
});
