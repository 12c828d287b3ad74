import type { CategoryId, CourseEditInput, ManagedCourse } from '../lib/types';

/**
 * The staff form for a course as plain field values, and its translation into
 * the server's input. Pure, so the rules are tested without a page.
 */
export interface CourseForm {
  mode: 'online' | 'offline';
  title: string;
  category: CategoryId;
  summary: string;
  teacher: string;
  /** 'yes': residents see it in the catalogue; 'no': a draft only staff see. */
  published: 'yes' | 'no';
}

export function emptyCourseForm(): CourseForm {
  return { mode: 'online', title: '', category: 'taichi', summary: '', teacher: '', published: 'no' };
}

type Editable = Pick<ManagedCourse, 'mode' | 'title' | 'category' | 'summary' | 'teacher' | 'published'>;

export function formFromCourse(c: Editable): CourseForm {
  return {
    mode: c.mode,
    title: c.title,
    category: c.category as CategoryId,
    summary: c.summary,
    teacher: c.teacher,
    published: c.published ? 'yes' : 'no',
  };
}

export function courseInput(form: CourseForm): { input: CourseEditInput } | { error: string } {
  const title = form.title.trim();
  if (!title) return { error: '请填写课程名称。' };
  return {
    input: {
      title,
      category: form.category,
      summary: form.summary.trim(),
      teacher: form.teacher.trim(),
      published: form.published === 'yes',
    },
  };
}

/** Only the fields that changed (the mode is fixed once created: lessons or sessions hang on it). */
export function changedCourseFields(before: CourseEditInput, after: CourseEditInput): Partial<CourseEditInput> {
  const patch: Partial<CourseEditInput> = {};
  for (const key of Object.keys(after) as Array<keyof CourseEditInput>) {
    if (before[key] !== after[key]) (patch as Record<string, unknown>)[key] = after[key];
  }
  return patch;
}
