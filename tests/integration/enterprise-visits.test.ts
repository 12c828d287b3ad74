import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { GUTE, HUITONG, MEIQING, PENDING_LOGISTICS, reasonOf, SIFANG } from './enterprise-helpers';

/**
 * 进百企: staff log visits to the enterprises they serve; the coverage figures
 * count verified enterprises visited this quarter and never visited. The
 * harness clock starts on 2026-11-26 (Q4).
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const visit = {
  enterpriseId: GUTE,
  date: '2026-11-25',
  visitors: '周敏',
  peopleMet: '马晓东（人事经理）',
  findings: ['厂区门口路灯不亮', '想了解稳岗补贴'],
};

describe('logging a visit', () => {
  it('records it with its findings and moves the enterprise’s latest visit', async () => {
    const logged = await h.ok('liaison', 'enterprise', 'logVisit', visit);
    expect(logged.findings).toEqual([
      { id: 'f1', text: '厂区门口路灯不亮', requestId: null },
      { id: 'f2', text: '想了解稳岗补贴', requestId: null },
    ]);
    expect((await h.ok('liaison', 'enterprise', 'get', { enterpriseId: GUTE })).lastVisitDate).toBe('2026-11-25');
    expect((await h.ok('liaison', 'enterprise', 'visits', { enterpriseId: GUTE }))[0].id).toBe(logged.id);
    expect((await h.ok('economic_staff', 'enterprise', 'visit', { visitId: logged.id })).peopleMet).toBe(
      '马晓东（人事经理）',
    );
  });

  it('does not move the latest visit back for a back-dated record', async () => {
    await h.ok('liaison', 'enterprise', 'logVisit', visit);
    await h.ok('liaison', 'enterprise', 'logVisit', { ...visit, date: '2026-11-20', findings: [] });
    expect((await h.ok('liaison', 'enterprise', 'get', { enterpriseId: GUTE })).lastVisitDate).toBe('2026-11-25');
  });

  it('refuses a future date, one too long ago, an unverified enterprise and bad input', async () => {
    expect(reasonOf(await h.call('liaison', 'enterprise', 'logVisit', { ...visit, date: '2026-11-27' }))).toBe(
      'VISIT_DATE_FUTURE',
    );
    expect(reasonOf(await h.call('liaison', 'enterprise', 'logVisit', { ...visit, date: '2026-09-01' }))).toBe(
      'VISIT_DATE_OLD',
    );
    expect(
      reasonOf(await h.call('economic_staff', 'enterprise', 'logVisit', { ...visit, enterpriseId: PENDING_LOGISTICS })),
    ).toBe('VISIT_BEFORE_VERIFY');
    expect(codeOf(await h.call('liaison', 'enterprise', 'logVisit', { ...visit, date: '2026-02-30' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(await h.call('liaison', 'enterprise', 'logVisit', { ...visit, peopleMet: '' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(await h.call('liaison', 'enterprise', 'logVisit', { ...visit, findings: Array(11).fill('发现问题') })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('keeps a liaison to its own enterprises, and contacts and residents out', async () => {
    expect(reasonOf(await h.call('liaison', 'enterprise', 'logVisit', { ...visit, enterpriseId: HUITONG }))).toBe(
      'ENTERPRISE_NOT_FOUND',
    );
    expect(reasonOf(await h.call('liaison', 'enterprise', 'visits', { enterpriseId: SIFANG }))).toBe(
      'ENTERPRISE_NOT_FOUND',
    );
    const other = await h.ok('economic_staff', 'enterprise', 'logVisit', { ...visit, enterpriseId: SIFANG });
    expect(reasonOf(await h.call('liaison', 'enterprise', 'visit', { visitId: other.id }))).toBe('VISIT_NOT_FOUND');
    expect((await h.ok('liaison', 'enterprise', 'visits', {})).map((v) => v.enterpriseId)).not.toContain(SIFANG);
    for (const who of ['enterprise_contact', 'resident'] as const)
      expect(codeOf(await h.call(who, 'enterprise', 'logVisit', visit))).toBe('PERMISSION_DENIED');
  });
});

describe('a finding becomes a request in one step', () => {
  it('files the finding as a request of the visited enterprise, routed like any other, and marks the finding', async () => {
    const logged = await h.ok('liaison', 'enterprise', 'logVisit', visit);
    const filed = await h.ok('liaison', 'enterprise', 'fileFinding', {
      visitId: logged.id,
      findingId: 'f2',
      type: 'policy',
    });
    expect(filed.ticketNo).toMatch(/^QY\d{8}-\d{4}$/);
    const { request } = await h.ok('liaison', 'enterprise', 'getRequest', { requestId: filed.requestId });
    expect(request).toMatchObject({ enterpriseId: GUTE, type: 'policy', title: '想了解稳岗补贴' });
    // The enterprise's contact sees it among the enterprise's requests.
    expect(
      (await h.ok('enterprise_contact', 'enterprise', 'myRequests', {})).map((r: { id: string }) => r.id),
    ).toContain(filed.requestId);
    const findings = (await h.ok('liaison', 'enterprise', 'visit', { visitId: logged.id })).findings;
    expect(findings.map((f) => [f.id, f.requestId])).toEqual([
      ['f1', null],
      ['f2', filed.requestId],
    ]);
    expect(
      reasonOf(
        await h.call('liaison', 'enterprise', 'fileFinding', { visitId: logged.id, findingId: 'f2', type: 'policy' }),
      ),
    ).toBe('FINDING_ALREADY_FILED');
  });

  it('refuses an unknown finding, a visit out of scope, a financing type and callers who are not staff', async () => {
    const logged = await h.ok('economic_staff', 'enterprise', 'logVisit', { ...visit, enterpriseId: SIFANG });
    expect(
      reasonOf(
        await h.call('economic_staff', 'enterprise', 'fileFinding', {
          visitId: logged.id,
          findingId: 'f9',
          type: 'other',
        }),
      ),
    ).toBe('FINDING_NOT_FOUND');
    expect(
      reasonOf(
        await h.call('liaison', 'enterprise', 'fileFinding', { visitId: logged.id, findingId: 'f1', type: 'other' }),
      ),
    ).toBe('VISIT_NOT_FOUND');
    expect(
      codeOf(
        await h.call('economic_staff', 'enterprise', 'fileFinding', {
          visitId: logged.id,
          findingId: 'f1',
          type: 'financing',
        } as never),
      ),
    ).toBe('INVALID_ARGUMENT');
    for (const who of ['enterprise_contact', 'resident'] as const)
      expect(
        codeOf(await h.call(who, 'enterprise', 'fileFinding', { visitId: logged.id, findingId: 'f1', type: 'other' })),
      ).toBe('PERMISSION_DENIED');
  });
});

describe('coverage this quarter', () => {
  it('counts the seed: visited this quarter, not yet, and never', async () => {
    // Seeded visits: 10, 20 and 45 days ago fall in Q4 (from 2026-10-01); 200 days ago does not; two never visited.
    const office = await h.ok('economic_staff', 'enterprise', 'coverage', {});
    expect(office).toMatchObject({
      quarter: '2026-Q4',
      quarterStart: '2026-10-01',
      total: 6,
      visitedThisQuarter: 3,
      notVisitedThisQuarter: 3,
      neverVisited: 2,
    });
    expect(office.byLiaison.find((r) => r.liaisonId === null)).toMatchObject({
      name: '未安排包联',
      total: 1,
      neverVisited: 1,
    });
    const mine = await h.ok('liaison', 'enterprise', 'coverage', {});
    expect(mine).toMatchObject({ total: 2, visitedThisQuarter: 1, neverVisited: 0, byLiaison: [] });
  });

  it('moves when a never-visited enterprise is visited', async () => {
    await h.ok('economic_staff', 'enterprise', 'logVisit', { ...visit, enterpriseId: MEIQING });
    expect(await h.ok('economic_staff', 'enterprise', 'coverage', {})).toMatchObject({
      visitedThisQuarter: 4,
      neverVisited: 1,
    });
  });
});
