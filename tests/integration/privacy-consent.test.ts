import { AUDIT, USERS } from '../../server/domain/account/users';
import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { POLICY_VERSION } from '../../src/privacy/data';
import { ISSUES } from '../../server/domain/issues/model';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const report = {
  action: 'report',
  requestId: 'req-consent-0001',
  category: 'flyers',
  description: '楼道里贴满了小广告',
  address: { street: '万安一路', number: 6, detail: '' },
  photos: [],
  hideName: false,
};

describe('consent to the privacy policy', () => {
  it('a new resident sees that consent is needed, and agreeing records version and time', async () => {
    const before = await h.raw('account', { action: 'me' }, 'wx-consent-1');
    expect(before.ok && before.data).toMatchObject({
      privacy: { policyVersion: POLICY_VERSION, agreedVersion: null, needsConsent: true },
    });

    const agreed = await h.raw('account', { action: 'agreePrivacy', version: POLICY_VERSION }, 'wx-consent-1');
    expect(agreed.ok && agreed.data).toMatchObject({
      agreedVersion: POLICY_VERSION,
      agreedAt: '2026-11-26T02:00:00.000Z',
      needsConsent: false,
    });
    const user = await h.deps.store.get(USERS, 'wx-consent-1');
    expect(user?.consent).toEqual({ version: POLICY_VERSION, at: '2026-11-26T02:00:00.000Z' });
  });

  it('refuses an action that collects personal information until the resident agrees, with a reason the client acts on', async () => {
    const refused = await h.raw('issues', report, 'wx-consent-2');
    expect(codeOf(refused)).toBe('FAILED_PRECONDITION');
    expect(!refused.ok && refused.error).toMatchObject({
      message: expect.stringContaining('隐私政策'),
      details: { reason: 'CONSENT_REQUIRED', policyVersion: POLICY_VERSION },
    });
    expect(await h.deps.store.count(ISSUES, { reporter: 'wx-consent-2' })).toBe(0);

    await h.raw('account', { action: 'agreePrivacy', version: POLICY_VERSION }, 'wx-consent-2');
    expect(codeOf(await h.raw('issues', report, 'wx-consent-2'))).toBe('OK');
  });

  it('every gated action refuses without consent; reading public pages does not need it', async () => {
    const gated: Array<[string, Record<string, unknown>]> = [
      ['account', { action: 'updateProfile', name: '李四' }],
      [
        'eldercare',
        {
          action: 'addElder',
          name: '李奶奶',
          birthDate: '1940-01-01',
          address: { street: '万安一路', number: 6, detail: '1号' },
          relation: '子女',
        },
      ],
      [
        'eldercare',
        {
          action: 'applyPartner',
          name: '好邻居服务社',
          kind: '社会组织',
          description: '上门理发和修脚',
          contactName: '李四',
          contactPhone: '13900000000',
        },
      ],
      ['culture', { action: 'enrolCourse', courseId: 'any-course' }],
    ];
    for (const [fn, payload] of gated) {
      const reply = await h.raw(fn, payload, 'wx-consent-3');
      expect({
        fn,
        action: payload.action,
        reason: !reply.ok && (reply.error.details as { reason?: string } | undefined)?.reason,
      }).toEqual({ fn, action: payload.action, reason: 'CONSENT_REQUIRED' });
    }
    expect(codeOf(await h.raw('culture', { action: 'catalogue' }, 'wx-consent-3'))).toBe('OK');
    expect(codeOf(await h.raw('issues', { action: 'formOptions' }, 'wx-consent-3'))).toBe('OK');
  });

  it('asks again when the policy version changes', async () => {
    // An older agreement, as a resident who agreed before this version was published would have.
    await h.deps.store.transaction(async (tx) => {
      const user = await tx.get(USERS, 'demo-resident');
      await tx.set(USERS, { ...user!, consent: { version: '2020-01-01', at: '2020-01-01T00:00:00.000Z' } });
    });
    const me = await h.ok('resident', 'account', 'me', {});
    expect(me.privacy).toMatchObject({ agreedVersion: '2020-01-01', needsConsent: true });
    const refused = await h.call('resident', 'issues', 'report', { ...report, action: undefined } as never);
    expect(!refused.ok && (refused.error.details as { reason: string }).reason).toBe('CONSENT_REQUIRED');
    await h.ok('resident', 'account', 'agreePrivacy', { version: POLICY_VERSION });
    expect(codeOf(await h.call('resident', 'issues', 'report', { ...report, action: undefined } as never))).toBe('OK');
  });

  it('refuses agreement to a version other than the current one, and rejects bad input', async () => {
    const stale = await h.raw('account', { action: 'agreePrivacy', version: '2020-01-01' }, 'wx-consent-4');
    expect(!stale.ok && stale.error).toMatchObject({
      code: 'FAILED_PRECONDITION',
      details: { reason: 'POLICY_VERSION_STALE' },
    });
    expect((await h.deps.store.get(USERS, 'wx-consent-4'))?.consent ?? null).toBeNull();
    expect(codeOf(await h.raw('account', { action: 'agreePrivacy' }, 'wx-consent-4'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(await h.raw('account', { action: 'agreePrivacy', version: POLICY_VERSION }, null))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('agreeing twice keeps the first time (a retried tap changes nothing)', async () => {
    await h.raw('account', { action: 'agreePrivacy', version: POLICY_VERSION }, 'wx-consent-5');
    h.clock.advance(3600_000);
    await h.raw('account', { action: 'agreePrivacy', version: POLICY_VERSION }, 'wx-consent-5');
    expect((await h.deps.store.get(USERS, 'wx-consent-5'))?.consent?.at).toBe('2026-11-26T02:00:00.000Z');
    expect(await h.deps.store.count(AUDIT, { subject: 'wx-consent-5' })).toBe(1);
  });
});
