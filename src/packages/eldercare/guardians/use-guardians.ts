import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { ElderProfile, Guardian, Relation } from '../lib/types';
import { useRunner } from '../lib/use-runner';

/** A user number as residents copy it from 我的: letters, digits, - and _ only (spaces from copying are dropped). */
export function cleanUserNumber(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The family members who look after one elder: add one by the user number
 * they read on their 我的 page, or remove one (also oneself). Every change
 * reloads the list, so what is shown is what the server holds.
 */
export function useGuardians(elderId: string) {
  const elder = useResource<ElderProfile>(() => call('eldercare', 'getElder', { elderId }), { enabled: !!elderId });
  const guardians = useResource<Guardian[]>(() => call('eldercare', 'listGuardians', { elderId }), { enabled: !!elderId });
  const { busy, outcome, run, say } = useRunner();
  const { reload } = guardians;
  // After leaving, the elder is no longer the caller's to see: the page says so instead of reloading into an error.
  const [left, setLeft] = useState(false);

  const add = useCallback(
    async (userNumber: string, relation: Relation): Promise<boolean> => {
      const openid = cleanUserNumber(userNumber);
      if (openid.length < 3) {
        say({ ok: false, text: '请填写对方的用户编号。对方可以在“我的”页面看到并复制。' });
        return false;
      }
      const done = await run('add', () => call('eldercare', 'addGuardian', { elderId, openid, relation }), '已添加家属。对方会收到通知，以后也可以为老人预约。');
      if (done) reload();
      return done !== null;
    },
    [elderId, run, say, reload],
  );

  const remove = useCallback(
    async (g: Guardian): Promise<boolean> => {
      const done = await run(`remove-${g.openid}`, () => call('eldercare', 'removeGuardian', { elderId, openid: g.openid }), g.isMe ? '您已不再是这位老人的家属。' : `已移除${g.name}。已经约好的服务不受影响。`);
      if (done && g.isMe) setLeft(true);
      else if (done) reload();
      return done !== null;
    },
    [elderId, run, reload],
  );

  return { elder, guardians, add, remove, busy, outcome, left };
}
