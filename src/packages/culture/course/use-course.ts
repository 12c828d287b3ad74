import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import type { CoursePage } from '../lib/types';
import type { Outcome } from '../../../components/Notice';

/** A course page: outline, my progress, and enrolling. */
export function useCourse(courseId: string) {
  const course = useResource<CoursePage>(() => call('culture', 'course', { courseId }), { enabled: Boolean(courseId) });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { reload } = course;

  const enrol = useCallback(async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await call('culture', 'enrolCourse', { courseId });
      setOutcome({ ok: true, text: '报名成功，现在就可以开始学习了。' });
      reload();
    } catch (err) {
      setOutcome({ ok: false, text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  }, [courseId, reload]);

  return { course, busy, outcome, enrol };
}
