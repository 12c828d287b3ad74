import type { InputOf, OutputOf } from '../../../api/types';

/** Reply shapes of the `culture` function, named for the pages (type-only: no server code ships). */
export type Catalogue = OutputOf<'culture', 'catalogue'>;
export type CatalogueItem = Catalogue['items'][number];
export type CourseCard = Extract<CatalogueItem, { type: 'course' }>;
export type SessionCard = Extract<CatalogueItem, { type: 'session' }>;
export type CategoryCount = Catalogue['categories'][number];
export type CatalogueMode = NonNullable<InputOf<'culture', 'catalogue'>['mode']>;
export type CategoryId = NonNullable<InputOf<'culture', 'catalogue'>['category']>;

export type CoursePage = OutputOf<'culture', 'course'>;
export type LessonRow = CoursePage['lessons'][number];
export type CourseProgress = NonNullable<CoursePage['progress']>;

export type LessonPage = OutputOf<'culture', 'lesson'>;
export type SavedProgress = OutputOf<'culture', 'saveProgress'>;

export type SessionPage = OutputOf<'culture', 'session'>;
export type MyEnrolment = NonNullable<SessionPage['mine']>;
export type CalendarFile = OutputOf<'culture', 'calendar'>;

export type Mine = OutputOf<'culture', 'mine'>;

export type ManageList = OutputOf<'culture', 'manageList'>;
export type ManagedSession = ManageList['sessions'][number];
export type ManagedCourse = ManageList['courses'][number];
export type Roster = OutputOf<'culture', 'roster'>;
export type RosterRow = Roster['seats'][number];
export type Stats = OutputOf<'culture', 'attendanceStats'>;
export type CreateSessionInput = InputOf<'culture', 'createSession'>;
export type UpdateSessionInput = InputOf<'culture', 'updateSession'>;
export type CreateCourseInput = InputOf<'culture', 'createCourse'>;
/** The fields of the course form (mode and community are set once, at creation). */
export type CourseEditInput = Required<
  Pick<CreateCourseInput, 'title' | 'category' | 'summary' | 'teacher' | 'published'>
>;
export type CreateLessonInput = InputOf<'culture', 'createLesson'>;
export type LessonEditInput = Omit<CreateLessonInput, 'courseId' | 'text' | 'video'> & {
  text: string;
  video: { url: string | null; fileId: string | null };
};
export type EditedLesson = OutputOf<'culture', 'updateLesson'>;
