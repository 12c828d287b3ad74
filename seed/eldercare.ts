/**
 * Seed data of 为老服务, loaded by server/seed.ts.
 *
 * Facts from the source article: 佳丽理发店 gives residents aged 90 and over a
 * free home haircut 3 times a year; 楼长修楼工程有限公司 unblocks water and drain
 * pipes and repairs homes for free for residents aged 70 and over; 泰能热电第二热力
 * 党支部 tests and cleans floor heating for free for households in difficulty.
 *
 * DEMO DATA (invented, marked `demo: true`): the windows, their hours and
 * capacities, the repair and heating quotas (the article names none: repairs
 * are left unlimited, heating once a year as heating is a seasonal check), the
 * booking notice and cancel cut-off, every elder and every booking. Dates are
 * relative to the moment of seeding, so the demo always has windows ahead and
 * 张德顺 is always 92.
 */
import {
  ELDERCARE_BOOKINGS,
  ELDERCARE_QUOTAS,
  ELDERCARE_WINDOWS,
  ELDERCARE_SERVICES,
  ELDER_GUARDIANS,
  ELDER_PROFILES,
  type ElderDoc,
  type Period,
  type ServiceDoc,
  type WindowDoc,
  type BookingDoc,
} from '../server/domain/eldercare/model';
import { quotaId, windowId } from '../server/domain/eldercare/model';
import { addDays, shanghaiDate } from '../server/domain/eldercare/calendar';
import type { DocumentStore, Tx } from '../server/store/port';
import { dayjs, RULE_TZ } from '../server/core/time';

const service = (s: Omit<ServiceDoc, 'status' | 'version' | 'createdAt' | 'updatedAt' | 'demo'>) => s;

export const DEMO_SERVICES = [
  service({
    _id: 'svc-jiali-haircut',
    partnerId: 'p-jiali',
    partnerName: '佳丽理发店',
    partnerPhone: '13800000006',
    name: '上门理发',
    description: '理发师带工具上门理发、修面，行动不便的老人不用出门。',
    mode: 'home',
    eligibility: { minAge: 90, difficultyRequired: false },
    quotaPerYear: 3,
    bookAheadDays: 28,
    minNoticeHours: 12,
    cancelCutoffHours: 24,
  }),
  service({
    _id: 'svc-louzhang-repair',
    partnerId: 'p-louzhang',
    partnerName: '楼长修楼工程有限公司',
    partnerPhone: '13800000007',
    name: '疏通上下水和房屋维修',
    description: '上门疏通上下水，修理门窗、水龙头等小型房屋维修；材料费另计，人工免费。',
    mode: 'home',
    eligibility: { minAge: 70, difficultyRequired: false },
    quotaPerYear: null,
    bookAheadDays: 21,
    minNoticeHours: 12,
    cancelCutoffHours: 12,
  }),
  service({
    _id: 'svc-taineng-heating',
    partnerId: 'p-taineng',
    partnerName: '泰能热电第二热力党支部',
    partnerPhone: '13800000008',
    name: '地暖打压和清洗',
    description: '上门为地暖管道打压测漏并清洗，保障冬季供暖。',
    mode: 'home',
    eligibility: { minAge: null, difficultyRequired: true },
    quotaPerYear: 1,
    bookAheadDays: 28,
    minNoticeHours: 24,
    cancelCutoffHours: 24,
  }),
];

/** DEMO: which weekdays (0 = Sunday) and half days each service opens, and how many places each has. */
const WINDOW_PLAN: Record<string, { weekdays: number[]; periods: Period[]; capacity: number }> = {
  'svc-jiali-haircut': { weekdays: [2, 4], periods: ['am', 'pm'], capacity: 3 },
  'svc-louzhang-repair': { weekdays: [1, 2, 3, 4, 5], periods: ['am', 'pm'], capacity: 4 },
  'svc-taineng-heating': { weekdays: [3, 6], periods: ['pm', 'am'], capacity: 5 },
};

export function demoWindows(today: string, days = 28): WindowDoc[] {
  const out: WindowDoc[] = [];
  for (let i = 1; i <= days; i++) {
    const date = addDays(today, i);
    const weekday = dayjs.tz(date, RULE_TZ).day();
    for (const s of DEMO_SERVICES) {
      const plan = WINDOW_PLAN[s._id];
      if (!plan.weekdays.includes(weekday)) continue;
      // Heating opens Wednesday afternoons and Saturday mornings only.
      const periods = s._id === 'svc-taineng-heating' ? ([weekday === 3 ? 'pm' : 'am'] as Period[]) : plan.periods;
      for (const period of periods) {
        out.push({
          _id: windowId(s._id, date, period),
          serviceId: s._id,
          partnerId: s.partnerId,
          date,
          period,
          capacity: plan.capacity,
          taken: 0,
          open: true,
          updatedAt: '',
        });
      }
    }
  }
  return out;
}

