import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { EnterpriseView } from '../lib/types';
import { useRunner } from '../../../hooks/use-runner';
import { draftProblem, type RegistrationDraft } from './draft';

/**
 * Registration, or the correction of a rejected one (`id` given): checks the
 * draft on the phone first, then sends it; the server's refusal (a code
 * already registered, say) is shown as it says it.
 */
export function useRegister(id: string | undefined) {
  const existing = useResource<EnterpriseView | null>(() =>
    id ? call('enterprise', 'get', { enterpriseId: id }) : Promise.resolve(null),
  );
  const { busy, outcome, run, say } = useRunner();

  const submit = useCallback(
    async (d: RegistrationDraft): Promise<EnterpriseView | null> => {
      const problem = draftProblem(d, !id);
      if (problem) {
        say({ ok: false, text: problem });
        return null;
      }
      const fields = {
        name: d.name.trim(),
        industry: d.industry!,
        size: d.size!,
        address: d.address.trim(),
        contactName: d.contactName.trim(),
        contactPhone: d.contactPhone.trim(),
      };
      const current = existing.data;
      if (id && current) {
        return run(
          'submit',
          () => call('enterprise', 'resubmit', { enterpriseId: id, version: current.version, ...fields }),
          '已重新提交，街道核实后会通知您。',
        );
      }
      return run(
        'submit',
        () => call('enterprise', 'register', { ...fields, creditCode: d.creditCode }),
        '登记已提交，街道核实后会通知您。',
      );
    },
    [id, existing.data, run, say],
  );

  return { existing, submit, busy: busy !== null, outcome };
}
