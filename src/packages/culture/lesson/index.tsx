import { Video, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { durationLabel } from '../lib/format';
import { backTo, go, replace } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import { ProgressBar } from '../ui/ProgressBar';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useLessonPlayer, VIDEO_ID, videoSource } from './use-lesson-player';

export default function LessonPage() {
  const { params } = useRouter();
  const lessonId = params.id ?? '';
  const player = useLessonPlayer(lessonId);
  const { lesson, progress } = player;
  const data = lesson.data;
  const title = data ? `第 ${data.lesson.number} 课 ${data.lesson.title}` : '学习';

  return (
    <Page title={title}>
      {!lessonId ? <View className="notice">没有指定课时，请从课程目录进入。</View> : null}
      <StatusView loading={lesson.loading && !data} error={lesson.error} onRetry={lesson.reload}>
        {data ? (
          <View>
            <View className="muted lead">{data.course.title}</View>
            {/* Mounted only once the saved position is known: initialTime is read when the player starts. */}
            {/* In H5 the player positions itself absolutely: the wrapper gives it its box. */}
            <View className="cu-video">
              <Video
                id={VIDEO_ID}
                className="cu-video__player"
                src={videoSource(data.lesson.video)}
                initialTime={player.startSeconds}
                controls
                showFullscreenBtn
                showCenterPlayBtn
                title={data.lesson.title}
                onPlay={player.onPlay}
                onPause={player.onPause}
                onEnded={player.onEnded}
                onTimeUpdate={(e) => player.onTimeUpdate(e.detail.currentTime)}
              />
            </View>
            <View className="spaced">
              <Btn kind="primary" onClick={player.togglePlay} testId="play-toggle">
                {player.playing
                  ? '暂停'
                  : player.position > 0 && player.position < player.duration
                    ? '继续播放'
                    : '播放'}
              </Btn>
            </View>

            <Card title="本课进度" className="spaced" testId="lesson-progress">
              {progress?.completed ? (
                <View className="notice notice--ok" {...{ role: 'status' }} data-testid="lesson-complete">
                  本课已学完。{player.courseJustCompleted ? '恭喜您，整门课程全部学完了！' : ''}
                </View>
              ) : (
                <View className="lead" {...{ role: 'status' }}>
                  看到 90% 就算学完这一课。进度会自动保存，下次从这里接着看。
                </View>
              )}
              <ProgressBar percent={progress?.percent ?? 0} label="本课学习进度" done={progress?.completed} />
              <View className="muted">
                已看到 {durationLabel(player.position)}，全长 {durationLabel(player.duration)}
              </View>
              {player.course ? (
                <View className="muted">
                  整门课：已学完 {player.course.completedLessons} 课，共 {player.course.lessonCount} 课
                </View>
              ) : null}
              {player.saveError ? (
                <View className="notice" {...{ role: 'alert' }}>
                  {player.saveError}
                </View>
              ) : null}
            </Card>

            {data.lesson.text ? (
              <Card title="要点">
                <View>{data.lesson.text}</View>
              </Card>
            ) : null}

            <View className="stack">
              {data.nextLessonId ? (
                <Btn
                  kind={progress?.completed ? 'primary' : 'secondary'}
                  onClick={() => replace(CULTURE_PATHS.lesson(data.nextLessonId!))}
                  testId="next-lesson"
                >
                  下一课
                </Btn>
              ) : null}
              {data.previousLessonId ? (
                <Btn kind="secondary" onClick={() => replace(CULTURE_PATHS.lesson(data.previousLessonId!))}>
                  上一课
                </Btn>
              ) : null}
              <Btn
                kind="secondary"
                onClick={() => backTo(CULTURE_PATHS.course(data.course.id))}
                testId="back-to-course"
              >
                返回课程目录
              </Btn>
            </View>
          </View>
        ) : null}
      </StatusView>
      {!data ? (
        <View className="spaced">
          <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.mine)}>
            我的课程
          </Btn>
        </View>
      ) : null}
    </Page>
  );
}