/** A birth date that makes the elder `age` today: `age` years and ~100 days ago. */
function bornAgo(today: string, age: number): string {
  return dayjs.tz(today, RULE_TZ).subtract(age, 'year').subtract(100, 'day').format('YYYY-MM-DD');
}

interface DemoElder {
  id: string;
  name: string;
  age: number;
  street: string;
  number: number;
  detail: string;
  grid: [gridId: string, branchId: string, communityId: string];
  phone: string | null;
  difficulty: ElderDoc['difficulty'];
  verified: boolean;
  guardians: Array<[openid: string, relation: string]>;
  noSmartphone: boolean;
}

/** DEMO elders: one per rule the demo needs to show. */
export const DEMO_ELDERS: DemoElder[] = [
  // 92, guarded by the relative persona 张丽: the haircut journey.
  {
    id: 'el-zhang-deshun',
    name: '张德顺',
    age: 92,
    street: '万安一路',
    number: 12,
    detail: '2号楼1单元302',
    grid: ['g-03', 'b-yc-2', 'c-yichang'],
    phone: '13800000012',
    difficulty: 'none',
    verified: true,
    guardians: [['demo-relative', '子女']],
    noSmartphone: false,
  },
  // 91, no smartphone and no family nearby: grid worker 刘芳 books for her (代预约); in difficulty (特困).
  {
    id: 'el-zhao-shufen',
    name: '赵淑芬',
    age: 91,
    street: '万安一路',
    number: 8,
    detail: '1单元101',
    grid: ['g-03', 'b-yc-2', 'c-yichang'],
    phone: null,
    difficulty: 'tekun',
    verified: true,
    guardians: [],
    noSmartphone: true,
  },
  // 78: repairs yes, haircut no (too young).
  {
    id: 'el-wang-guilan',
    name: '王桂兰',
    age: 78,
    street: '万安一路',
    number: 6,
    detail: '3单元201',
    grid: ['g-03', 'b-yc-2', 'c-yichang'],
    phone: '13800000016',
    difficulty: 'none',
    verified: true,
    guardians: [['demo-resident', '子女']],
    noSmartphone: false,
  },
  // 88, claims 低保, not yet verified: waits for the 宜昌路社区 admin.
  {
    id: 'el-sun-fulai',
    name: '孙福来',
    age: 88,
    street: '金华路',
    number: 46,
    detail: '1单元502',
    grid: ['g-05', 'b-yc-4', 'c-yichang'],
    phone: '13800000018',
    difficulty: 'none',
    verified: false,
    guardians: [['demo-resident', '亲属']],
    noSmartphone: false,
  },
  // 95 in 瑞安路社区: outside the demo community admin's scope.
  {
    id: 'el-li-xiuying',
    name: '李秀英',
    age: 95,
    street: '瑞安路',
    number: 21,
    detail: '4号楼201',
    grid: ['g-08', 'b-ra-1', 'c-ruian'],
    phone: '13800000019',
    difficulty: 'none',
    verified: true,
    guardians: [],
    noSmartphone: true,
  },
];

function elderDoc(e: DemoElder, today: string, at: string): ElderDoc {
  const claimed: ElderDoc['difficulty'] = e.id === 'el-sun-fulai' ? 'dibao' : e.difficulty;
  return {
    _id: e.id,
    name: e.name,
    birthDate: bornAgo(today, e.age),
    address: { street: e.street, number: e.number, detail: e.detail },
    gridId: e.grid[0],
    branchId: e.grid[1],
    communityId: e.grid[2],
    phone: e.phone,
    difficultyClaimed: claimed,
    difficulty: e.verified ? e.difficulty : 'none',
    healthNotes: '',
    // DEMO: the person who entered each elder gave the separate consent to sensitive fields, with the elder's agreement.
    sensitiveConsent: { by: e.guardians[0]?.[0] ?? 'demo-grid-worker', at, elderAgrees: true },
    noSmartphone: e.noSmartphone,
    verification: e.verified ? 'verified' : 'pending',
    verificationNote: null,
    verifiedBy: e.verified ? 'demo-community-admin' : null,
    verifiedAt: e.verified ? at : null,
    guardians: e.guardians.map(([openid]) => openid),
    createdBy: e.guardians[0]?.[0] ?? 'demo-grid-worker',
    createdVia: e.guardians.length ? 'guardian' : 'grid_staff',
    version: 1,
    createdAt: at,
    updatedAt: at,
    demo: true,
  };
}

