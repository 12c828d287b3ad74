import { call } from '../../../api/client';
import { replace } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { CoursePage } from '../lib/types';
import { useEditorForm } from '../lib/use-editor-form';
import { changedCourseFields, courseInput, emptyCourseForm, formFromCourse } from './course-form';

export const COURSE_CONFLICT_TEXT = '这门课程已被他人修改，已为您刷新为最新内容。请核对后再保存。';

/** Create a course, or edit one (`course` shows drafts to staff, with the lesson outline the page lists). */
export function useCourseForm(courseId: string | undefined, justCreated: boolean) {
  return useEditorForm({
    load: courseId ? () => call('culture', 'course', { courseId }) : null,
    docOf: (page: CoursePage) => page.course,
    empty: emptyCourseForm,
    toForm: formFromCourse,
    validate: courseInput,
    changed: changedCourseFields,
    async create(input, form) {
      const created = await call('culture', 'createCourse', { mode: form.mode, ...input });
      replace(CULTURE_PATHS.courseEdit(created.id, true));
    },
    async save(current, patch, page) {
      const saved = await call('culture', 'updateCourse', { courseId: current.id, version: current.version, ...patch });
      const text = saved.published
        ? '已保存。居民在文化课堂里能看到这门课。'
        : '已保存。这门课还没发布，居民暂时看不到。';
      return { page: { ...page, course: saved }, text };
    },
    conflictText: COURSE_CONFLICT_TEXT,
    initialOutcome: justCreated ? { ok: true, text: '课程已建好。现在可以添加课时。' } : null,
  });
}
