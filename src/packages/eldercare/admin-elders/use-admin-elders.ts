import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import type { Difficulty, ElderProfile, Verification } from '../lib/types';
import { useRunner } from '../lib/use-runner';

/**
 * Elder profiles in the admin's communities, by verification state. Decisions
 * send the version the admin looked at: a profile the family changed meanwhile
 * is refused, and the list reloads to show the new details.
 */
export function useAdminElders() {
  const {
    filter,
    setFilter,
    resource: elders,
  } = useFilteredResource<Verification, ElderProfile[]>('pending', (verification) =>
    call('eldercare', 'adminElders', { verification }),
  );
  const { busy, outcome, run } = useRunner();
  const { reload } = elders;

  const verify = useCallback(
    async (elder: ElderProfile, difficulty: Difficulty) => {
      const done = await run(
        `verify-${elder.id}`,
        () => call('eldercare', 'verifyElder', { elderId: elder.id, version: elder.version, difficulty }),
        `${elder.name}已核实通过，家属会收到通知。`,
      );
      reload();
      return done !== null;
    },
    [run, reload],
  );

  const reject = useCallback(
    async (elder: ElderProfile, reason: string) => {
      const done = await run(
        `reject-${elder.id}`,
        () => call('eldercare', 'rejectElder', { elderId: elder.id, version: elder.version, reason: reason.trim() }),
        `${elder.name}未通过核实，家属会收到通知和原因。`,
      );
      reload();
      return done !== null;
    },
    [run, reload],
  );

  return { filter, setFilter, elders, verify, reject, busy, outcome };
}
