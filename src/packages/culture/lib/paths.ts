/**
 * Page paths of the culture subpackage. course, session and mine are also
 * written into messages by the server (server/domain/culture/notices.ts), so
 * they must not move.
 */
const ROOT = '/packages/culture';

export const CULTURE_PATHS = {
  catalogue: `${ROOT}/catalogue/index`,
  course: (id: string) => `${ROOT}/course/index?id=${encodeURIComponent(id)}`,
  lesson: (id: string) => `${ROOT}/lesson/index?id=${encodeURIComponent(id)}`,
  session: (id: string) => `${ROOT}/session/index?id=${encodeURIComponent(id)}`,
  mine: `${ROOT}/mine/index`,
  manage: `${ROOT}/manage/index`,
  sessionEdit: (id?: string) =>
    id ? `${ROOT}/session-edit/index?id=${encodeURIComponent(id)}` : `${ROOT}/session-edit/index`,
  roster: (id: string) => `${ROOT}/roster/index?id=${encodeURIComponent(id)}`,
  stats: `${ROOT}/stats/index`,
  courseEdit: (id?: string, created?: boolean) =>
    id
      ? `${ROOT}/course-edit/index?id=${encodeURIComponent(id)}${created ? '&created=1' : ''}`
      : `${ROOT}/course-edit/index`,
  lessonEdit: (ref: { id: string } | { courseId: string }) =>
    'id' in ref
      ? `${ROOT}/lesson-edit/index?id=${encodeURIComponent(ref.id)}`
      : `${ROOT}/lesson-edit/index?courseId=${encodeURIComponent(ref.courseId)}`,
};
