import { ERROR_MESSAGES } from '../../server/core/errors';
import { enterpriseRequests } from '../../server/functions/enterprise-requests';
import { codeOf, createHarness, type Harness, type PersonaId } from '../helpers/harness';

/**
 * Every action of the direct line against every persona, at the door:
 * anonymous callers are refused (but the list of types), and each action
 * refuses every persona without its role. Scope within a role (which
 * enterprise, which department) is tested in enterprise-requests.test.ts.
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
  'grid_worker',
  'community_admin',
  'district_admin',
  'partner_barber',
  'enterprise_contact',
  'liaison',
  'economic_staff',
];
const CONTACT: PersonaId[] = ['enterprise_contact'];
const STAFF: PersonaId[] = ['district_admin', 'liaison', 'economic_staff'];
const TEAM: PersonaId[] = ['district_admin', 'economic_staff'];
const ANYONE = PERSONAS;

const none = { requestId: 'rq_none' };
const outcome = { financingWan: 0, jobsFilled: 1, policiesApplied: 0, summary: '已办结' };

/** [action, a valid input, who may pass the role check] */
const TABLE: Array<[string, Record<string, unknown>, PersonaId[]]> = [
  ['requestTypes', {}, ANYONE],
  [
    'fileRequest',
    { requestId: 'roles-file-0001', type: 'hiring', title: '招工 2 名', description: '需要普工 2 名' },
    CONTACT,
  ],
  ['myRequests', {}, CONTACT],
  ['getRequest', none, [...CONTACT, ...STAFF]],
  ['rateRequest', { ...none, stars: 5 }, CONTACT],
  ['reopenRequest', { ...none, note: '没有解决' }, CONTACT],
  ['withdrawRequest', none, CONTACT],
  ['requestQueue', {}, STAFF],
  ['acceptRequest', none, STAFF],
  ['replyRequest', { ...none, note: '正在办理' }, STAFF],
  ['resolveRequest', { ...none, outcome }, STAFF],
  ['financeProducts', {}, [...CONTACT, ...STAFF]],
  ['productsForRequest', none, STAFF],
  ['matchFinancing', { ...none, productId: 'fp-tech-loan' }, STAFF],
  ['recordFinancingOutcome', { ...none, productId: 'fp-tech-loan', granted: false }, STAFF],
  [
    'saveFinanceProduct',
    { name: '测试贷', provider: '测试银行', category: 'bank_loan', minWan: 10, maxWan: 100, maxTermMonths: 12 },
    TEAM,
  ],
  ['requestStats', { from: '2026-01', to: '2026-11' }, STAFF],
  ['exportRequests', { from: '2026-01', to: '2026-11' }, STAFF],
];

it('covers every action of the direct line', () => {
  expect(TABLE.map(([action]) => action).sort()).toEqual(Object.keys(enterpriseRequests).sort());
});

const DOOR = ERROR_MESSAGES.PERMISSION_DENIED;
const PUBLIC = new Set(['requestTypes']);

describe.each(TABLE)('enterprise.%s', (action, input, allowed) => {
  if (PUBLIC.has(action)) {
    it('answers an anonymous caller', async () => {
      expect(codeOf(await h.raw('enterprise', { action, ...input }, null))).toBe('OK');
    });
  } else {
    it('refuses an anonymous caller', async () => {
      expect(codeOf(await h.raw('enterprise', { action, ...input }, null))).toBe('UNAUTHENTICATED');
    });
  }

  const refused = PERSONAS.filter((p) => !allowed.includes(p));
  if (refused.length > 0) {
    it.each(refused)('refuses %s at the door', async (who) => {
      const reply = await h.call(who, 'enterprise', action as never, input as never);
      expect(reply.ok ? 'OK' : `${reply.error.code} ${reply.error.message}`).toBe(`PERMISSION_DENIED ${DOOR}`);
    });
  }

  it.each(allowed)('lets %s past the door', async (who) => {
    // Past the door the domain decides (scope, state) with its own sentences; never the door's refusal or a crash.
    const reply = await h.call(who, 'enterprise', action as never, input as never);
    const answer = reply.ok ? 'OK' : `${reply.error.code} ${reply.error.message}`;
    expect(answer).not.toBe(`PERMISSION_DENIED ${DOOR}`);
    expect(codeOf(reply)).not.toBe('INTERNAL');
    expect(codeOf(reply)).not.toBe('INVALID_ARGUMENT');
  });
});
