import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { useRunner } from '../../../hooks/use-runner';

export interface VisitDraft {
  date: string;
  visitors: string;
  peopleMet: string;
  /** One finding per line, as people write a list. */
  findings: string;
}

/** The findings of a draft: one per non-empty line. */
export function findingLines(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.replace(/^\s*(?:[·•-]|\d{1,2}[、)）]|\d{1,2}\.(?!\d))\s*/, '').trim())
    .filter((line) => line.length > 0);
}

/** 记录走访: the enterprise's name for the heading, and sending the visit. */
export function useVisitForm(enterpriseId: string) {
  const enterprise = useResource(() => call('enterprise', 'get', { enterpriseId }));
  const { busy, outcome, run, say } = useRunner();

  const submit = useCallback(
    async (d: VisitDraft) => {
      if (!d.date) {
        say({ ok: false, text: '请选择走访日期' });
        return null;
      }
      return run(
        'submit',
        () =>
          call('enterprise', 'logVisit', {
            enterpriseId,
            date: d.date,
            visitors: d.visitors,
            peopleMet: d.peopleMet,
            findings: findingLines(d.findings),
          }),
        '走访已记录。',
      );
    },
    [enterpriseId, run, say],
  );

  return { enterprise, submit, busy: busy !== null, outcome };
}
