import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { Mine } from '../lib/types';
import { ProgressBar } from '../ui/ProgressBar';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useMine } from './use-mine';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../../components/aria';

type SessionRow = Mine['sessions'][number];

/** One line about my place: the state, and the number that matters in it. */
function placeLine(row: SessionRow): string {
  const { mine, session } = row;
  if (session.status === 'cancelled') return '活动已取消';
  switch (mine.state) {
    case 'waitlisted':
      return `候补第 ${mine.position ?? '?'} 位`;
    case 'offered':
      return '有名额空出，请尽快确认';
    case 'enrolled':
      return row.upcoming ? `已报名 · 签到码 ${mine.checkinCode ?? ''}` : '已报名';
    default:
      return mine.stateLabel;
  }
}

export default function MinePage() {
  const { data, loading, error, reload } = useMine();
  usePullRefresh({ reload, loading });
  const upcoming = data?.sessions.filter((r) => r.upcoming && r.mine.state !== 'cancelled') ?? [];
  const past = data?.sessions.filter((r) => !r.upcoming || r.mine.state === 'cancelled') ?? [];

  return (
    <Page title="我的课程">
      <StatusView loading={loading && !data} error={error} onRetry={reload}>
        {data ? (
          <View>
            <Card title="线上课程" testId="my-courses">
              {data.courses.length === 0 ? (
                <View>还没有报名线上课程。去课程列表挑一门，在家就能跟着视频学。</View>
              ) : null}
              <View {...listRole}>
                {data.courses.map(({ course, progress }) => (
                  <View key={course.id} className="item" {...itemRole}>
                    <Btn
                      kind="plain"
                      onClick={() => go(CULTURE_PATHS.course(course.id))}
                      testId={`my-course-${course.id}`}
                    >
                      <View className="cu-item__title">{course.title}</View>
                      <View className="muted">
                        {progress.allDone
                          ? '已全部学完'
                          : `已学完 ${progress.completedLessons} 课，共 ${progress.lessonCount} 课`}
                      </View>
                    </Btn>
                    <ProgressBar percent={progress.percent} label={`${course.title}学习进度`} done={progress.allDone} />
                  </View>
                ))}
              </View>
            </Card>

            <Card title="报名的活动" testId="my-sessions">
              {upcoming.length === 0 ? <View>近期没有报名的活动。</View> : null}
              <View {...listRole}>
                {upcoming.map((row) => (
                  <View key={row.session.id} className="item" {...itemRole}>
                    <Btn
                      kind="plain"
                      onClick={() => go(CULTURE_PATHS.session(row.session.id))}
                      testId={`my-session-${row.session.id}`}
                    >
                      <View className="cu-item__title">{row.session.title}</View>
                      <View>{row.session.when}</View>
                      <View className={row.mine.state === 'offered' ? 'cu-places' : 'cu-places cu-places--open'}>
                        {placeLine(row)}
                      </View>
                    </Btn>
                  </View>
                ))}
              </View>
            </Card>

            {past.length > 0 ? (
              <Card title="以往和已取消的">
                <View {...listRole}>
                  {past.map((row) => (
                    <View key={row.session.id} className="item" {...itemRole}>
                      <Btn kind="plain" onClick={() => go(CULTURE_PATHS.session(row.session.id))}>
                        <View>{row.session.title}</View>
                        <View className="muted">
                          {row.session.when} · {placeLine(row)}
                        </View>
                      </Btn>
                    </View>
                  ))}
                </View>
              </Card>
            ) : null}
          </View>
        ) : null}
      </StatusView>
      <Btn kind="primary" onClick={() => go(CULTURE_PATHS.catalogue)}>
        去课程和活动列表
      </Btn>
    </Page>
  );
}
