import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { saveTextFile } from '../../../platform/download';
import { exportedText } from '../lib/exported';
import type { ManageList } from '../lib/types';
import type { Outcome } from '../../../components/Notice';

/** The organiser's list of courses and sessions in their scope, and exporting a course's learners. */
export function useManage() {
  const list = useResource<ManageList>(() => call('culture', 'manageList'));
  const [exporting, setExporting] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportCourse = useCallback(async (courseId: string) => {
    setExporting(courseId);
    setOutcome(null);
    try {
      const file = await call('culture', 'exportEnrolments', { courseId });
      const text = exportedText(
        await saveTextFile({ filename: file.filename, mimeType: file.mimeType, content: file.content }),
        file.rows,
      );
      if (text) setOutcome({ ok: true, text });
    } catch (err) {
      setOutcome({ ok: false, text: toApiError(err).message });
    } finally {
      setExporting(null);
    }
  }, []);

  return { list, exporting, outcome, exportCourse };
}
