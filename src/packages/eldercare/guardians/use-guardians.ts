import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { ElderProfile, Guardian, LinkCode, Relation } from '../lib/types';
import { useRunner } from '../lib/use-runner';

/**
 * The family members who look after one elder: invite one with a one-time
 * link code (digits and QR) they type or scan, or remove one (also oneself).
 * Every change reloads the list, so what is shown is what the server holds.
 */
export function useGuardians(elderId: string) {
  const elder = useResource<ElderProfile>(() => call('eldercare', 'getElder', { elderId }), { enabled: !!elderId });
  const guardians = useResource<Guardian[]>(() => call('eldercare', 'listGuardians', { elderId }), {
    enabled: !!elderId,
  });
  const { busy, outcome, run } = useRunner();
  const { reload } = guardians;
  // After leaving, the elder is no longer the caller's to see: the page says so instead of reloading into an error.
  const [left, setLeft] = useState(false);

  const [link, setLink] = useState<LinkCode | null>(null);
  const invite = useCallback(
    async (relation: Exclude<Relation, '本人'>): Promise<boolean> => {
      const made = await run('invite', () => call('eldercare', 'createLinkCode', { elderId, relation }));
      if (made) setLink(made);
      return made !== null;
    },
    [elderId, run],
  );

  const remove = useCallback(
    async (g: Guardian): Promise<boolean> => {
      const done = await run(
        `remove-${g.openid}`,
        () => call('eldercare', 'removeGuardian', { elderId, openid: g.openid }),
        g.isMe ? '您已不再是这位老人的家属。' : `已移除${g.name}。已经约好的服务不受影响。`,
      );
      if (done && g.isMe) setLeft(true);
      else if (done) reload();
      return done !== null;
    },
    [elderId, run, reload],
  );

  return { elder, guardians, invite, link, remove, busy, outcome, left };
}
