import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { go } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import type { ManagedSession } from '../lib/types';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useManage } from './use-manage';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { usePullRefresh } from '../../../hooks/use-pull-refresh';
import { itemRole, listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

function SessionRow({ s }: { s: ManagedSession }) {
  const waiting = s.counts.waitlisted + s.counts.offered;
  return (
    <View className="item" {...itemRole}>
      <Btn kind="plain" onClick={() => go(CULTURE_PATHS.roster(s.id))} testId={`manage-session-${s.id}`}>
        <View className="cu-item__title">{s.title}</View>
        <View>{s.when}</View>
        <View className="muted">
          已报名 {s.enrolledCount}/{s.capacity}
          {waiting > 0 ? ` · 候补 ${waiting}` : ''}
          {s.counts.attended > 0 ? ` · 已签到 ${s.counts.attended}` : ''}
          {s.status === 'cancelled' ? ' · 已取消' : ` · ${s.signupLabel}`}
        </View>
      </Btn>
    </View>
  );
}

/** 文化活动管理: the organiser's sessions and courses, with the way to each one's list or editor. */
function ManagePageScreen() {
  const { list, exporting, outcome, exportCourse } = useManage();
  usePullRefresh(list);
  const data = list.data;
  const sessions = data?.sessions ?? [];
  const ahead = sessions.filter((s) => s.status !== 'cancelled' && s.signup !== 'started');
  const past = sessions.filter((s) => s.status !== 'cancelled' && s.signup === 'started').reverse();
  const cancelled = sessions.filter((s) => s.status === 'cancelled');
  const courses = data?.courses ?? [];

  return (
    <Page title="文化活动管理">
      <View className="stack">
        <Btn kind="primary" onClick={() => go(CULTURE_PATHS.sessionEdit())} testId="new-session">
          新建活动或课程场次
        </Btn>
        <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.courseEdit())} testId="new-course">
          新建课程（线上或线下）
        </Btn>
        <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.stats)} testId="open-stats">
          出勤统计
        </Btn>
      </View>
      <OutcomeNotice outcome={outcome} />
      <StatusView loading={list.loading && !data} error={list.error} onRetry={list.reload}>
        <Card title="即将开始" className="spaced" testId="sessions-ahead">
          {ahead.length === 0 ? <View>没有即将开始的活动。点上面的“新建”发布一场。</View> : null}
          <View {...listRole}>
            {ahead.map((s) => (
              <SessionRow key={s.id} s={s} />
            ))}
          </View>
        </Card>
        {past.length > 0 ? (
          <Card title="已开始或结束（近 60 天）">
            <View {...listRole}>
              {past.map((s) => (
                <SessionRow key={s.id} s={s} />
              ))}
            </View>
          </Card>
        ) : null}
        {cancelled.length > 0 ? (
          <Card title="已取消">
            <View {...listRole}>
              {cancelled.map((s) => (
                <SessionRow key={s.id} s={s} />
              ))}
            </View>
          </Card>
        ) : null}
        <Card title="课程" className="spaced" testId="manage-courses">
          {courses.length === 0 ? <View>还没有课程。点上面的“新建课程”建一门。</View> : null}
          <View {...listRole}>
            {courses.map((c) => (
              <View key={c.id} className="item" {...itemRole}>
                <View className="cu-item__title">{c.title}</View>
                <View className="muted">
                  {c.mode === 'online'
                    ? `线上 · ${c.lessonCount} 课 · ${c.enrolledCount} 人在学，${c.completedCount} 人学完`
                    : '线下课程'}
                  {c.published ? '' : ' · 未发布'}
                </View>
                <View className="row">
                  <Btn
                    kind="secondary"
                    className="btn--small"
                    label={`修改${c.title}`}
                    onClick={() => go(CULTURE_PATHS.courseEdit(c.id))}
                    testId={`manage-course-${c.id}`}
                  >
                    修改
                  </Btn>
                  {c.mode === 'online' ? (
                    <Btn
                      kind="secondary"
                      className="btn--small"
                      loading={exporting === c.id}
                      label={`导出${c.title}的学员名单`}
                      onClick={() => void exportCourse(c.id)}
                    >
                      导出
                    </Btn>
                  ) : null}
                </View>
              </View>
            ))}
          </View>
        </Card>
      </StatusView>
    </Page>
  );
}

export default function ManagePage() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <ManagePageScreen />
    </StaffOnly>
  );
}
