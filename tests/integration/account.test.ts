import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { USERS } from '../../server/domain/account/users';
import { ORG_UNITS } from '../../server/domain/org/org';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const gridInvite = { binding: { role: 'grid_staff' as const, branchId: 'b-yc-1' }, note: '' };

describe('account.ping and account.me', () => {
  it('answers ping without signing in', async () => {
    expect(codeOf(await h.call(null, 'account', 'ping', {}))).toBe('OK');
  });

  it('refuses me without an identity', async () => {
    expect(codeOf(await h.call(null, 'account', 'me', {}))).toBe('UNAUTHENTICATED');
  });

  it('registers a first-time caller as a resident', async () => {
    const me = await h.ok({ openid: 'wx-new-1234' }, 'account', 'me', {});
    expect(me.name).toBe('居民1234');
    expect(me.roles.map((r) => r.role)).toEqual(['resident']);
    expect(await h.deps.store.get(USERS, 'wx-new-1234')).not.toBeNull();
  });

  it('shows a grid worker their branch', async () => {
    const me = await h.ok('grid_worker', 'account', 'me', {});
    expect(me.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'grid_staff', label: '网格员', placeName: '万安一路网格党支部' }),
      ]),
    );
  });

  it('updates the name and refuses a malformed phone number with a plain message', async () => {
    const updated = await h.ok('resident', 'account', 'updateProfile', { name: '王师傅' });
    expect(updated.name).toBe('王师傅');
    const bad = await h.call('resident', 'account', 'updateProfile', { phone: '12345' });
    expect(codeOf(bad)).toBe('INVALID_ARGUMENT');
    expect(!bad.ok && bad.error.message).toContain('手机号');
  });
});

