import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { backTo, go } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useLessonForm } from './use-lesson-form';
import { useVideoUpload } from './use-video-upload';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { OutcomeNotice } from '../../../components/Notice';

/** 添加 / 修改课时 of an online course: title, length, video and text. */
function EditLessonPageScreen() {
  const { params } = useRouter();
  const { editing, existing, form, update, save, busy, outcome, courseId } = useLessonForm({
    id: params.id,
    courseId: params.courseId,
  });
  const data = existing.data;
  const upload = useVideoUpload(update);

  return (
    <Page title={editing ? '修改课时' : '添加课时'}>
      <StatusView
        loading={editing && existing.loading && !data}
        error={editing && !data ? existing.error : null}
        onRetry={existing.reload}
      >
        {data ? <View className="muted">课程：{data.course.title}</View> : null}
        <Card title="课时内容" className="stack">
          <TextField
            label="课时标题"
            value={form.title}
            onChange={(title) => update({ title })}
            placeholder="例如：第一式 两手托天理三焦"
            maxlength={40}
            testId="lesson-title"
          />
          <Btn kind="secondary" loading={upload.busy} onClick={() => void upload.choose()} testId="lesson-video-upload">
            {form.video ? '换一段视频' : '上传视频'}
          </Btn>
          <OutcomeNotice outcome={upload.outcome} testId="lesson-video-outcome" />
          <TextField
            label="视频时长"
            value={form.duration}
            onChange={(duration) => update({ duration })}
            placeholder="例如 12:30"
            hint="上传视频后自动填好，可以修改。按“分:秒”填写，例如 12:30；只填一个数字表示整分钟。看到 90% 就算学完。"
            maxlength={6}
            testId="lesson-duration"
          />
          <TextField
            label="视频地址"
            value={form.video}
            onChange={(video) => update({ video })}
            placeholder="/media/videos/xxx.mp4 或 cloud://…"
            hint="上传视频后自动填好。也可以粘贴云存储文件 ID（cloud:// 开头）、https:// 地址或 /media/videos/ 下的文件地址。"
            maxlength={300}
            testId="lesson-video"
          />
          <AreaField
            label="文字说明（可不填）"
            value={form.text}
            onChange={(text) => update({ text })}
            placeholder="动作要领、注意事项，看不清视频的居民也能读"
            maxlength={3000}
            inputClass="cu-textarea"
            testId="lesson-text"
          />
        </Card>

        <OutcomeNotice outcome={outcome} testId="lesson-outcome" />
        {editing && data ? (
          <Btn kind="secondary" className="spaced" onClick={() => go(CULTURE_PATHS.lesson(data.lesson.id))}>
            试看这一课
          </Btn>
        ) : null}
        <ActionBar>
          <Btn kind="primary" loading={busy} onClick={() => void save()} testId="lesson-save">
            {editing ? '保存课时' : '添加这一课'}
          </Btn>
          <Btn
            kind="secondary"
            onClick={() => backTo(courseId ? CULTURE_PATHS.courseEdit(courseId) : CULTURE_PATHS.manage)}
          >
            {courseId ? '返回课程' : '返回活动管理'}
          </Btn>
        </ActionBar>
      </StatusView>
    </Page>
  );
}

export default function EditLessonPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <EditLessonPageScreen />
    </StaffOnly>
  );
}
