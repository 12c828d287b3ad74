import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { needsLogin } from '../../../auth/session';
import { Btn } from '../../../components/Btn';
import { LoginPrompt } from '../../../components/LoginPrompt';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { durationLabel } from '../lib/format';
import { go } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { CoursePage, LessonRow } from '../lib/types';
import { ItemCard } from '../ui/ItemCard';
import { ProgressBar } from '../ui/ProgressBar';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { SHARE_PICTURES, useShare } from '../../../platform/share';
import { useCourse } from './use-course';
import { itemRole, listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

const COURSE_PAGE = '/packages/culture/course/index';

function lessonState(row: LessonRow): string {
  if (!row.progress) return durationLabel(row.durationSeconds);
  if (row.progress.completed) return '已学完';
  if (row.progress.percent > 0) return `已看 ${row.progress.percent}%`;
  return '未开始';
}

export default function CoursePageView() {
  const { params } = useRouter();
  const courseId = params.id ?? '';
  const { course, busy, outcome, enrol } = useCourse(courseId);
  const data = course.data;
  const title = data?.course.title ?? '课程';
  const signedOut = needsLogin();
  const shared = { page: COURSE_PAGE, query: { id: courseId }, imageUrl: SHARE_PICTURES.culture };
  useShare(data ? { ...shared, title: `${data.course.title}｜湖岛街道文化课堂` } : null, {
    ...shared,
    title: '湖岛街道文化课堂：免费学，一起来',
  });

  // Public: a shared link shows the course to anyone; enrolling asks to log in (LoginPrompt).
  return (
    <Page title={title} requireLogin={false}>
      {!courseId ? <View className="notice">没有指定课程，请从课程列表进入。</View> : null}
      <StatusView loading={course.loading && !data} error={course.error} onRetry={course.reload}>
        {data ? <CourseBody data={data} busy={busy} onEnrol={() => void enrol()} signedOut={signedOut} /> : null}
      </StatusView>
      <OutcomeNotice outcome={outcome} testId="course-outcome" />
      <View className="stack spaced">
        {signedOut ? null : (
          <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.mine)}>
            我的课程
          </Btn>
        )}
        <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.catalogue)}>
          看看其他课程
        </Btn>
      </View>
    </Page>
  );
}

function CourseBody({
  data,
  busy,
  onEnrol,
  signedOut,
}: {
  data: CoursePage;
  busy: boolean;
  onEnrol: () => void;
  signedOut: boolean;
}) {
  const { course, lessons, progress, sessions } = data;
  const resume = progress?.resume ? lessons.find((l) => l.id === progress.resume?.lessonId) : undefined;

  return (
    <View>
      <Card>
        <View className="cu-item__tags">
          <View className="tag">{course.mode === 'online' ? '线上课程' : '线下课程'}</View>
          <View className="tag tag--quiet">{course.categoryName}</View>
        </View>
        {course.teacher ? <View>授课老师：{course.teacher}</View> : null}
        <View className="muted">组织：{course.organiser}</View>
        {course.summary ? <View className="spaced">{course.summary}</View> : null}
        {course.mode === 'online' ? (
          <View className="muted spaced">
            共 {course.lessonCount} 课，{course.enrolledCount} 人在学，{course.completedCount} 人已学完
          </View>
        ) : null}
      </Card>

      {course.mode === 'online' ? (
        <Card title="我的学习">
          {progress ? (
            <View className="stack" data-testid="course-progress">
              <View className="lead">
                {progress.allDone
                  ? '恭喜！这门课已经全部学完。'
                  : `已学完 ${progress.completedLessons} 课，共 ${progress.lessonCount} 课。`}
              </View>
              <ProgressBar percent={progress.percent} label={`${course.title}学习进度`} done={progress.allDone} />
              {resume ? (
                <Btn kind="primary" onClick={() => go(CULTURE_PATHS.lesson(resume.id))} testId="resume">
                  {progress.completedLessons === 0 && !resume.progress?.percent
                    ? `开始学习第 ${resume.number} 课`
                    : `继续学习第 ${resume.number} 课`}
                </Btn>
              ) : null}
            </View>
          ) : signedOut ? (
            <LoginPrompt action="报名学习（免费）" back={CULTURE_PATHS.course(course.id)} />
          ) : (
            <View className="stack">
              <View className="lead">报名后就能看视频学习，学习进度会自动保存，下次接着看。</View>
              <Btn kind="primary" loading={busy} onClick={onEnrol} testId="enrol-course">
                报名学习（免费）
              </Btn>
            </View>
          )}
        </Card>
      ) : null}

      {course.mode === 'online' ? (
        <Card title="课程目录">
          {lessons.length === 0 ? <View>课程内容正在准备中，请过几天再来看看。</View> : null}
          <View {...listRole} data-testid="lesson-list">
            {lessons.map((lesson) => (
              <View key={lesson.id} className="item" {...itemRole}>
                {progress ? (
                  <Btn kind="plain" onClick={() => go(CULTURE_PATHS.lesson(lesson.id))} testId={`lesson-${lesson.id}`}>
                    <View className="row">
                      <View>
                        第 {lesson.number} 课 {lesson.title}
                      </View>
                      <View className={lesson.progress?.completed ? 'cu-done' : 'muted'}>{lessonState(lesson)}</View>
                    </View>
                  </Btn>
                ) : (
                  <View className="row">
                    <View>
                      第 {lesson.number} 课 {lesson.title}
                    </View>
                    <View className="muted">{durationLabel(lesson.durationSeconds)}</View>
                  </View>
                )}
              </View>
            ))}
          </View>
        </Card>
      ) : (
        <Card title="近期场次">
          {sessions.length === 0 ? <View>近期没有安排场次，请关注社区通知。</View> : null}
          <View {...listRole}>
            {sessions.map((s) => (
              <View key={s.id} {...itemRole}>
                <ItemCard item={s} />
              </View>
            ))}
          </View>
        </Card>
      )}
    </View>
  );
}
