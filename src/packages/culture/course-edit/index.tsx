import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { backTo, go } from '../../../utils/nav';
import { CATEGORY_OPTIONS } from '../lib/categories';
import { durationLabel } from '../lib/format';
import { CULTURE_PATHS } from '../lib/paths';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useCourseForm } from './use-course-form';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { itemRole, listRole } from '../../../components/aria';
import { OutcomeNotice } from '../../../components/Notice';

const MODES = [
  { value: 'online' as const, label: '线上课程（看视频）' },
  { value: 'offline' as const, label: '线下课程（到场上课）' },
];

const PUBLISH = [
  { value: 'yes' as const, label: '发布，居民能看到' },
  { value: 'no' as const, label: '先不发布' },
];

/** 新建 / 修改课程: the course's settings and, for an online course, its lessons. */
function EditCoursePageScreen() {
  const { params } = useRouter();
  const { editing, existing, form, update, save, busy, outcome } = useCourseForm(params.id, params.created === '1');
  const data = existing.data;
  const lessons = data?.lessons ?? [];

  return (
    <Page title={editing ? '修改课程' : '新建课程'}>
      <StatusView
        loading={editing && existing.loading && !data}
        error={editing && !data ? existing.error : null}
        onRetry={existing.reload}
      >
        <Card title="课程信息" className="stack">
          {editing ? (
            <View className="muted" data-testid="course-mode">
              {form.mode === 'online' ? '线上课程：居民在手机上看视频学习。' : '线下课程：居民报名到场上课。'}
            </View>
          ) : (
            <Choices
              id="course-mode"
              label="上课方式"
              options={MODES}
              value={form.mode}
              onChange={(mode) => update({ mode })}
            />
          )}
          <TextField
            label="课程名称"
            value={form.title}
            onChange={(title) => update({ title })}
            placeholder="例如：八段锦入门"
            maxlength={40}
            testId="course-title"
          />
          <Choices
            id="course-category"
            label="类别"
            options={CATEGORY_OPTIONS}
            value={form.category}
            onChange={(category) => update({ category })}
          />
          <TextField
            label="授课老师（可不填）"
            value={form.teacher}
            onChange={(teacher) => update({ teacher })}
            placeholder="例如：李老师"
            maxlength={20}
            testId="course-teacher"
          />
          <AreaField
            label="课程简介（可不填）"
            value={form.summary}
            onChange={(summary) => update({ summary })}
            placeholder="学什么、适合谁、要准备什么"
            maxlength={500}
            inputClass="cu-textarea"
            testId="course-summary"
          />
          <Choices
            id="course-published"
            label="是否发布"
            options={PUBLISH}
            value={form.published}
            onChange={(published) => update({ published })}
            hint="先不发布时，只有工作人员能看到。课时加好后再发布。"
          />
        </Card>

        <OutcomeNotice outcome={outcome} testId="course-outcome" />
        <ActionBar>
          <Btn kind="primary" loading={busy} onClick={() => void save()} testId="course-save">
            {editing ? '保存课程' : '建好课程'}
          </Btn>
        </ActionBar>

        {editing && data && form.mode === 'online' ? (
          <Card title={`课时（共 ${lessons.length} 课）`} className="spaced" testId="course-lessons">
            {lessons.length === 0 ? <View>还没有课时。点下面的“添加一课”加第一课。</View> : null}
            <View {...listRole}>
              {lessons.map((l) => (
                <View key={l.id} className="item" {...itemRole}>
                  <View className="row">
                    <View>
                      <View>
                        第 {l.number} 课 {l.title}
                      </View>
                      <View className="muted">{durationLabel(l.durationSeconds)}</View>
                    </View>
                    <Btn
                      kind="secondary"
                      className="btn--small"
                      label={`修改第 ${l.number} 课`}
                      onClick={() => go(CULTURE_PATHS.lessonEdit({ id: l.id }))}
                      testId={`edit-lesson-${l.id}`}
                    >
                      修改
                    </Btn>
                  </View>
                </View>
              ))}
            </View>
            <Btn
              kind="secondary"
              onClick={() => go(CULTURE_PATHS.lessonEdit({ courseId: data.course.id }))}
              testId="add-lesson"
            >
              添加一课
            </Btn>
          </Card>
        ) : null}

        {editing && data && form.mode === 'offline' ? (
          <Card title="上课时间" className="spaced">
            <View>线下课程的每次上课，在“新建活动或课程场次”里选“课程场次”，再选这门课。</View>
            <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.sessionEdit())}>
              新建一次上课
            </Btn>
          </Card>
        ) : null}

        <View className="stack spaced">
          {editing && data ? (
            <Btn kind="secondary" onClick={() => go(CULTURE_PATHS.course(data.course.id))} testId="course-preview">
              看看居民看到的样子
            </Btn>
          ) : null}
          <Btn kind="secondary" onClick={() => backTo(CULTURE_PATHS.manage)}>
            返回活动管理
          </Btn>
        </View>
      </StatusView>
    </Page>
  );
}

export default function EditCoursePage() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <EditCoursePageScreen />
    </StaffOnly>
  );
}
