import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { backTo } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { LessonPage } from '../lib/types';
import type { Outcome } from '../parts/Notice';
import { changedLessonFields, emptyLessonForm, formFromLesson, lessonInput, type LessonForm } from './lesson-form';

export const LESSON_CONFLICT_TEXT = '这一课已被他人修改，已为您刷新为最新内容。请核对后再保存。';

/**
 * Add a lesson to an online course, or edit one with the version the editor
 * saw (staff may open any lesson through `lesson`, the player's own action).
 */
export function useLessonForm(params: { id?: string; courseId?: string }) {
  const lessonId = params.id;
  const editing = Boolean(lessonId);
  const existing = useResource<LessonPage>(() => call('culture', 'lesson', { lessonId: lessonId! }), { enabled: editing });
  const [form, setForm] = useState<LessonForm>(emptyLessonForm);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const filled = useRef(false);
  const courseId = existing.data?.course.id ?? params.courseId ?? null;

  useEffect(() => {
    if (!existing.data || filled.current) return;
    filled.current = true;
    setForm(formFromLesson(existing.data.lesson));
  }, [existing.data]);

  const update = useCallback((patch: Partial<LessonForm>) => setForm((prev) => ({ ...prev, ...patch })), []);

  const save = useCallback(async () => {
    const checked = lessonInput(form);
    if ('error' in checked) {
      setOutcome({ ok: false, text: checked.error });
      return;
    }
    if (!courseId) {
      setOutcome({ ok: false, text: '不知道要加到哪门课程。请回到课程页面再点“添加一课”。' });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      if (!editing) {
        await call('culture', 'createLesson', { courseId, ...checked.input });
        backTo(CULTURE_PATHS.courseEdit(courseId));
        return;
      }
      const current = existing.data!.lesson;
      const before = lessonInput(formFromLesson(current));
      const patch = 'input' in before ? changedLessonFields(before.input, checked.input) : checked.input;
      if (Object.keys(patch).length === 0) {
        setOutcome({ ok: true, text: '没有改动。' });
        return;
      }
      const saved = await call('culture', 'updateLesson', { lessonId: current.id, version: current.version, ...patch });
      existing.setData((prev) => (prev ? { ...prev, lesson: { ...prev.lesson, ...saved } } : prev));
      setOutcome({ ok: true, text: '已保存。' });
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'CONFLICT' && editing) {
        filled.current = false;
        existing.reload();
        setOutcome({ ok: false, text: LESSON_CONFLICT_TEXT });
      } else {
        setOutcome({ ok: false, text: error.message });
      }
    } finally {
      setBusy(false);
    }
  }, [form, editing, existing, courseId]);

  return { editing, existing, form, update, save, busy, outcome, courseId };
}