/** DEMO: 张德顺's haircut six weeks ago, completed and rated, so "本年剩余" is not always 3. */
function pastHaircut(elder: ElderDoc, today: string, now: Date): { window: WindowDoc; booking: BookingDoc } {
  const date = addDays(today, -42);
  const window: WindowDoc = {
    _id: windowId('svc-jiali-haircut', date, 'am'),
    serviceId: 'svc-jiali-haircut',
    partnerId: 'p-jiali',
    date,
    period: 'am',
    capacity: 3,
    taken: 1,
    open: true,
    updatedAt: now.toISOString(),
  };
  const t = (days: number, hour: number) => dayjs.tz(addDays(today, days), RULE_TZ).hour(hour).toDate().toISOString();
  const booking: BookingDoc = {
    _id: 'bk_demo_zhang_haircut',
    clientRequestId: 'demo-zhang-haircut',
    elderId: elder._id,
    serviceId: 'svc-jiali-haircut',
    serviceName: '上门理发',
    partnerId: 'p-jiali',
    partnerName: '佳丽理发店',
    partnerPhone: '13800000006',
    windowId: window._id,
    date,
    period: 'am',
    requestedWindowId: window._id,
    status: 'completed',
    bookedBy: 'demo-relative',
    bookedVia: 'guardian',
    bookerName: '张丽',
    bookerPhone: '13800000002',
    notes: '老人腿脚不便，请敲门后稍等',
    elder: {
      name: elder.name,
      birthDate: elder.birthDate,
      address: elder.address,
      phone: elder.phone,
      gridId: elder.gridId,
      communityId: elder.communityId,
    },
    branchId: elder.branchId,
    communityId: elder.communityId,
    cancelCutoffHours: 24,
    proposed: null,
    rating: { stars: 5, comment: '师傅很耐心，老人很满意', at: t(-41, 20) },
    remindedFor: window._id,
    timeline: [
      {
        at: t(-49, 19),
        event: 'request',
        from: null,
        to: 'requested',
        actor: 'demo-relative',
        actorRole: 'guardian',
        reason: null,
        windowId: window._id,
      },
      {
        at: t(-48, 10),
        event: 'confirm',
        from: 'requested',
        to: 'confirmed',
        actor: 'demo-partner-barber',
        actorRole: 'partner_staff',
        reason: null,
        windowId: window._id,
      },
      {
        at: t(-42, 11),
        event: 'complete',
        from: 'confirmed',
        to: 'completed',
        actor: 'demo-partner-barber',
        actorRole: 'partner_staff',
        reason: null,
        windowId: window._id,
      },
      {
        at: t(-41, 20),
        event: 'rate',
        from: 'completed',
        to: 'completed',
        actor: 'demo-relative',
        actorRole: 'guardian',
        reason: '师傅很耐心，老人很满意',
      },
    ],
    version: 4,
    createdAt: t(-49, 19),
    updatedAt: t(-41, 20),
    confirmedAt: t(-48, 10),
    closedAt: t(-42, 11),
  };
  return { window, booking };
}

async function countBooking(tx: Tx, booking: BookingDoc): Promise<void> {
  const year = Number(booking.date.slice(0, 4));
  const id = quotaId(booking.elderId, booking.serviceId, year);
  const quota = (await tx.get(ELDERCARE_QUOTAS, id)) ?? {
    _id: id,
    elderId: booking.elderId,
    serviceId: booking.serviceId,
    year,
    used: 0,
    holds: {},
  };
  const holds = { ...quota.holds, [booking._id]: booking.windowId };
  await tx.set(ELDERCARE_QUOTAS, { ...quota, holds, used: Object.keys(holds).length });
}

/** Idempotent: a store that already has the haircut service is left alone. */
export async function seedEldercare(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  if (await store.get(ELDERCARE_SERVICES, 'svc-jiali-haircut')) return { seeded: false };
  const today = shanghaiDate(now);
  const at = now.toISOString();
  await store.transaction(async (tx) => {
    for (const s of DEMO_SERVICES)
      await tx.set(ELDERCARE_SERVICES, {
        ...s,
        status: 'active',
        version: 1,
        createdAt: at,
        updatedAt: at,
        demo: true,
      });
    for (const w of demoWindows(today)) await tx.set(ELDERCARE_WINDOWS, { ...w, updatedAt: at });
    for (const e of DEMO_ELDERS) {
      const elder = elderDoc(e, today, at);
      await tx.set(ELDER_PROFILES, elder);
      for (const [openid, relation] of e.guardians) {
        await tx.set(ELDER_GUARDIANS, {
          _id: `${elder._id}_${openid}`,
          elderId: elder._id,
          openid,
          relation,
          addedBy: openid,
          addedAt: at,
        });
      }
      if (e.id === 'el-zhang-deshun') {
        const { window, booking } = pastHaircut(elder, today, now);
        await tx.set(ELDERCARE_WINDOWS, window);
        await tx.set(ELDERCARE_BOOKINGS, booking);
        await countBooking(tx, booking);
      }
    }
  });
  return { seeded: true };
}
