import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { replace } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { CoursePage } from '../lib/types';
import type { Outcome } from '../parts/Notice';
import { changedCourseFields, courseInput, emptyCourseForm, formFromCourse, type CourseForm } from './course-form';

export const COURSE_CONFLICT_TEXT = '这门课程已被他人修改，已为您刷新为最新内容。请核对后再保存。';

/**
 * Create a course, or edit one with the version the editor saw. A stale save
 * (CONFLICT) reloads the course and refills the form, so the editor never
 * overwrites someone else's change without seeing it.
 */
export function useCourseForm(courseId: string | undefined, justCreated: boolean) {
  const editing = Boolean(courseId);
  // `course` shows drafts to staff, with the lesson outline the page lists.
  const existing = useResource<CoursePage>(() => call('culture', 'course', { courseId: courseId! }), { enabled: editing });
  const [form, setForm] = useState<CourseForm>(emptyCourseForm);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(justCreated ? { ok: true, text: '课程已建好。现在可以添加课时。' } : null);
  const filled = useRef(false);

  useEffect(() => {
    if (!existing.data || filled.current) return;
    filled.current = true;
    setForm(formFromCourse(existing.data.course));
  }, [existing.data]);

  const update = useCallback((patch: Partial<CourseForm>) => setForm((prev) => ({ ...prev, ...patch })), []);

  const save = useCallback(async () => {
    const checked = courseInput(form);
    if ('error' in checked) {
      setOutcome({ ok: false, text: checked.error });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      if (!editing) {
        const created = await call('culture', 'createCourse', { mode: form.mode, ...checked.input });
        replace(CULTURE_PATHS.courseEdit(created.id, true));
        return;
      }
      const current = existing.data!.course;
      const before = courseInput(formFromCourse(current));
      const patch = 'input' in before ? changedCourseFields(before.input, checked.input) : checked.input;
      if (Object.keys(patch).length === 0) {
        setOutcome({ ok: true, text: '没有改动。' });
        return;
      }
      const saved = await call('culture', 'updateCourse', { courseId: current.id, version: current.version, ...patch });
      existing.setData((prev) => (prev ? { ...prev, course: saved } : prev));
      setOutcome({ ok: true, text: saved.published ? '已保存。居民在文化课堂里能看到这门课。' : '已保存。这门课还没发布，居民暂时看不到。' });
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'CONFLICT') {
        filled.current = false;
        existing.reload();
        setOutcome({ ok: false, text: COURSE_CONFLICT_TEXT });
      } else {
        setOutcome({ ok: false, text: error.message });
      }
    } finally {
      setBusy(false);
    }
  }, [form, editing, existing]);

  return { editing, existing, form, update, save, busy, outcome };
}
