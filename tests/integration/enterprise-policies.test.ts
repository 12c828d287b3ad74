import { POLICIES, POLICY_MARKS, markId, type PolicyDoc } from '../../server/domain/enterprise/policies';
import { pushPolicy, resumePolicyPushes } from '../../server/domain/enterprise/policy-push';
import { fittingEnterprises } from '../../server/domain/enterprise/measures-access';
import { ENTERPRISES } from '../../server/domain/enterprise/model';
import { policyFits } from '../../server/domain/enterprise/policy-match';
import { runDueJobs } from '../../server/jobs';
import { codeOf, createHarness, openidOf, type Harness } from '../helpers/harness';
import { GOOD_RV, GUOLIN, LOGISTICS, MEIQING, WANHUI, addContact } from './enterprise-measures-helpers';

/**
 * 定位推送 through dispatch on SQLite: staff publish, the push reaches exactly
 * the verified enterprises the policy fits (mark + message), enterprises read
 * the fitting ones first and mark them read and applied.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const reasonOf = (r: { ok: boolean; error?: { details?: unknown } }) =>
  r.ok ? 'OK' : ((r.error?.details as { reason?: string } | undefined)?.reason ?? 'none');

const FOR_FACTORIES = {
  title: '中型制造企业设备更新贷款贴息',
  level: 'district' as const,
  topic: 'finance' as const,
  issuer: '市北区财政局',
  summary: '设备更新贷款按实际利息的 50% 贴息。',
  industries: ['manufacturing' as const],
  sizes: ['medium' as const],
  deadline: '2026-12-31',
};

describe('the seeded figures', () => {
  it('reproduce the article: 181 city-level and 15 district-level policies pushed', async () => {
    const { figures } = await h.ok('economic_staff', 'enterprise', 'staffPolicies', {});
    expect(figures.map((f) => [f.levelLabel, f.pushed])).toEqual([
      ['市级', 181],
      ['区级', 15],
    ]);
    // Every seeded policy reached at least one enterprise, and its counts agree with its marks.
    const policies = await h.deps.store.find(POLICIES, {}, { limit: 1000 });
    for (const p of policies.slice(0, 20)) {
      const marks = await h.deps.store.find(POLICY_MARKS, { policyId: p._id }, { limit: 1000 });
      expect({ id: p._id, pushed: p.pushed, applied: p.applied }).toEqual({
        id: p._id,
        pushed: marks.length,
        applied: marks.filter((m) => m.state === 'applied').length,
      });
    }
  });
});

describe('publishing and pushing', () => {
  it('pushes to the verified enterprises of the named industry and size only, with a message to their contacts', async () => {
    const { id, pushed } = await h.ok('economic_staff', 'enterprise', 'publishPolicy', FOR_FACTORIES);
    expect(pushed).toBe(2);
    const marks = await h.deps.store.find(POLICY_MARKS, { policyId: id });
    expect(marks.map((m) => m.enterpriseId).sort()).toEqual([GOOD_RV, GUOLIN].sort());
    expect(marks.every((m) => m.state === 'pushed')).toBe(true);
    for (const other of [MEIQING, WANHUI, LOGISTICS])
      expect(await h.deps.store.get(POLICY_MARKS, markId(id, other))).toBeNull();
    const inbox = await h.ok('enterprise_contact', 'account', 'inbox', {});
    const message = inbox.messages.find((m) => m.title === '区级政策：中型制造企业设备更新贷款贴息');
    expect(message?.page).toBe(`/packages/enterprise/policy/index?id=${id}`);
  });

  it('selects, as a store query, exactly the enterprises the matching rule says fit', async () => {
    const all = (await h.deps.store.find(ENTERPRISES, {}, { limit: 1000 })).filter((e) => e.status === 'verified');
    const targets = [
      { industries: [], sizes: [] },
      { industries: ['manufacturing'], sizes: [] },
      { industries: [], sizes: ['small', 'micro'] },
      { industries: ['manufacturing', 'it'], sizes: ['medium', 'small'] },
      { industries: ['construction'], sizes: [] },
    ];
    for (const target of targets) {
      const byQuery = (await fittingEnterprises(h.deps.store, target, null, 1000)).map((e) => e.id);
      const byRule = all
        .filter((e) => policyFits(target, e))
        .map((e) => e._id)
        .sort();
      expect({ target, ids: byQuery }).toEqual({ target, ids: byRule });
    }
  });

  it('reaches every enterprise once in batches, and a repeated or resumed push tells nobody twice', async () => {
    const at = h.clock.now().toISOString();
    const policy: PolicyDoc = {
      _id: 'pol-batch',
      ...FOR_FACTORIES,
      level: 'city',
      industries: [],
      sizes: [],
      status: 'published',
      publishedBy: 'x',
      publishedAt: at,
      pushPending: true,
      pushCursor: null,
      pushed: 0,
      read: 0,
      applied: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    await h.deps.store.transaction((tx) => tx.set(POLICIES, policy));
    const verified = await h.deps.store.count(ENTERPRISES, { status: 'verified' });
    expect(await pushPolicy(h.deps.store, 'pol-batch', h.clock.now(), 1)).toBe(verified);
    expect(await pushPolicy(h.deps.store, 'pol-batch', h.clock.now(), 1)).toBe(0);
    expect(await resumePolicyPushes(h.deps.store, h.clock.now())).toBe(0);
    const after = await h.deps.store.get(POLICIES, 'pol-batch');
    expect([after?.pushed, after?.pushPending]).toEqual([verified, false]);
    const inbox = await h.ok('enterprise_contact', 'account', 'inbox', {});
    expect(inbox.messages.filter((m) => m.page?.endsWith('id=pol-batch'))).toHaveLength(1);
  });

  it('finishes an interrupted push from the timer', async () => {
    const at = h.clock.now().toISOString();
    await h.deps.store.transaction((tx) =>
      tx.set(POLICIES, {
        _id: 'pol-resume',
        ...FOR_FACTORIES,
        status: 'published',
        publishedBy: 'x',
        publishedAt: at,
        pushPending: true,
        pushCursor: null,
        pushed: 0,
        read: 0,
        applied: 0,
        version: 1,
        createdAt: at,
        updatedAt: at,
      }),
    );
    const summary = await runDueJobs(h.deps, ['enterprise-policy-push']);
    expect(summary.ran).toEqual([expect.objectContaining({ name: 'enterprise-policy-push', ok: true, processed: 2 })]);
    expect(await h.deps.store.get(POLICIES, 'pol-resume')).toMatchObject({ pushed: 2, pushPending: false });
  });

  it('refuses a deadline already past, an unknown industry, and publishing by anyone but the office', async () => {
    const past = await h.call('economic_staff', 'enterprise', 'publishPolicy', {
      ...FOR_FACTORIES,
      deadline: '2026-01-01',
    });
    expect([codeOf(past), reasonOf(past)]).toEqual(['INVALID_ARGUMENT', 'DEADLINE_IN_PAST']);
    const bad = await h.raw(
      'enterprise',
      { action: 'publishPolicy', ...FOR_FACTORIES, industries: ['mining'] },
      openidOf('economic_staff'),
    );
    expect(codeOf(bad)).toBe('INVALID_ARGUMENT');
    for (const who of ['liaison', 'enterprise_contact', 'resident'] as const) {
      expect(codeOf(await h.call(who, 'enterprise', 'publishPolicy', FOR_FACTORIES))).toBe('PERMISSION_DENIED');
    }
    expect(await h.deps.store.count(POLICIES, { title: FOR_FACTORIES.title })).toBe(0);
  });
});

describe('reading and marking', () => {
  it('lists the fitting policies first for the enterprise, then the others', async () => {
    const { id: fits } = await h.ok('economic_staff', 'enterprise', 'publishPolicy', FOR_FACTORIES);
    const { id: software } = await h.ok('economic_staff', 'enterprise', 'publishPolicy', {
      ...FOR_FACTORIES,
      title: '软件企业上云补贴',
      industries: ['it'],
      sizes: [],
    });
    const list = await h.ok('enterprise_contact', 'enterprise', 'enterprisePolicies', { limit: 300 });
    expect(list.total).toBe(list.items.length);
    const ids = list.items.map((p) => p.id);
    expect(ids[0]).toBe(fits);
    const firstMisfit = list.items.findIndex((p) => !p.fits);
    expect(list.items.slice(0, firstMisfit).every((p) => p.fits)).toBe(true);
    expect(list.items.slice(firstMisfit).every((p) => !p.fits)).toBe(true);
    expect(ids.indexOf(software)).toBeGreaterThanOrEqual(firstMisfit);
    const only = await h.ok('enterprise_contact', 'enterprise', 'enterprisePolicies', {
      onlyFitting: true,
      limit: 300,
    });
    // A page at a time: the first 30, the same order.
    const page = await h.ok('enterprise_contact', 'enterprise', 'enterprisePolicies', {});
    expect(page.items.map((p) => p.id)).toEqual(ids.slice(0, 30));
    expect(page.total).toBe(ids.length);
    expect(only.items.every((p) => p.fits)).toBe(true);
    expect(only.items.map((p) => p.id)).not.toContain(software);
  });

  it('marks read on opening (once), applied and back, with the policy’s counts in step', async () => {
    const { id } = await h.ok('economic_staff', 'enterprise', 'publishPolicy', FOR_FACTORIES);
    expect((await h.ok('enterprise_contact', 'enterprise', 'getPolicy', { policyId: id })).policy.markLabel).toBe(
      '已读',
    );
    await h.ok('enterprise_contact', 'enterprise', 'getPolicy', { policyId: id });
    expect(await h.deps.store.get(POLICIES, id)).toMatchObject({ pushed: 2, read: 1, applied: 0 });
    expect(
      (await h.ok('enterprise_contact', 'enterprise', 'markApplied', { policyId: id, applied: true })).markLabel,
    ).toBe('已申报');
    const twice = await h.call('enterprise_contact', 'enterprise', 'markApplied', { policyId: id, applied: true });
    expect([codeOf(twice), reasonOf(twice)]).toEqual(['FAILED_PRECONDITION', 'ILLEGAL_MARK']);
    expect(await h.deps.store.get(POLICIES, id)).toMatchObject({ read: 1, applied: 1 });
    await h.ok('enterprise_contact', 'enterprise', 'markApplied', { policyId: id, applied: false });
    expect(await h.deps.store.get(POLICIES, id)).toMatchObject({ read: 1, applied: 0 });
    const staff = await h.ok('economic_staff', 'enterprise', 'getPolicy', { policyId: id });
    expect(staff.staff).toMatchObject({ pushed: 2, read: 1, applied: 0 });
  });

  it('shows staff which enterprises applied, each within their scope: the office all, a liaison its own', async () => {
    const { id } = await h.ok('economic_staff', 'enterprise', 'publishPolicy', FOR_FACTORIES);
    await h.ok('enterprise_contact', 'enterprise', 'markApplied', { policyId: id, applied: true });
    const office = await h.ok('economic_staff', 'enterprise', 'getPolicy', { policyId: id });
    expect(office.staff?.marks.map((m) => [m.enterpriseId, m.stateLabel])).toEqual([
      [GOOD_RV, '已申报'],
      [GUOLIN, '未读'],
    ]);
    // The liaison persona serves 固特房车 and 湾汇软件, not 国林环保.
    const liaison = await h.ok('liaison', 'enterprise', 'getPolicy', { policyId: id });
    expect(liaison.staff?.marks.map((m) => m.name)).toEqual(['固特房车(青岛)营地装备有限公司']);
    expect(liaison.staff?.pushed).toBe(2);
  });

  it('lets an enterprise mark a policy not pushed to it, from the full list', async () => {
    const { id } = await h.ok('economic_staff', 'enterprise', 'publishPolicy', {
      ...FOR_FACTORIES,
      industries: ['it'],
      sizes: [],
    });
    await h.ok('enterprise_contact', 'enterprise', 'markApplied', { policyId: id, applied: true });
    expect(await h.deps.store.get(POLICY_MARKS, markId(id, GOOD_RV))).toMatchObject({
      state: 'applied',
      pushedAt: null,
      appliedBy: openidOf('enterprise_contact'),
    });
  });

  it('hides a withdrawn policy from enterprises; withdrawing twice or with a stale version is refused', async () => {
    const { id } = await h.ok('economic_staff', 'enterprise', 'publishPolicy', FOR_FACTORIES);
    expect(codeOf(await h.call('economic_staff', 'enterprise', 'withdrawPolicy', { policyId: id, version: 2 }))).toBe(
      'CONFLICT',
    );
    await h.ok('economic_staff', 'enterprise', 'withdrawPolicy', { policyId: id, version: 1 });
    expect(codeOf(await h.call('enterprise_contact', 'enterprise', 'getPolicy', { policyId: id }))).toBe('NOT_FOUND');
    expect(
      (await h.ok('enterprise_contact', 'enterprise', 'enterprisePolicies', { limit: 300 })).items.map((p) => p.id),
    ).not.toContain(id);
    const again = await h.call('economic_staff', 'enterprise', 'withdrawPolicy', { policyId: id, version: 2 });
    expect(reasonOf(again)).toBe('ILLEGAL_POLICY_TRANSITION');
  });

  it('refuses a contact acting for an enterprise they do not speak for', async () => {
    const r = await h.call('enterprise_contact', 'enterprise', 'enterprisePolicies', { enterpriseId: GUOLIN });
    expect([codeOf(r), reasonOf(r)]).toEqual(['PERMISSION_DENIED', 'NO_ENTERPRISE']);
    const two = await addContact(h, WANHUI, 'contact-wanhui');
    const list = await h.ok(two, 'enterprise', 'enterprisePolicies', {});
    expect(list.enterprise.name).toBe('青岛湾汇软件科技有限公司');
  });
});
