import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { GUTE, HUITONG, reasonOf } from './enterprise-helpers';

/** More contacts join an enterprise by its one-time invite code; nobody else reads its contacts. */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const colleague = { openid: 'ent-colleague-1' };
const joiner = { name: '韩梅', phone: '13900000031' };

describe('inviting a colleague', () => {
  it('makes whoever redeems the code a contact of the same enterprise, once', async () => {
    const invite = await h.ok('enterprise_contact', 'enterprise', 'createInvite', { enterpriseId: GUTE });
    expect(invite).toMatchObject({ enterpriseId: GUTE, status: 'open' });
    expect(
      (await h.ok('enterprise_contact', 'enterprise', 'invites', { enterpriseId: GUTE })).map((i) => i.code),
    ).toContain(invite.code);
    const joined = await h.ok(colleague, 'enterprise', 'joinByInvite', {
      code: invite.code.toLowerCase().replace(/(.{4})/, '$1 '),
      ...joiner,
    });
    expect(joined).toEqual({ enterpriseId: GUTE, enterpriseName: '固特房车(青岛)营地装备有限公司' });
    expect((await h.ok(colleague, 'enterprise', 'mine')).map((e) => e.id)).toEqual([GUTE]);
    const contacts = await h.ok('enterprise_contact', 'enterprise', 'contacts', { enterpriseId: GUTE });
    expect(contacts.map((c) => [c.name, c.joinedVia])).toEqual([
      ['马晓东', 'registration'],
      ['韩梅', 'invite'],
    ]);
    const again = await h.call({ openid: 'ent-colleague-2' }, 'enterprise', 'joinByInvite', {
      code: invite.code,
      ...joiner,
    });
    expect([codeOf(again), reasonOf(again)]).toEqual(['FAILED_PRECONDITION', 'INVITE_USED']);
    const inbox = await h.ok('enterprise_contact', 'account', 'inbox', {});
    expect(inbox.messages.map((m) => m.title)).toContain('新的企业联系人已加入');
  });

  it('refuses an unknown code, an expired one, and someone already a contact', async () => {
    expect(reasonOf(await h.call(colleague, 'enterprise', 'joinByInvite', { code: 'ABCDEFGH', ...joiner }))).toBe(
      'INVITE_INVALID',
    );
    const invite = await h.ok('enterprise_contact', 'enterprise', 'createInvite', { enterpriseId: GUTE });
    expect(
      reasonOf(await h.call('enterprise_contact', 'enterprise', 'joinByInvite', { code: invite.code, ...joiner })),
    ).toBe('ALREADY_A_CONTACT');
    h.clock.advance(73 * 3600_000);
    expect(reasonOf(await h.call(colleague, 'enterprise', 'joinByInvite', { code: invite.code, ...joiner }))).toBe(
      'INVITE_EXPIRED',
    );
  });

  it('refuses bad codes and missing names at the door', async () => {
    for (const input of [
      { code: '12', ...joiner },
      { code: 'ABCDEFGH', name: '', phone: joiner.phone },
      { code: 'ABCDEFGH', name: '韩梅', phone: '1' },
    ]) {
      expect(codeOf(await h.call(colleague, 'enterprise', 'joinByInvite', input))).toBe('INVALID_ARGUMENT');
    }
  });

  it('lets only contacts of the enterprise make invites, and keeps contacts from outsiders', async () => {
    expect(reasonOf(await h.call('enterprise_contact', 'enterprise', 'createInvite', { enterpriseId: HUITONG }))).toBe(
      'ENTERPRISE_NOT_FOUND',
    );
    expect(codeOf(await h.call('economic_staff', 'enterprise', 'createInvite', { enterpriseId: GUTE }))).toBe(
      'PERMISSION_DENIED',
    );
    expect(reasonOf(await h.call('resident', 'enterprise', 'contacts', { enterpriseId: GUTE }))).toBe(
      'ENTERPRISE_NOT_FOUND',
    );
    expect(reasonOf(await h.call('enterprise_contact', 'enterprise', 'contacts', { enterpriseId: HUITONG }))).toBe(
      'ENTERPRISE_NOT_FOUND',
    );
    // The liaison of the enterprise and the office read its contacts.
    expect((await h.ok('liaison', 'enterprise', 'contacts', { enterpriseId: GUTE })).length).toBe(1);
    expect((await h.ok('economic_staff', 'enterprise', 'contacts', { enterpriseId: HUITONG })).length).toBe(1);
  });

  it('lets a contact leave while another remains, after which they see nothing and may delete their account', async () => {
    expect(reasonOf(await h.call('enterprise_contact', 'enterprise', 'leave', { enterpriseId: GUTE }))).toBe(
      'LAST_CONTACT',
    );
    const invite = await h.ok('enterprise_contact', 'enterprise', 'createInvite', { enterpriseId: GUTE });
    await h.ok(colleague, 'enterprise', 'joinByInvite', { code: invite.code, ...joiner });
    expect(await h.ok(colleague, 'enterprise', 'leave', { enterpriseId: GUTE })).toEqual({
      enterpriseId: GUTE,
      left: true,
    });
    expect(await h.ok(colleague, 'enterprise', 'mine')).toEqual([]);
    expect(reasonOf(await h.call(colleague, 'enterprise', 'get', { enterpriseId: GUTE }))).toBe('ENTERPRISE_NOT_FOUND');
    expect(
      (await h.ok('enterprise_contact', 'enterprise', 'contacts', { enterpriseId: GUTE })).map((c) => c.name),
    ).toEqual(['马晓东']);
    expect(codeOf(await h.call(colleague, 'account', 'deleteAccount', { confirm: '注销' }))).toBe('OK');
  });
});

describe('我的数据 of a contact', () => {
  it('lists the enterprises they speak for, with the name and phone they gave', async () => {
    const data = await h.ok('enterprise_contact', 'account', 'myData', {});
    const section = data.sections.find((s) => s.title === '我代表的企业')!;
    expect(section.items.map((i) => i.heading)).toEqual(['固特房车(青岛)营地装备有限公司']);
    expect(section.items[0].lines).toContain('电话：13800000009');
  });
});
