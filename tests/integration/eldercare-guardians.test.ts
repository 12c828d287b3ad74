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
    expect((await h.ok('relative', 'eldercare', 'listGuardians', { elderId: ZHANG })).map((g) => g.openid)).toEqual(['demo-relative']);
    expect(codeOf(await h.call('resident', 'eldercare', 'listGuardians', { elderId: ZHANG }))).toBe('NOT_FOUND');
  });

  it('is open to admins of the elder and closed to others', async () => {
    expect((await h.ok('community_admin', 'eldercare', 'listGuardians', { elderId: ZHANG })).map((g) => g.isMe)).toEqual([false]);
    expect(codeOf(await h.call('partner_barber', 'eldercare', 'listGuardians', { elderId: ZHANG }))).toBe('NOT_FOUND');
  });
});
