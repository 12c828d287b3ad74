import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { fileReport } from './issues-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const NOT_ADMINS = ['resident', 'grid_worker', 'partner_barber'] as const;
const NOT_DISTRICT = ['resident', 'grid_worker', 'community_admin', 'partner_barber'] as const;

describe('address rules', () => {
  it('lets a district admin add a rule that routes the next report', async () => {
    const before = await fileReport(h, 'resident', { street: '香港中路', number: 10 });
    expect(before.routed).toBe(false);
    const rule = await h.ok('district_admin', 'issues', 'saveAddressRule', {
      street: '香港中路',
      from: 1,
      to: 50,
      parity: 'all',
      gridId: 'g-21',
    });
    expect(rule.street).toBe('香港中路');
    const after = await fileReport(h, 'resident', { street: '香港中路', number: 10 });
    expect(after.gridName).toBe('嘉定路网格');
    await h.ok('district_admin', 'issues', 'removeAddressRule', { id: rule.id });
    expect((await fileReport(h, 'resident', { street: '香港中路', number: 10 })).routed).toBe(false);
  });

  it('lets a narrower rule carve a building out of a street-wide one', async () => {
    await h.ok('district_admin', 'issues', 'saveAddressRule', {
      street: '万安一路',
      from: 6,
      to: 6,
      parity: 'all',
      gridId: 'g-04',
    });
    expect((await fileReport(h, 'resident', { number: 6 })).gridName).toBe('万安一路北网格');
    expect((await fileReport(h, 'resident', { number: 8 })).gridName).toBe('万安一路南网格');
  });

  it('lets a community admin keep the rules of their own grids only, and list only those', async () => {
    expect(
      codeOf(
        await h.call('community_admin', 'issues', 'saveAddressRule', {
          street: '宜昌路',
          from: 200,
          to: 210,
          parity: 'all',
          gridId: 'g-01',
        }),
      ),
    ).toBe('OK');
    expect(
      codeOf(
        await h.call('community_admin', 'issues', 'saveAddressRule', {
          street: '瑞安路',
          from: 300,
          to: 310,
          parity: 'all',
          gridId: 'g-08',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    const { rules } = await h.ok('community_admin', 'issues', 'addressRules', {});
    expect(rules.every((r) => r.communityId === 'c-yichang')).toBe(true);
    const ruian = rules.find((r) => r.street === '瑞安路');
    expect(ruian).toBeUndefined();
  });

  it('refuses a reversed range and an unknown grid', async () => {
    expect(
      codeOf(
        await h.call('district_admin', 'issues', 'saveAddressRule', {
          street: '宜昌路',
          from: 20,
          to: 10,
          parity: 'all',
          gridId: 'g-01',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(
        await h.call('district_admin', 'issues', 'saveAddressRule', {
          street: '宜昌路',
          from: 1,
          to: 10,
          parity: 'all',
          gridId: 'g-99',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await h.call('district_admin', 'issues', 'saveAddressRule', {
          street: '宜昌路',
          from: 1,
          to: 10,
          parity: 'some' as never,
          gridId: 'g-01',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it.each(NOT_ADMINS)('is refused to %s', async (who) => {
    expect(codeOf(await h.call(who, 'issues', 'addressRules', {}))).toBe('PERMISSION_DENIED');
    expect(
      codeOf(
        await h.call(who, 'issues', 'saveAddressRule', {
          street: '宜昌路',
          from: 1,
          to: 2,
          parity: 'all',
          gridId: 'g-01',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(codeOf(await h.call(who, 'issues', 'removeAddressRule', { id: 'r-001' }))).toBe('PERMISSION_DENIED');
  });
});

describe('settings and categories', () => {
  it('lets a district admin replace the holiday list, which moves the next deadline', async () => {
    // Friday 27 November made a holiday: Thursday's report is due on Monday instead.
    await h.ok('district_admin', 'issues', 'updateSettings', { holidays: ['2026-11-27'] });
    const r = await fileReport(h, 'resident');
    expect(r.acceptDueAt).toBe('2026-11-30T02:00:00.000Z');
    const settings = await h.ok('grid_worker', 'issues', 'settings', {});
    expect(settings.holidays).toEqual(['2026-11-27']);
  });

  it('lets a district admin change a category limit for reports filed afterwards', async () => {
    const before = await fileReport(h, 'resident');
    await h.ok('district_admin', 'issues', 'updateCategory', { code: 'flyers', resolveDays: 1 });
    const after = await fileReport(h, 'resident');
    expect(before.resolveDueAt).toBe('2026-12-01T02:00:00.000Z');
    expect(after.resolveDueAt).toBe('2026-11-27T02:00:00.000Z');
  });

  it('stops offering a category that was switched off', async () => {
    await h.ok('district_admin', 'issues', 'updateCategory', { code: 'stalls', active: false });
    const options = await h.ok(null, 'issues', 'formOptions', {});
    expect(options.categories.map((c) => c.code)).not.toContain('stalls');
    expect(
      codeOf(
        await h.call('resident', 'issues', 'report', {
          requestId: 'cat-off-000001',
          category: 'stalls',
          description: '路边有摊点占道',
          address: { street: '五丰路', number: 3, detail: '' },
          photos: [],
          hideName: false,
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it('refuses a bad day in the holiday list and an empty update', async () => {
    expect(codeOf(await h.call('district_admin', 'issues', 'updateSettings', { holidays: ['2026-13-01'] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(await h.call('district_admin', 'issues', 'updateSettings', {}))).toBe('INVALID_ARGUMENT');
    expect(codeOf(await h.call('district_admin', 'issues', 'updateCategory', { code: 'nope', resolveDays: 3 }))).toBe(
      'NOT_FOUND',
    );
  });

  it.each(NOT_DISTRICT)('refuses settings and category changes to %s', async (who) => {
    expect(codeOf(await h.call(who, 'issues', 'updateSettings', { dailyLimit: 9 }))).toBe('PERMISSION_DENIED');
    expect(codeOf(await h.call(who, 'issues', 'updateCategory', { code: 'flyers', resolveDays: 9 }))).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('lists all categories with templates to staff, and refuses them to residents', async () => {
    const { categories } = await h.ok('grid_worker', 'issues', 'categories', {});
    expect(categories.find((c) => c.code === 'other')?.public).toBe(false);
    expect(codeOf(await h.call('resident', 'issues', 'categories', {}))).toBe('PERMISSION_DENIED');
    expect(codeOf(await h.call('resident', 'issues', 'settings', {}))).toBe('PERMISSION_DENIED');
  });
});

describe('Open311 API keys', () => {
  it('shows a new key once, lists it by hint only, and revokes it', async () => {
    const issued = await h.ok('district_admin', 'issues', 'issueApiKey', { name: '12345 热线对接', dailyLimit: 100 });
    expect(issued.key).toMatch(/^o311_/);
    const { keys } = await h.ok('district_admin', 'issues', 'listApiKeys', {});
    const listed = keys.find((k) => k.id === issued.id)!;
    expect(listed.hint).toBe(issued.key.slice(0, 6));
    expect(JSON.stringify(keys)).not.toContain(issued.key);
    await h.ok('district_admin', 'issues', 'revokeApiKey', { id: issued.id });
    expect(codeOf(await h.call('district_admin', 'issues', 'revokeApiKey', { id: issued.id }))).toBe(
      'FAILED_PRECONDITION',
    );
  });

  it.each(NOT_DISTRICT)('refuses keys to %s', async (who) => {
    expect(codeOf(await h.call(who, 'issues', 'issueApiKey', { name: '测试密钥' }))).toBe('PERMISSION_DENIED');
    expect(codeOf(await h.call(who, 'issues', 'listApiKeys', {}))).toBe('PERMISSION_DENIED');
  });
});
