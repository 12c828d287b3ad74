import { useRef } from 'react';
import { call } from '../../../api/client';
import { backTo } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { LessonPage } from '../lib/types';
import { useEditorForm } from '../lib/use-editor-form';
import { changedLessonFields, emptyLessonForm, formFromLesson, lessonInput } from './lesson-form';

export const LESSON_CONFLICT_TEXT = '这一课已被他人修改，已为您刷新为最新内容。请核对后再保存。';

/**
 * Add a lesson to an online course, or edit one (staff may open any lesson
 * through `lesson`, the player's own action).
 */
export function useLessonForm(params: { id?: string; courseId?: string }) {
  const lessonId = params.id;
  // The course comes from the loaded lesson or the link; save-time callbacks read it here.
  const course = useRef<string | null>(params.courseId ?? null);
  const editor = useEditorForm({
    load: lessonId ? () => call('culture', 'lesson', { lessonId }) : null,
    docOf: (page: LessonPage) => page.lesson,
    empty: emptyLessonForm,
    toForm: formFromLesson,
    validate: lessonInput,
    changed: changedLessonFields,
    precondition: () => (course.current ? null : '不知道要加到哪门课程。请回到课程页面再点“添加一课”。'),
    async create(input) {
      const courseId = course.current!;
      await call('culture', 'createLesson', { courseId, ...input });
      backTo(CULTURE_PATHS.courseEdit(courseId));
    },
    async save(current, patch, page) {
      const saved = await call('culture', 'updateLesson', { lessonId: current.id, version: current.version, ...patch });
      return { page: { ...page, lesson: { ...page.lesson, ...saved } }, text: '已保存。' };
    },
    conflictText: LESSON_CONFLICT_TEXT,
  });
  course.current = editor.existing.data?.course.id ?? params.courseId ?? null;
  return { ...editor, courseId: course.current };
}
