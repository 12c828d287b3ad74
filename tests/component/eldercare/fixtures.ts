/** Replies shaped like the eldercare function's, for page tests. */
export const ZHANG = 'el-zhang-deshun';
export const HAIRCUT = 'svc-jiali-haircut';

export const window1 = {
  date: '2026-12-01',
  period: 'am',
  periodLabel: '上午',
  label: '12月1日（周二）上午',
  startsAt: '2026-12-01T09:00:00+08:00',
  endsAt: '2026-12-01T12:00:00+08:00',
};

export const elder = {
  id: ZHANG,
  name: '张德顺',
  birthDate: '1934-08-18',
  age: 92,
  address: { street: '万安一路', number: 12, detail: '2号楼1单元302' },
  addressText: '万安一路12号2号楼1单元302',
  gridId: 'g-03',
  communityId: 'c-yichang',
  phone: '13800000012',
  difficultyClaimed: 'none',
  difficulty: 'none',
  difficultyLabel: '无',
  noSmartphone: false,
  verification: 'verified',
  verificationLabel: '已核实',
  verificationNote: null,
  verifiedAt: '2026-11-01T02:00:00.000Z',
  guardianCount: 1,
  createdVia: 'guardian',
  version: 1,
  updatedAt: '2026-11-01T02:00:00.000Z',
};

export const haircutService = {
  id: HAIRCUT,
  partner: { id: 'p-jiali', name: '佳丽理发店', phone: '13800000006' },
  name: '上门理发',
  description: '理发师带工具上门理发。',
  mode: 'home',
  modeLabel: '上门服务',
  eligibility: { minAge: 90, difficultyRequired: false },
  eligibilityText: '90 岁及以上老人，每人每年 3 次',
  quotaPerYear: 3,
  bookAheadDays: 28,
  minNoticeHours: 12,
  cancelCutoffHours: 24,
  status: 'active',
  version: 1,
};

export function windowRow(
  id: string,
  label: string,
  placesLeft: number,
  bookable = true,
  refusal: { reason: string; message: string } | null = null,
  cancellableOnline = true,
) {
  // Window ids are `${serviceId}_${date}_${period}`, as on the server.
  const [, date = '2026-12-01', period = 'am'] = id.match(/_(\d{4}-\d{2}-\d{2})_(am|pm)$/) ?? [];
  return {
    id,
    date,
    period,
    periodLabel: period === 'am' ? '上午' : '下午',
    label,
    capacity: 3,
    taken: 3 - placesLeft,
    placesLeft,
    open: true,
    cancellableOnline,
    bookable,
    refusal,
  };
}

const timelineRequest = {
  at: '2026-11-26T02:00:00.000Z',
  event: 'request',
  label: '提交预约',
  by: '预约人',
  status: 'requested',
  statusLabel: '待确认',
  reason: null,
};

export function bookerBooking(patch: Record<string, unknown> = {}) {
  return {
    id: 'bk_1',
    status: 'requested',
    statusLabel: '待确认',
    service: { id: HAIRCUT, name: '上门理发' },
    partner: { id: 'p-jiali', name: '佳丽理发店' },
    windowId: `${HAIRCUT}_2026-12-01_am`,
    window: window1,
    proposed: null,
    bookedVia: 'guardian',
    bookedViaLabel: '家属/本人预约',
    notes: '',
    rating: null,
    timeline: [timelineRequest],
    version: 1,
    createdAt: '2026-11-26T02:00:00.000Z',
    elder: { id: ZHANG, name: '张德顺', age: 92 },
    allowed: ['cancel'],
    cancelUntil: '2099-11-30T09:00:00+08:00',
    canRate: false,
    ...patch,
  };
}

export function partnerBooking(patch: Record<string, unknown> = {}) {
  const { cancelUntil: _c, canRate: _r, ...common } = bookerBooking();
  return {
    ...common,
    elder: {
      name: '张**',
      age: 92,
      address: '万安一路',
      phone: '138****0012',
      contactName: '张**',
      contactPhone: '138****0002',
    },
    revealed: false,
    allowed: ['confirm', 'decline', 'propose'],
    ...patch,
  };
}
