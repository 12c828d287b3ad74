import { useRouter } from '@tarojs/taro';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { PickerField, todayInShanghai } from '../../../components/PickerField';
import { CATEGORY_OPTIONS } from '../lib/categories';
import { backTo } from '../../../utils/nav';
import { CULTURE_PATHS } from '../lib/paths';
import { Choices } from '../../../components/Choices';
import { Card } from '../../../components/Card';
import '../ui/culture.scss';
import { useSessionForm } from './use-session-form';
import { STAFF_PAGES, StaffOnly } from '../../../components/StaffOnly';
import { OutcomeNotice } from '../../../components/Notice';

const KINDS = [
  { value: 'event' as const, label: '活动' },
  { value: 'class' as const, label: '课程场次' },
];

function EditSessionPageScreen() {
  const { params } = useRouter();
  const { editing, existing, form, update, save, busy, outcome, offlineCourses } = useSessionForm(params.id);
  const courseOptions = [
    { value: '', label: '不属于课程' },
    ...offlineCourses.map((c) => ({ value: c.id, label: c.title })),
  ];

  return (
    <Page title={editing ? '修改活动' : '新建活动'}>
      <StatusView
        loading={editing && existing.loading && !existing.data}
        error={existing.error}
        onRetry={existing.reload}
      >
        <Card title="基本信息" className="stack">
          <Choices
            id="form-kind"
            label="类型"
            options={KINDS}
            value={form.kind}
            onChange={(kind) => update({ kind })}
          />
          <TextField
            label="活动名称"
            value={form.title}
            onChange={(title) => update({ title })}
            placeholder="例如：我们的节日·端午包粽子"
            maxlength={40}
            testId="form-title"
          />
          <Choices
            id="form-category"
            label="类别"
            options={CATEGORY_OPTIONS}
            value={form.category}
            onChange={(category) => update({ category })}
          />
          {form.kind === 'class' ? (
            <Choices
              id="form-course"
              label="属于哪门线下课程"
              options={courseOptions}
              value={form.courseId}
              onChange={(courseId) => update({ courseId })}
            />
          ) : (
            <TextField
              label="活动系列（可不填）"
              value={form.series}
              onChange={(series) => update({ series })}
              placeholder="例如：荟文化悦生活、文化进网格"
              maxlength={30}
            />
          )}
          <TextField
            label="活动地点"
            value={form.venue}
            onChange={(venue) => update({ venue })}
            placeholder="例如：宜昌路社区综合文化服务中心 二楼"
            maxlength={60}
            testId="form-venue"
          />
          <AreaField
            label="活动介绍（可不填）"
            inputClass="cu-textarea"
            value={form.description}
            maxlength={1000}
            placeholder="做什么、带什么、注意什么"
            onChange={(description) => update({ description })}
          />
        </Card>

        <Card title="时间和名额" className="stack">
          <PickerField
            label="日期"
            mode="date"
            value={form.date}
            onChange={(date) => update({ date })}
            start={editing ? undefined : todayInShanghai()}
            testId="form-date"
          />
          <PickerField
            label="开始时间"
            mode="time"
            value={form.startTime}
            onChange={(startTime) => update({ startTime })}
            initial="09:00"
            testId="form-start"
          />
          <PickerField
            label="结束时间"
            mode="time"
            value={form.endTime}
            onChange={(endTime) => update({ endTime })}
            initial={form.startTime || '11:00'}
            testId="form-end"
          />
          <TextField
            label="名额（人）"
            value={form.capacity}
            onChange={(capacity) => update({ capacity })}
            placeholder="例如 30"
            maxlength={4}
            testId="form-capacity"
          />
          <TextField
            label="开始前多少小时停止取消"
            value={form.cancelHours}
            onChange={(cancelHours) => update({ cancelHours })}
            hint="到这个时间后，居民不能在手机上取消，需要联系组织方。填 0 表示开始前都能取消。"
            maxlength={3}
          />
          <TextField
            label="候补确认时限（小时）"
            value={form.offerHours}
            onChange={(offerHours) => update({ offerHours })}
            hint="有人取消时，名额留给候补第一位这么久；没确认就顺延给下一位。"
            maxlength={3}
          />
        </Card>

        <OutcomeNotice outcome={outcome} testId="form-outcome" />
        <ActionBar>
          <Btn kind="primary" loading={busy} onClick={() => void save()} testId="form-save">
            {editing ? '保存修改' : '发布活动'}
          </Btn>
          <Btn
            kind="secondary"
            onClick={() => backTo(params.id ? CULTURE_PATHS.roster(params.id) : CULTURE_PATHS.manage)}
          >
            {editing ? '返回报名名单' : '返回活动管理'}
          </Btn>
        </ActionBar>
      </StatusView>
    </Page>
  );
}

export default function EditSessionPage() {
  return (
    <StaffOnly roles={STAFF_PAGES.admins}>
      <EditSessionPageScreen />
    </StaffOnly>
  );
}
