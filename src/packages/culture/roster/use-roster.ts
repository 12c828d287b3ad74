import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import type { OutputOf } from '../../../api/types';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { saveTextFile } from '../../../platform/download';
import { scanQrCode } from '../../../platform/scan';
import type { Roster, RosterRow } from '../lib/types';
import { exportedText } from '../lib/exported';
import type { Outcome } from '../../../components/Notice';

type CheckInOutput = OutputOf<'culture', 'checkIn'>;

function checkedInText(reply: CheckInOutput): string {
  const who = reply.enrolment.name || '这位居民';
  return `${who}签到成功（报名序号 ${reply.enrolment.ticketNo ?? '-'}）。`;
}

/**
 * The organiser's list of one session on the day: check-in (code, scan, tick),
 * no-shows and corrections, export, and cancelling the session. Every change
 * reloads the list, because another staff member may be ticking at the same time.
 */
export function useRoster(sessionId: string) {
  const roster = useResource<Roster>(() => call('culture', 'roster', { sessionId }), { enabled: Boolean(sessionId) });
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { reload } = roster;

  /** Runs one change; resolves true when it worked (forms clear their fields then). */
  const run = useCallback(
    async (key: string, work: () => Promise<string | null>): Promise<boolean> => {
      setBusy(key);
      setOutcome(null);
      try {
        const text = await work();
        if (text) setOutcome({ ok: true, text });
        return true;
      } catch (err) {
        setOutcome({ ok: false, text: toApiError(err).message });
        return false;
      } finally {
        setBusy(null);
        reload();
      }
    },
    [reload],
  );

  const checkInCode = (code: string) => {
    const digits = code.replace(/\D/g, '');
    if (digits.length < 6) {
      setOutcome({ ok: false, text: '签到码是 6 位数字，请核对后再输入。' });
      return Promise.resolve(false);
    }
    return run('code', async () => checkedInText(await call('culture', 'checkIn', { sessionId, code: digits })));
  };

  const scan = () =>
    run('scan', async () => {
      const text = await scanQrCode();
      if (!text) return null;
      return checkedInText(await call('culture', 'checkIn', { qr: text }));
    });

  const tick = (row: RosterRow) =>
    run(`tick:${row.enrolmentId}`, async () =>
      checkedInText(await call('culture', 'checkIn', { enrolmentId: row.enrolmentId })),
    );

  const noShow = (row: RosterRow) =>
    run(`noshow:${row.enrolmentId}`, async () => {
      await call('culture', 'markNoShow', { enrolmentId: row.enrolmentId });
      return `已把${row.name}记为缺席。`;
    });

  const reset = (row: RosterRow) =>
    run(`reset:${row.enrolmentId}`, async () => {
      await call('culture', 'resetAttendance', { enrolmentId: row.enrolmentId });
      return `已撤销${row.name}的签到记录，改回“已报名”。`;
    });

  const markAllNoShows = () =>
    run('noshows', async () => {
      const { marked } = await call('culture', 'markNoShows', { sessionId });
      return marked > 0 ? `已把 ${marked} 位未签到的人记为缺席。` : '没有未签到的人。';
    });

  const cancelSession = (reason: string) => {
    if (!reason.trim()) {
      setOutcome({ ok: false, text: '请先写明取消原因，报名的居民会收到这条说明。' });
      return Promise.resolve(false);
    }
    return run('cancel', async () => {
      const { notified } = await call('culture', 'cancelSession', { sessionId, reason: reason.trim() });
      return `活动已取消，已通知 ${notified} 位报名和候补的居民。`;
    });
  };

  const exportCsv = () =>
    run('export', async () => {
      const file = await call('culture', 'exportEnrolments', { sessionId });
      return exportedText(
        await saveTextFile({ filename: file.filename, mimeType: file.mimeType, content: file.content }),
        file.rows,
      );
    });

  return { roster, busy, outcome, checkInCode, scan, tick, noShow, reset, markAllNoShows, cancelSession, exportCsv };
}
