import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { GUTE, NEW_COMPANY, NEW_COMPANY_ID, reasonOf } from './enterprise-helpers';
import { ENTERPRISES } from '../../server/domain/enterprise/model';

/**
 * 企业登记 and 核实: a resident registers a company and becomes its contact;
 * the same credit code cannot be registered twice; staff of the economic work
 * team verify or reject; a rejected registration is corrected and resubmitted.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const applicant = { openid: 'ent-applicant-1' };

describe('registering an enterprise', () => {
  it('makes the registrant its contact, pending verification, and tells the economic work team', async () => {
    const view = await h.ok(applicant, 'enterprise', 'register', {
      ...NEW_COMPANY,
      creditCode: ' 91370203madx00008h ',
    });
    expect(view).toMatchObject({
      id: NEW_COMPANY_ID,
      creditCode: '91370203MADX00008H',
      status: 'pending',
      statusLabel: '待核实',
      liaisonId: null,
    });
    const me = await h.ok(applicant, 'account', 'me');
    expect(me.roles.map((r) => [r.role, r.placeName])).toContainEqual(['enterprise_contact', NEW_COMPANY.name]);
    expect((await h.ok(applicant, 'enterprise', 'mine')).map((e) => e.id)).toEqual([NEW_COMPANY_ID]);
    const inbox = await h.ok('economic_staff', 'account', 'inbox', {});
    expect(inbox.messages.map((m) => [m.title, m.page])).toContainEqual([
      '有新的企业登记待核实',
      `/packages/enterprise/staff-enterprise/index?id=${NEW_COMPANY_ID}`,
    ]);
  });

  it('refuses a credit code with a wrong check digit, saying so', async () => {
    const reply = await h.call(applicant, 'enterprise', 'register', {
      ...NEW_COMPANY,
      creditCode: '91370203MADX00008J',
    });
    expect([codeOf(reply), reasonOf(reply)]).toEqual(['INVALID_ARGUMENT', 'CREDIT_CODE_INVALID']);
    expect(!reply.ok && reply.error.message).toContain('校验位');
    expect(await h.deps.store.get(ENTERPRISES, NEW_COMPANY_ID)).toBeNull();
  });

  it('refuses a second registration of the same credit code, by anyone, and leaves the first untouched', async () => {
    await h.ok(applicant, 'enterprise', 'register', NEW_COMPANY);
    const again = await h.call({ openid: 'ent-applicant-2' }, 'enterprise', 'register', {
      ...NEW_COMPANY,
      name: '冒名公司',
    });
    expect([codeOf(again), reasonOf(again)]).toEqual(['CONFLICT', 'ENTERPRISE_EXISTS']);
    const seeded = await h.call({ openid: 'ent-applicant-2' }, 'enterprise', 'register', {
      ...NEW_COMPANY,
      creditCode: '91370203MADX000032',
    });
    expect(reasonOf(seeded)).toBe('ENTERPRISE_EXISTS');
    const me = await h.ok({ openid: 'ent-applicant-2' }, 'account', 'me');
    expect(me.roles.map((r) => r.role)).toEqual(['resident']);
    expect((await h.ok(applicant, 'enterprise', 'get', { enterpriseId: NEW_COMPANY_ID })).name).toBe(NEW_COMPANY.name);
  });

  it('lets only one of two simultaneous registrations of one code through', async () => {
    const replies = await Promise.all(
      [1, 2, 3].map((n) => h.call({ openid: `ent-racer-${n}` }, 'enterprise', 'register', NEW_COMPANY)),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => reasonOf(r) === 'ENTERPRISE_EXISTS')).toHaveLength(2);
  });

  it('refuses bad input with a clear sentence', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...NEW_COMPANY, name: '' }, '企业名称'],
      [{ ...NEW_COMPANY, industry: 'mining' }, '行业'],
      [{ ...NEW_COMPANY, size: 'huge' }, '规模'],
      [{ ...NEW_COMPANY, contactPhone: '123' }, '手机'],
      [{ ...NEW_COMPANY, address: '' }, '地址'],
      [{ ...NEW_COMPANY, creditCode: '123' }, '18 位'],
    ];
    for (const [input, words] of cases) {
      const reply = await h.call(applicant, 'enterprise', 'register', input as never);
      expect([words, codeOf(reply), reply.ok ? '' : reply.error.message.includes(words)]).toEqual([
        words,
        'INVALID_ARGUMENT',
        true,
      ]);
    }
  });
});

describe('verifying a registration', () => {
  it('lets the economic work team verify; the contact hears of it', async () => {
    await h.ok(applicant, 'enterprise', 'register', NEW_COMPANY);
    const verified = await h.ok('economic_staff', 'enterprise', 'verify', { enterpriseId: NEW_COMPANY_ID, version: 1 });
    expect(verified).toMatchObject({ status: 'verified', version: 2 });
    const inbox = await h.ok(applicant, 'account', 'inbox', {});
    expect(inbox.messages.map((m) => m.title)).toContain('企业登记已核实');
  });

  it('rejects with a reason the contact reads, then takes the corrected registration back to pending', async () => {
    await h.ok(applicant, 'enterprise', 'register', NEW_COMPANY);
    const rejected = await h.ok('district_admin', 'enterprise', 'reject', {
      enterpriseId: NEW_COMPANY_ID,
      version: 1,
      reason: '地址与营业执照不符',
    });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '地址与营业执照不符' });
    const { creditCode: _, ...edit } = NEW_COMPANY;
    const again = await h.ok(applicant, 'enterprise', 'resubmit', {
      enterpriseId: NEW_COMPANY_ID,
      version: 2,
      ...edit,
      address: '美青工业园 9 号厂房二层',
    });
    expect(again).toMatchObject({ status: 'pending', rejectReason: null, address: '美青工业园 9 号厂房二层' });
  });

  it('refuses a stale version and deciding twice', async () => {
    await h.ok(applicant, 'enterprise', 'register', NEW_COMPANY);
    await h.ok('economic_staff', 'enterprise', 'verify', { enterpriseId: NEW_COMPANY_ID, version: 1 });
    expect(
      reasonOf(
        await h.call('district_admin', 'enterprise', 'reject', {
          enterpriseId: NEW_COMPANY_ID,
          version: 1,
          reason: '重复',
        }),
      ),
    ).toBe('ENTERPRISE_EDITED_BY_OTHERS');
    expect(
      reasonOf(await h.call('district_admin', 'enterprise', 'verify', { enterpriseId: NEW_COMPANY_ID, version: 2 })),
    ).toBe('ALREADY_VERIFIED');
  });

  it('is not for liaisons, contacts or residents', async () => {
    await h.ok(applicant, 'enterprise', 'register', NEW_COMPANY);
    for (const who of ['liaison', 'enterprise_contact', 'resident', 'community_admin'] as const) {
      expect([
        who,
        codeOf(await h.call(who, 'enterprise', 'verify', { enterpriseId: NEW_COMPANY_ID, version: 1 })),
      ]).toEqual([who, 'PERMISSION_DENIED']);
    }
  });
});

describe('the demo personas', () => {
  it('give the enterprise contact their seeded, verified company and the liaison its assigned ones', async () => {
    expect(
      (await h.ok('enterprise_contact', 'enterprise', 'mine')).map((e) => [e.id, e.status, e.liaisonName]),
    ).toEqual([[GUTE, 'verified', '经济服务办公室']]);
    const list = await h.ok('liaison', 'enterprise', 'list', {});
    expect(list.scope).toBe('assigned');
    expect(list.items.map((e) => e.name).sort()).toEqual(
      ['固特房车(青岛)营地装备有限公司', '青岛湾汇软件科技有限公司'].sort(),
    );
    const all = await h.ok('economic_staff', 'enterprise', 'list', {});
    expect([all.scope, all.total]).toEqual(['all', 7]);
  });
});
