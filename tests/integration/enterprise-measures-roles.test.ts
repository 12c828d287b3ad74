import { ERROR_MESSAGES } from '../../server/core/errors';
import { recruitingActions } from '../../server/functions/enterprise-recruiting';
import { policyActions } from '../../server/functions/enterprise-policies';
import { codeOf, createHarness, type Harness, type PersonaId } from '../helpers/harness';

/**
 * Every 定向招聘 and 定位推送 action against every persona, at the door:
 * anonymous callers are refused except on the public job list and detail, and
 * role-bound actions refuse every persona without the role. Scope within a
 * role (which enterprise, which liaison) is tested with the behaviour in
 * enterprise-jobs.test.ts and enterprise-policies.test.ts.
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
const CONTACTS: PersonaId[] = ['enterprise_contact'];
const OFFICE: PersonaId[] = ['district_admin', 'economic_staff'];
const STAFF: PersonaId[] = [...OFFICE, 'liaison'];

const job = { title: '车工', description: '加工零件', openings: 1, pay: '面议', workplace: '美青工业园' };
const policy = { title: '测试政策', level: 'city', topic: 'tax', issuer: '市税务局', summary: '要点' };

/** [action, a valid input, who may pass the role check, public?] */
const TABLE: Array<[string, Record<string, unknown>, PersonaId[], boolean]> = [
  ['listJobs', {}, ANYONE, true],
  ['getJob', { jobId: 'job-demo-01' }, ANYONE, true],
  ['expressInterest', { jobId: 'job-none', shareContact: false }, ANYONE, false],
  ['setContactSharing', { jobId: 'job-none', shareContact: false }, ANYONE, false],
  ['withdrawInterest', { jobId: 'job-none' }, ANYONE, false],
  ['myInterests', {}, ANYONE, false],
  ['postJob', job, CONTACTS, false],
  ['updateJob', { jobId: 'job-none', version: 1, title: '钳工' }, CONTACTS, false],
  ['setJobOpen', { jobId: 'job-none', version: 1, open: false }, CONTACTS, false],
  ['enterpriseJobs', {}, CONTACTS, false],
  ['jobInterests', { jobId: 'job-none' }, CONTACTS, false],
  ['decideInterest', { interestId: 'none', decision: 'hire' }, CONTACTS, false],
  ['staffJobs', {}, STAFF, false],
  ['publishPolicy', policy, OFFICE, false],
  ['withdrawPolicy', { policyId: 'pol-none', version: 1 }, OFFICE, false],
  ['staffPolicies', {}, STAFF, false],
  ['enterprisePolicies', {}, CONTACTS, false],
  ['getPolicy', { policyId: 'pol-demo-city-001' }, [...CONTACTS, ...STAFF], false],
  ['markApplied', { policyId: 'pol-none', applied: true }, CONTACTS, false],
];

describe('定向招聘 and 定位推送 at the door', () => {
  it('cover every action of this part of the function', () => {
    expect(TABLE.map(([name]) => name).sort()).toEqual(Object.keys({ ...recruitingActions, ...policyActions }).sort());
  });

  it.each(TABLE)('%s: anonymous callers are refused unless public', async (action, input, _allowed, isPublic) => {
    const reply = await h.call(null, 'enterprise', action as never, input as never);
    expect(codeOf(reply)).toBe(isPublic ? 'OK' : 'UNAUTHENTICATED');
  });

  it.each(TABLE)('%s: refuses every persona without the role', async (action, input, allowed) => {
    for (const persona of PERSONAS) {
      const reply = await h.call(persona, 'enterprise', action as never, input as never);
      if (allowed.includes(persona)) {
        expect({ persona, code: codeOf(reply) }).not.toEqual({ persona, code: 'PERMISSION_DENIED' });
      } else {
        expect({ persona, code: codeOf(reply), message: reply.ok ? '' : reply.error.message }).toEqual({
          persona,
          code: 'PERMISSION_DENIED',
          message: ERROR_MESSAGES.PERMISSION_DENIED,
        });
      }
    }
  });
});
