import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { ZHANG } from './eldercare-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('listGuardians (the 家属 page)', () => {
  it('lists the current guardians with names and marks the caller; follows add and remove', async () => {
    expect(await h.ok('relative', 'eldercare', 'listGuardians', { elderId: ZHANG })).toEqual([
      expect.objectContaining({ openid: 'demo-relative', name: '张丽', relation: '子女', isMe: true }),
    ]);
    await h.ok('relative', 'eldercare', 'addGuardian', { elderId: ZHANG, openid: 'demo-resident', relation: '亲属' });
    const both = await h.ok('resident', 'eldercare', 'listGuardians', { elderId: ZHANG });
    expect(both.map((g) => [g.name, g.relation, g.isMe])).toEqual([
      ['张丽', '子女', false],
      ['王建华', '亲属', true],
    ]);
    await h.ok('resident', 'eldercare', 'removeGuardian', { elderId: ZHANG, openid: 'demo-resident' });
    expect((await h.ok('relative', 'eldercare', 'listGuardians', { elderId: ZHANG })).map((g) => g.openid)).toEqual([
      'demo-relative',
    ]);
    expect(codeOf(await h.call('resident', 'eldercare', 'listGuardians', { elderId: ZHANG }))).toBe('NOT_FOUND');
  });

  it('is open to admins of the elder and closed to others', async () => {
    expect(
      (await h.ok('community_admin', 'eldercare', 'listGuardians', { elderId: ZHANG })).map((g) => g.isMe),
    ).toEqual([false]);
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'listGuardians', { elderId: ZHANG }))).toBe('NOT_FOUND');
  });
});

describe('link codes: a relative joins as 家属 by a code the family shows', () => {
  it('a guardian makes a 6-digit code with a QR text; the relative redeems it and becomes 家属 with that relation', async () => {
    const made = await h.ok('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '孙辈' });
    expect(made.code).toMatch(/^\d{6}$/);
    expect(made.qr).toBe(`dqej-family:${made.code}`);
    expect(made.minutes).toBe(30);
    const joined = await h.ok('resident', 'eldercare', 'redeemLinkCode', { code: made.code });
    expect(joined).toEqual({ elderId: ZHANG, elderName: '张德顺', relation: '孙辈' });
    const list = await h.ok('resident', 'eldercare', 'listGuardians', { elderId: ZHANG });
    expect(list.map((g) => [g.openid, g.relation])).toEqual([
      ['demo-relative', '子女'],
      ['demo-resident', '孙辈'],
    ]);
  });

  it('accepts the scanned QR text and spaces typed in the code', async () => {
    const made = await h.ok('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' });
    await h.ok('resident', 'eldercare', 'redeemLinkCode', { code: made.qr });
    const again = await h.ok('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' });
    await h.ok({ openid: 'wx-neighbour-1' }, 'account', 'me', {});
    await h.ok({ openid: 'wx-neighbour-1' }, 'eldercare', 'redeemLinkCode', {
      code: `${again.code.slice(0, 3)} ${again.code.slice(3)}`,
    });
  });

  it('works once: a second person gets a plain refusal', async () => {
    const made = await h.ok('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' });
    await h.ok('resident', 'eldercare', 'redeemLinkCode', { code: made.code });
    const second = await h.call('grid_worker', 'eldercare', 'redeemLinkCode', { code: made.code });
    expect(codeOf(second)).toBe('FAILED_PRECONDITION');
    expect(!second.ok && second.error.message).toContain('已经用过');
  });

  it('two people redeeming the same code at the same moment: exactly one becomes 家属', async () => {
    const made = await h.ok('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' });
    const results = await Promise.all([
      h.call('resident', 'eldercare', 'redeemLinkCode', { code: made.code }),
      h.call('grid_worker', 'eldercare', 'redeemLinkCode', { code: made.code }),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['FAILED_PRECONDITION', 'OK']);
    const guardians = await h.ok('relative', 'eldercare', 'listGuardians', { elderId: ZHANG });
    expect(guardians).toHaveLength(2);
  });

  it('expires after 30 minutes', async () => {
    const made = await h.ok('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' });
    h.clock.advance(31 * 60_000);
    const late = await h.call('resident', 'eldercare', 'redeemLinkCode', { code: made.code });
    expect(codeOf(late)).toBe('NOT_FOUND');
    expect(!late.ok && late.error.message).toContain('已过期');
  });

  it('is made only by a guardian or an admin of the elder; 本人 is not a relation to hand out', async () => {
    expect(codeOf(await h.call('resident', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await h.call('partner_barber', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' })),
    ).toBe('NOT_FOUND');
    expect(
      (await h.ok('community_admin', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '邻居' })).code,
    ).toMatch(/^\d{6}$/);
    expect(
      codeOf(await h.call('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '本人' as never })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('refuses a malformed code, an unknown code, and someone who is already 家属 (the code stays usable)', async () => {
    expect(codeOf(await h.call('resident', 'eldercare', 'redeemLinkCode', { code: '12ab' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(await h.call('resident', 'eldercare', 'redeemLinkCode', { code: '000000' }))).toBe('NOT_FOUND');
    const made = await h.ok('relative', 'eldercare', 'createLinkCode', { elderId: ZHANG, relation: '亲属' });
    expect(codeOf(await h.call('relative', 'eldercare', 'redeemLinkCode', { code: made.code }))).toBe(
      'FAILED_PRECONDITION',
    );
    await h.ok('resident', 'eldercare', 'redeemLinkCode', { code: made.code });
  });
});
