import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { GUTE, HUITONG, MEIQING, PENDING_LOGISTICS, reasonOf, SIFANG } from './enterprise-helpers';

/** 包联: the office assigns a liaison; a liaison sees and serves exactly its assigned enterprises. */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('assigning a liaison', () => {
  it('moves the enterprise into the liaison’s list at once and tells both sides', async () => {
    const before = await h.ok('liaison', 'enterprise', 'list', {});
    expect(before.items.map((e) => e.id)).not.toContain(MEIQING);
    const assigned = await h.ok('economic_staff', 'enterprise', 'assignLiaison', {
      enterpriseId: MEIQING,
      version: 1,
      liaisonId: 'lia-economy',
    });
    expect(assigned).toMatchObject({ liaisonId: 'lia-economy', liaisonName: '经济服务办公室', version: 2 });
    expect((await h.ok('liaison', 'enterprise', 'list', {})).items.map((e) => e.id)).toContain(MEIQING);
    expect((await h.ok('liaison', 'account', 'inbox', {})).messages.map((m) => m.title)).toContain('新的包联企业');
  });

  it('re-assigning takes the enterprise away from the former liaison', async () => {
    await h.ok('economic_staff', 'enterprise', 'assignLiaison', {
      enterpriseId: GUTE,
      version: 1,
      liaisonId: 'lia-social',
    });
    expect((await h.ok('liaison', 'enterprise', 'list', {})).items.map((e) => e.id)).not.toContain(GUTE);
    expect(reasonOf(await h.call('liaison', 'enterprise', 'get', { enterpriseId: GUTE }))).toBe('ENTERPRISE_NOT_FOUND');
    // The contact still reads their own enterprise, now with its new liaison.
    expect((await h.ok('enterprise_contact', 'enterprise', 'get', { enterpriseId: GUTE })).liaisonName).toBe(
      '社会事务办公室',
    );
  });

  it('refuses an unverified enterprise, an unknown liaison, the same liaison and a stale version', async () => {
    expect(
      reasonOf(
        await h.call('economic_staff', 'enterprise', 'assignLiaison', {
          enterpriseId: PENDING_LOGISTICS,
          version: 1,
          liaisonId: 'lia-economy',
        }),
      ),
    ).toBe('ASSIGN_BEFORE_VERIFY');
    expect(
      reasonOf(
        await h.call('economic_staff', 'enterprise', 'assignLiaison', {
          enterpriseId: MEIQING,
          version: 1,
          liaisonId: 'lia-nobody',
        }),
      ),
    ).toBe('LIAISON_NOT_FOUND');
    expect(
      reasonOf(
        await h.call('economic_staff', 'enterprise', 'assignLiaison', {
          enterpriseId: GUTE,
          version: 1,
          liaisonId: 'lia-economy',
        }),
      ),
    ).toBe('SAME_LIAISON');
    expect(
      reasonOf(
        await h.call('economic_staff', 'enterprise', 'assignLiaison', {
          enterpriseId: SIFANG,
          version: 9,
          liaisonId: 'lia-economy',
        }),
      ),
    ).toBe('ENTERPRISE_EDITED_BY_OTHERS');
    expect(
      codeOf(
        await h.call('economic_staff', 'enterprise', 'assignLiaison', {
          enterpriseId: SIFANG,
          version: 1,
          liaisonId: '',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it('is for the office only', async () => {
    for (const who of ['liaison', 'enterprise_contact', 'resident', 'grid_worker'] as const) {
      expect([
        who,
        codeOf(
          await h.call(who, 'enterprise', 'assignLiaison', {
            enterpriseId: MEIQING,
            version: 1,
            liaisonId: 'lia-economy',
          }),
        ),
      ]).toEqual([who, 'PERMISSION_DENIED']);
    }
  });
});

describe('the staff list and its scope', () => {
  it('shows the office every enterprise, filtered by status or liaison', async () => {
    expect((await h.ok('district_admin', 'enterprise', 'list', { status: 'pending' })).items.map((e) => e.id)).toEqual([
      PENDING_LOGISTICS,
    ]);
    expect(
      (await h.ok('economic_staff', 'enterprise', 'list', { liaisonId: 'none' })).items.map((e) => e.id).sort(),
    ).toEqual([MEIQING, PENDING_LOGISTICS].sort());
    expect(
      (await h.ok('economic_staff', 'enterprise', 'list', { liaisonId: 'lia-social' })).items.map((e) => e.id),
    ).toEqual([HUITONG]);
    const paged = await h.ok('economic_staff', 'enterprise', 'list', { limit: 2, skip: 2 });
    expect([paged.items.length, paged.total]).toEqual([2, 7]);
  });

  it('never widens a liaison’s scope by a filter', async () => {
    expect((await h.ok('liaison', 'enterprise', 'list', { liaisonId: 'lia-social' })).items).toEqual([]);
    expect((await h.ok('liaison', 'enterprise', 'list', { liaisonId: 'none' })).items).toEqual([]);
    expect(reasonOf(await h.call('liaison', 'enterprise', 'get', { enterpriseId: HUITONG }))).toBe(
      'ENTERPRISE_NOT_FOUND',
    );
  });

  it('lists the liaisons to choose from, leaders first', async () => {
    const liaisons = await h.ok('economic_staff', 'enterprise', 'liaisons', {});
    expect(liaisons.map((l) => l.kind)).toEqual(['leader', 'leader', 'leader', 'department', 'department']);
    expect((await h.ok('liaison', 'enterprise', 'departments', {})).map((d) => d.name)).toContain('经济服务办公室');
  });
});
