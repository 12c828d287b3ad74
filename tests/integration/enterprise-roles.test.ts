import { ERROR_MESSAGES } from '../../server/core/errors';
import { registry } from '../../server/functions';
import { enterpriseRequests } from '../../server/functions/enterprise-requests';
import { policyActions } from '../../server/functions/enterprise-policies';
import { recruitingActions } from '../../server/functions/enterprise-recruiting';
import { codeOf, createHarness, type Harness, type PersonaId } from '../helpers/harness';
import { GUTE, HUITONG, NEW_COMPANY, SIFANG } from './enterprise-helpers';

/**
 * Every enterprise action against every persona, at the door (anonymous
 * callers refused everywhere, staff actions refused to every persona without
 * the role), and then the scope: who reads which enterprise.
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
  'enterprise_contact',
  'liaison',
  'economic_staff',
];
const ANYONE = PERSONAS;
const CONTACT: PersonaId[] = ['enterprise_contact'];
const OFFICE: PersonaId[] = ['economic_staff', 'district_admin'];
const STAFF: PersonaId[] = [...OFFICE, 'liaison'];

const { creditCode: _, ...edit } = NEW_COMPANY;
const visit = { enterpriseId: GUTE, date: '2026-11-25', visitors: '周敏', peopleMet: '马晓东', findings: [] };

/** [action, a valid input, who may pass the role check] */
const TABLE: Array<[string, Record<string, unknown>, PersonaId[]]> = [
  ['resubmit', { enterpriseId: GUTE, version: 1, ...edit }, CONTACT],
  ['mine', {}, ANYONE],
  ['get', { enterpriseId: GUTE }, ANYONE],
  ['list', {}, STAFF],
  ['verify', { enterpriseId: GUTE, version: 1 }, OFFICE],
  ['reject', { enterpriseId: GUTE, version: 1, reason: '资料不全' }, OFFICE],
  ['createInvite', { enterpriseId: GUTE }, CONTACT],
  ['invites', { enterpriseId: GUTE }, CONTACT],
  ['contacts', { enterpriseId: GUTE }, ANYONE],
  ['leave', { enterpriseId: HUITONG }, CONTACT],
  ['assignLiaison', { enterpriseId: SIFANG, version: 1, liaisonId: 'lia-deputy' }, OFFICE],
  ['logVisit', visit, STAFF],
  ['visits', {}, STAFF],
  ['visit', { visitId: 'visit_none' }, STAFF],
  ['coverage', {}, STAFF],
  ['fileFinding', { visitId: 'visit_demo_0032', findingId: 'f1', type: 'hiring' }, STAFF],
  ['departments', {}, STAFF],
  ['liaisons', {}, STAFF],
  // Last: a caller past these doors may become a contact, which would open the contact-only doors above.
  ['register', NEW_COMPANY, ANYONE],
  ['joinByInvite', { code: 'ABCDEFGH', name: '韩梅', phone: '13900000031' }, ANYONE],
];

it('covers every enterprise action but the direct line’s, the jobs’ and the policies’ (their own roles tests have those)', () => {
  const mine = Object.keys(registry.enterprise).filter(
    (a) => !(a in enterpriseRequests) && !(a in recruitingActions) && !(a in policyActions),
  );
  expect(TABLE.map(([action]) => action).sort()).toEqual(mine.sort());
});

const DOOR = ERROR_MESSAGES.PERMISSION_DENIED;

describe.each(TABLE)('enterprise.%s', (action, input, allowed) => {
  it('refuses an anonymous caller', async () => {
    expect(codeOf(await h.raw('enterprise', { action, ...input }, null))).toBe('UNAUTHENTICATED');
  });

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
    expect(reply.ok ? 'OK' : `${reply.error.code} ${reply.error.message}`).not.toBe(`PERMISSION_DENIED ${DOOR}`);
    expect(codeOf(reply)).not.toBe('INTERNAL');
    expect(codeOf(reply)).not.toBe('INVALID_ARGUMENT');
  });
});

describe('who reads which enterprise (after the door checks: the resident registered NEW_COMPANY, not these)', () => {
  /** [enterprise, personas that read it]; every other persona is told it is not found. */
  const SCOPE: Array<[string, PersonaId[]]> = [
    [GUTE, ['enterprise_contact', 'liaison', 'economic_staff', 'district_admin']],
    [HUITONG, ['economic_staff', 'district_admin']],
  ];
  it.each(SCOPE)('%s', async (enterpriseId, readers) => {
    for (const who of PERSONAS) {
      const reply = await h.call(who, 'enterprise', 'get', { enterpriseId });
      expect([who, codeOf(reply)]).toEqual([who, readers.includes(who) ? 'OK' : 'NOT_FOUND']);
    }
  });
});
