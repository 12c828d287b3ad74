import { newUser, USERS, withBindings } from '../../server/domain/account/users';
import { CONTACTS } from '../../server/domain/enterprise/model';
import type { RoleBinding } from '../../server/core/roles';
import type { Harness } from '../helpers/harness';

/** Demo enterprises of seed/enterprise.ts (ids come from their credit codes). */
export const GOOD_RV = 'ent-91370203madx000032'; // 固特房车: manufacturing, medium, liaison lia-economy, contact persona
export const GUOLIN = 'ent-91370203madx00002y'; // 国林环保: manufacturing, medium, liaison lia-director
export const WANHUI = 'ent-91370203madx000045'; // 湾汇软件: it, small, liaison lia-economy
export const MEIQING = 'ent-91370203madx00006b'; // 美青食品: manufacturing, micro, no liaison
export const LOGISTICS = 'ent-91370203madx00007e'; // 环湾物流: pending verification

/** A user holding the given bindings, written straight to the store (as an invite would leave it). */
export async function userWith(h: Harness, openid: string, bindings: RoleBinding[]): Promise<{ openid: string }> {
  const now = h.clock.now();
  await h.deps.store.transaction((tx) =>
    tx.set(USERS, { ...withBindings(newUser(openid, now, '测试用户'), bindings, now), consent: null }),
  );
  return { openid };
}

/** The contact rows the job's foundation keeps (who hears an enterprise's messages). */
export async function addContact(h: Harness, enterpriseId: string, openid: string): Promise<{ openid: string }> {
  const who = await userWith(h, openid, [{ role: 'enterprise_contact', enterpriseId }]);
  await h.deps.store.transaction((tx) =>
    tx.set(CONTACTS, {
      _id: `${enterpriseId}_${openid}`,
      enterpriseId,
      openid,
      name: '测试联系人',
      phone: null,
      joinedVia: 'invite',
      joinedAt: h.clock.now().toISOString(),
    }),
  );
  return who;
}

export const NEW_JOB = {
  title: '数控车工',
  description: '操作数控车床加工零件，有经验优先。',
  openings: 2,
  pay: '6000–8000 元/月',
  workplace: '美青工业园 3 号厂房',
};