describe('account.createInvite', () => {
  it.each(['resident', 'grid_worker', 'partner_barber'] as const)('is refused to %s', async (who) => {
    expect(codeOf(await h.call(who, 'account', 'createInvite', gridInvite))).toBe('PERMISSION_DENIED');
  });

  it('lets a community admin invite grid staff of their own community only', async () => {
    expect(codeOf(await h.call('community_admin', 'account', 'createInvite', gridInvite))).toBe('OK');
    const other = { binding: { role: 'grid_staff' as const, branchId: 'b-ra-1' }, note: '' };
    expect(codeOf(await h.call('community_admin', 'account', 'createInvite', other))).toBe('PERMISSION_DENIED');
    const admin = { binding: { role: 'district_admin' as const }, note: '' };
    expect(codeOf(await h.call('community_admin', 'account', 'createInvite', admin))).toBe('PERMISSION_DENIED');
  });

  it('lets a district admin invite partner staff, and names the partner', async () => {
    const invite = await h.ok('district_admin', 'account', 'createInvite', {
      binding: { role: 'partner_staff', partnerId: 'p-jiali' },
      note: '新店员',
    });
    expect(invite.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(invite.placeName).toBe('佳丽理发店');
    expect(invite.status).toBe('open');
  });

  it('refuses a unit that does not exist, and a malformed binding', async () => {
    const missing = { binding: { role: 'grid_staff' as const, branchId: 'b-nowhere' }, note: '' };
    expect(codeOf(await h.call('district_admin', 'account', 'createInvite', missing))).toBe('NOT_FOUND');
    const malformed = await h.raw(
      'account',
      { action: 'createInvite', binding: { role: 'mayor' } },
      'demo-district-admin',
    );
    expect(codeOf(malformed)).toBe('INVALID_ARGUMENT');
  });
});

describe('account.redeemInvite', () => {
  async function invite() {
    return (await h.ok('district_admin', 'account', 'createInvite', gridInvite)).code;
  }

  it('binds the role once, tells the new staff member, and refuses reuse', async () => {
    const code = await invite();
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const result = await h.ok({ openid: 'wx-staff-1' }, 'account', 'redeemInvite', { code: typed });
    expect(result.placeName).toBe('宜昌路第一网格党支部');
    const me = await h.ok({ openid: 'wx-staff-1' }, 'account', 'me', {});
    expect(me.roles.map((r) => r.role)).toContain('grid_staff');
    const inbox = await h.ok({ openid: 'wx-staff-1' }, 'account', 'inbox', {});
    expect(inbox.messages[0]).toMatchObject({ kind: 'role_granted', read: false });
    expect(codeOf(await h.call({ openid: 'wx-staff-2' }, 'account', 'redeemInvite', { code }))).toBe(
      'FAILED_PRECONDITION',
    );
  });

  it('refuses an expired code and a revoked one', async () => {
    const expired = await invite();
    h.clock.advance((h.deps.config.inviteTtlHours + 1) * 3600_000);
    const reply = await h.call({ openid: 'wx-late' }, 'account', 'redeemInvite', { code: expired });
    expect(!reply.ok && reply.error.message).toContain('过期');

    const revoked = await invite();
    await h.ok('district_admin', 'account', 'revokeInvite', { code: revoked });
    expect(codeOf(await h.call({ openid: 'wx-late' }, 'account', 'redeemInvite', { code: revoked }))).toBe(
      'FAILED_PRECONDITION',
    );
  });

  it('refuses an unknown code, a malformed one, and an anonymous caller', async () => {
    expect(codeOf(await h.call({ openid: 'wx-x' }, 'account', 'redeemInvite', { code: 'ABCDEFGH' }))).toBe('NOT_FOUND');
    expect(codeOf(await h.call({ openid: 'wx-x' }, 'account', 'redeemInvite', { code: '12' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(await h.call(null, 'account', 'redeemInvite', { code: 'ABCDEFGH' }))).toBe('UNAUTHENTICATED');
  });

  it('lets exactly one of twenty simultaneous callers redeem a code', async () => {
    const code = await invite();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => h.call({ openid: `wx-race-${i}` }, 'account', 'redeemInvite', { code })),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(replies.filter((r) => !r.ok).map(codeOf))).toEqual(new Set(['FAILED_PRECONDITION']));
    const staff = await h.ok('district_admin', 'account', 'listStaff', {});
    expect(staff.filter((s) => s.openid.startsWith('wx-race-'))).toHaveLength(1);
  });
});

describe('listing and revoking roles', () => {
  it('shows the district admin every staff member and a community admin only their grid staff', async () => {
    const all = await h.ok('district_admin', 'account', 'listStaff', {});
    expect(all.map((s) => s.openid).sort()).toEqual(
      // The enterprise contact persona is not staff, so not listed; the economic work team and the liaison are.
      [
        'demo-community-admin',
        'demo-district-admin',
        'demo-economic-staff',
        'demo-grid-worker',
        'demo-liaison',
        'demo-partner-barber',
        'demo-partner-heating',
        'demo-partner-repair',
      ].sort(),
    );
    const mine = await h.ok('community_admin', 'account', 'listStaff', {});
    expect(mine.map((s) => s.openid)).toEqual(['demo-grid-worker']);
    expect(codeOf(await h.call('resident', 'account', 'listStaff', {}))).toBe('PERMISSION_DENIED');
  });

  it('takes a role away at once', async () => {
    const binding = { role: 'grid_staff' as const, branchId: 'b-yc-2' };
    await h.ok('community_admin', 'account', 'revokeRole', { openid: 'demo-grid-worker', binding });
    const me = await h.ok('grid_worker', 'account', 'me', {});
    expect(me.roles.map((r) => r.role)).toEqual(['resident']);
    expect(
      codeOf(await h.call('community_admin', 'account', 'revokeRole', { openid: 'demo-grid-worker', binding })),
    ).toBe('NOT_FOUND');
  });

  it('keeps community admins away from other roles and admins from locking themselves out', async () => {
    const partner = { role: 'partner_staff' as const, partnerId: 'p-jiali' };
    expect(
      codeOf(
        await h.call('community_admin', 'account', 'revokeRole', { openid: 'demo-partner-barber', binding: partner }),
      ),
    ).toBe('PERMISSION_DENIED');
    const self = await h.call('district_admin', 'account', 'revokeRole', {
      openid: 'demo-district-admin',
      binding: { role: 'district_admin' },
    });
    expect(codeOf(self)).toBe('FAILED_PRECONDITION');
  });

  it('refuses an admin revoking any role of their own, with the reason, and changes nothing', async () => {
    const code = (
      await h.ok('district_admin', 'account', 'createInvite', {
        binding: { role: 'grid_staff', branchId: 'b-yc-2' },
        note: '',
      })
    ).code;
    await h.ok('district_admin', 'account', 'redeemInvite', { code });
    const refused = await h.call('district_admin', 'account', 'revokeRole', {
      openid: 'demo-district-admin',
      binding: { role: 'grid_staff', branchId: 'b-yc-2' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FAILED_PRECONDITION',
        message: '不能撤销自己的身份，请其他管理员办理',
        details: { reason: 'OWN_ROLE' },
      },
    });
    const roles = (await h.ok('district_admin', 'account', 'me', {})).roles.map((r: { role: string }) => r.role);
    expect(roles).toEqual(expect.arrayContaining(['district_admin', 'grid_staff']));
  });

  it("lists invites within the admin's scope", async () => {
    await h.ok('district_admin', 'account', 'createInvite', {
      binding: { role: 'grid_staff', branchId: 'b-ra-1' },
      note: '',
    });
    await h.ok('community_admin', 'account', 'createInvite', gridInvite);
    expect(await h.ok('district_admin', 'account', 'listInvites', {})).toHaveLength(2);
    const mine = await h.ok('community_admin', 'account', 'listInvites', {});
    expect(mine.map((i) => i.placeName)).toEqual(['宜昌路第一网格党支部']);
  });
});

describe('inbox', () => {
  it("marks only the caller's own messages as read", async () => {
    const code = (await h.ok('district_admin', 'account', 'createInvite', gridInvite)).code;
    await h.ok({ openid: 'wx-owner' }, 'account', 'redeemInvite', { code });
    const [message] = (await h.ok({ openid: 'wx-owner' }, 'account', 'inbox', {})).messages;
    expect((await h.ok({ openid: 'wx-other' }, 'account', 'markRead', { ids: [message.id] })).marked).toBe(0);
    expect((await h.ok({ openid: 'wx-owner' }, 'account', 'markRead', { ids: [message.id] })).marked).toBe(1);
    expect((await h.ok({ openid: 'wx-owner' }, 'account', 'inbox', {})).unread).toBe(0);
  });
});

describe('account.hotlines', () => {
  it('refuses a caller without an identity', async () => {
    expect(codeOf(await h.call(null, 'account', 'hotlines', {}))).toBe('UNAUTHENTICATED');
  });

  it('lists the sub-district hotline first, then each community, as tap-to-call numbers', async () => {
    const { hotlines } = await h.ok('resident', 'account', 'hotlines', {});
    expect(hotlines[0]).toEqual({ name: '湖岛街道服务热线', phone: expect.stringMatching(/^0532-\d{8}$/) });
    expect(hotlines.map((x) => x.name)).toEqual(expect.arrayContaining(['宜昌路社区服务热线', '瑞安路社区服务热线']));
    expect(hotlines).toHaveLength(4);
  });

  it('leaves out a unit without a hotline', async () => {
    const unit = await h.deps.store.get(ORG_UNITS, 'c-ruian');
    const { hotline: _drop, ...rest } = unit!;
    await h.deps.store.transaction((tx) => tx.set(ORG_UNITS, rest));
    const { hotlines } = await h.ok('resident', 'account', 'hotlines', {});
    expect(hotlines.map((x) => x.name)).not.toContain('瑞安路社区服务热线');
  });
});
