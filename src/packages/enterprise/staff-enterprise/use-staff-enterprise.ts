import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { useRunner } from '../../../hooks/use-runner';
import type { InputOf } from '../../../api/types';

export type FindingType = InputOf<'enterprise', 'fileFinding'>['type'];

/** The request types a finding can become (financing needs the enterprise's own amount, purpose and term). */
export const FINDING_TYPES: Array<{ value: FindingType; label: string }> = [
  { value: 'hiring', label: '招工' },
  { value: 'policy', label: '政策咨询' },
  { value: 'premises', label: '场地' },
  { value: 'permits', label: '审批' },
  { value: 'other', label: '其他' },
];

/**
 * One enterprise for staff: its registration, contacts and visits; the
 * office's decisions (verify, reject with reason, assign a liaison) send the
 * version the page showed, so a decision on stale data is refused and the
 * page reloads to show what changed.
 */
export function useStaffEnterprise(enterpriseId: string, office: boolean) {
  const enterprise = useResource(() => call('enterprise', 'get', { enterpriseId }));
  const contacts = useResource(() => call('enterprise', 'contacts', { enterpriseId }));
  const visits = useResource(() => call('enterprise', 'visits', { enterpriseId, limit: 20 }));
  const liaisons = useResource(() => call('enterprise', 'liaisons'), { enabled: office });
  const { busy, outcome, run, say } = useRunner();
  const { reload } = enterprise;
  const version = enterprise.data?.version ?? 0;

  const verify = useCallback(async () => {
    await run(
      'verify',
      () => call('enterprise', 'verify', { enterpriseId, version }),
      '已核实通过，企业联系人会收到通知。',
    );
    reload();
  }, [enterpriseId, version, run, reload]);

  const reject = useCallback(
    async (reason: string) => {
      if (reason.trim().length < 2) {
        say({ ok: false, text: '请填写未通过的原因（至少 2 个字），企业会看到它' });
        return false;
      }
      const done = await run(
        'reject',
        () => call('enterprise', 'reject', { enterpriseId, version, reason: reason.trim() }),
        '已退回，企业联系人会收到原因。',
      );
      reload();
      return done !== null;
    },
    [enterpriseId, version, run, say, reload],
  );

  const assign = useCallback(
    async (liaisonId: string | null) => {
      if (!liaisonId) {
        say({ ok: false, text: '请选择包联责任人' });
        return;
      }
      await run(
        'assign',
        () => call('enterprise', 'assignLiaison', { enterpriseId, version, liaisonId }),
        (e) => `已安排${e.liaisonName ?? ''}包联。`,
      );
      reload();
    },
    [enterpriseId, version, run, say, reload],
  );

  const { reload: reloadVisits } = visits;
  const fileFinding = useCallback(
    async (visitId: string, findingId: string, type: FindingType) => {
      const done = await run(
        `file-${visitId}-${findingId}`,
        () => call('enterprise', 'fileFinding', { visitId, findingId, type }),
        (r) => `已转为诉求 ${r.ticketNo}，按时限办理。`,
      );
      reloadVisits();
      return done !== null;
    },
    [run, reloadVisits],
  );

  return { enterprise, contacts, visits, liaisons, verify, reject, assign, fileFinding, busy, outcome };
}
