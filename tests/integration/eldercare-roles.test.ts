import { ERROR_MESSAGES } from '../../server/core/errors';
import { registry } from '../../server/functions';
import { codeOf, createHarness, type Harness, type PersonaId } from '../helpers/harness';
import { HAIRCUT, ZHANG } from './eldercare-helpers';

/**
 * Every eldercare action against every persona, at the door: anonymous
 * callers are refused everywhere, and staff-only actions refuse every persona
 * without the role. Scope within a role (which grid, which partner) is tested
 * with the behaviour in the other eldercare suites.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const PERSONAS: PersonaId[] = [
  'resident',
  'relative',
  'grid_worker',
  'community_admin',
  'district_admin',
  'partner_barber',
  'partner_repair',
  'partner_heating',
];
const ANYONE = PERSONAS;
const GRID: PersonaId[] = ['grid_worker'];
const ADMINS: PersonaId[] = ['community_admin', 'district_admin'];
const DISTRICT: PersonaId[] = ['district_admin'];
const PARTNERS: PersonaId[] = ['partner_barber', 'partner_repair', 'partner_heating'];
const PARTNER_OR_DISTRICT: PersonaId[] = [...PARTNERS, 'district_admin'];
const REPORTERS: PersonaId[] = ['community_admin', 'district_admin', ...PARTNERS];

const elder = { name: '测试老人', birthDate: '1930-01-01', address: { street: '万安一路', number: 20, detail: '' } };
const windowId = `${HAIRCUT}_2026-12-01_am`;
const service = {
  partnerId: 'p-jiali',
  name: '修剪指甲',
  mode: 'home',
  eligibility: { minAge: 80, difficultyRequired: false },
  quotaPerYear: 4,
};

/** [action, a valid input, who may pass the role check] */
const TABLE: Array<[string, Record<string, unknown>, PersonaId[]]> = [
  ['myElders', {}, ANYONE],
  ['addElder', elder, ANYONE],
  ['addElderForGrid', elder, GRID],
  ['getElder', { elderId: ZHANG }, ANYONE],
  ['updateElder', { elderId: ZHANG, version: 1, phone: '13900000000' }, ANYONE],
  ['addGuardian', { elderId: ZHANG, openid: 'demo-resident' }, ANYONE],
  ['removeGuardian', { elderId: ZHANG, openid: 'demo-resident' }, ANYONE],
  ['listGuardians', { elderId: ZHANG }, ANYONE],
  ['createLinkCode', { elderId: ZHANG, relation: '亲属' }, ANYONE],
  ['redeemLinkCode', { code: '123456' }, ANYONE],
  ['gridElders', {}, GRID],
  ['adminElders', {}, ADMINS],
  ['verifyElder', { elderId: ZHANG, version: 1 }, ADMINS],
  ['rejectElder', { elderId: ZHANG, version: 1, reason: '资料不全' }, ADMINS],
  ['listServices', {}, ANYONE],
  ['servicesForElder', { elderId: ZHANG }, ANYONE],
  ['listWindows', { serviceId: HAIRCUT }, ANYONE],
  ['saveService', service, DISTRICT],
  ['partnerServices', {}, PARTNER_OR_DISTRICT],
  ['setServiceStatus', { serviceId: HAIRCUT, status: 'active' }, PARTNER_OR_DISTRICT],
  ['partnerWindows', { serviceId: HAIRCUT, from: '2026-12-01', to: '2026-12-31' }, PARTNER_OR_DISTRICT],
  [
    'setWindows',
    { serviceId: HAIRCUT, windows: [{ date: '2026-12-01', period: 'am', capacity: 3 }] },
    PARTNER_OR_DISTRICT,
  ],
  ['setWindowOpen', { windowId, open: true }, PARTNER_OR_DISTRICT],
  ['book', { clientRequestId: 'roles-0001', elderId: ZHANG, serviceId: HAIRCUT, windowId }, ANYONE],
  ['myBookings', {}, ANYONE],
  ['gridBookings', {}, GRID],
  ['getBooking', { bookingId: 'bk_none' }, ANYONE],
  ['cancel', { bookingId: 'bk_none' }, ANYONE],
  ['acceptReschedule', { bookingId: 'bk_none' }, ANYONE],
  ['refuseReschedule', { bookingId: 'bk_none' }, ANYONE],
  ['rate', { bookingId: 'bk_none', stars: 5 }, ANYONE],
  ['calendar', { bookingId: 'bk_none' }, ANYONE],
  ['partnerBookings', { view: 'pending' }, PARTNERS],
  ['confirm', { bookingId: 'bk_none' }, PARTNERS],
  ['decline', { bookingId: 'bk_none', reason: '没有空' }, PARTNERS],
  ['proposeWindow', { bookingId: 'bk_none', windowId, reason: '改期' }, PARTNERS],
  ['partnerCancel', { bookingId: 'bk_none', reason: '临时有事' }, PARTNERS],
  ['complete', { bookingId: 'bk_none' }, PARTNERS],
  ['markNoShow', { bookingId: 'bk_none' }, PARTNERS],
  [
    'applyPartner',
    {
      name: '和美物业',
      kind: '物业公司',
      description: '为老人免费换灯泡',
      contactName: '李经理',
      contactPhone: '13900000001',
    },
    ANYONE,
  ],
  ['myApplications', {}, ANYONE],
  ['listApplications', {}, DISTRICT],
  ['decideApplication', { applicationId: 'pa-none', decision: 'reject', reason: '材料不全' }, DISTRICT],
  ['overview', { fromMonth: '2026-01', toMonth: '2026-12' }, REPORTERS],
  ['exportCsv', { fromDate: '2026-01-01', toDate: '2026-12-31' }, REPORTERS],
];

it('covers every eldercare action', () => {
  expect(TABLE.map(([action]) => action).sort()).toEqual(Object.keys(registry.eldercare).sort());
});

const DOOR = ERROR_MESSAGES.PERMISSION_DENIED;

/** Open to anyone: the services on offer, which a shared 为老服务 link shows before login. */
const PUBLIC = new Set(['listServices']);

describe.each(TABLE)('eldercare.%s', (action, input, allowed) => {
  if (PUBLIC.has(action)) {
    it('answers an anonymous caller', async () => {
      expect(codeOf(await h.raw('eldercare', { action, ...input }, null))).toBe('OK');
    });
  } else {
    it('refuses an anonymous caller', async () => {
      expect(codeOf(await h.raw('eldercare', { action, ...input }, null))).toBe('UNAUTHENTICATED');
    });
  }

  const refused = PERSONAS.filter((p) => !allowed.includes(p));
  if (refused.length > 0) {
    it.each(refused)('refuses %s at the door', async (who) => {
      const reply = await h.call(who, 'eldercare', action as never, input as never);
      expect(reply.ok ? 'OK' : `${reply.error.code} ${reply.error.message}`).toBe(`PERMISSION_DENIED ${DOOR}`);
    });
  }

  it.each(allowed)('lets %s past the door', async (who) => {
    // Past the door the domain decides (scope, state) with its own sentences; never the door's refusal or a crash.
    const reply = await h.call(who, 'eldercare', action as never, input as never);
    const answer = reply.ok ? 'OK' : `${reply.error.code} ${reply.error.message}`;
    expect(answer).not.toBe(`PERMISSION_DENIED ${DOOR}`);
    expect(codeOf(reply)).not.toBe('INTERNAL');
    expect(codeOf(reply)).not.toBe('INVALID_ARGUMENT');
  });
});
