import { View } from '@tarojs/components';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { canPickLocation } from '../../../platform/location';
import { backTo, go, replace } from '../../../utils/nav';
import { ISSUE_PATHS } from '../../../issues/paths';
import type { ReportResult, SimilarItem } from '../../../issues/types';
import { deadline } from '../../../issues/format';
import { Choices } from '../../../components/Choices';
import { CharCounter } from '../ui/CharCounter';
import { Notice } from '../../../components/Notice';
import { StateTags } from '../../../issues/StateTags';
import { PhotoPicker } from '../../../components/PhotoPicker';
import type { FieldProblem, ReportField } from './report-draft';
import { useReportForm } from './use-report-form';
import '../../../issues/issues.scss';
import { itemRole, listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';

/** The anchor a field's error scrolls to, and the error itself right there (read out at once). */
function FieldError({ field, problem }: { field: ReportField; problem: FieldProblem | null }) {
  return (
    <View id={`report-field-${field}`}>
      {problem?.field === field ? (
        <Notice kind="error" testId={`report-error-${field}`}>
          {problem.message}
        </Notice>
      ) : null}
    </View>
  );
}

/** 我要反映: what, where, a photo or two, then the ticket, who handles it and by when. */
export default function ReportPage() {
  const form = useReportForm();
  const { options, fields, set, fieldProblem } = form;

  if (form.result) {
    return (
      <Page title="反映已提交">
        <Confirmation result={form.result} onAnother={form.reset} />
      </Page>
    );
  }

  const categories = (options.data?.categories ?? []).map((c) => ({
    value: c.code,
    label: c.name,
    hint: c.description,
  }));
  const streets = (options.data?.streets ?? []).map((s) => ({ value: s, label: s }));

  return (
    <Page title="我要反映">
      <StatusView loading={options.loading && !options.data} error={options.error} onRetry={options.reload}>
        <Card title="1. 遇到了什么问题">
          <FieldError field="category" problem={fieldProblem} />
          <Choices
            label="问题类别"
            options={categories}
            value={fields.category}
            onChange={set.setCategory}
            wide
            testId="report-category"
          />
        </Card>

        <Card title="2. 说一说情况">
          <FieldError field="description" problem={fieldProblem} />
          <AreaField
            inputClass="iss-area"
            label="问题描述"
            value={fields.description}
            onChange={set.setDescription}
            placeholder="例如：楼道里贴满了小广告，墙面很脏"
            maxlength={2000}
            testId="report-description"
          >
            <CharCounter value={fields.description} min={5} max={2000} testId="report-description-count" />
          </AreaField>
        </Card>

        <Card title="3. 在哪里">
          <FieldError field="street" problem={fieldProblem} />
          <Choices
            label="街道"
            options={streets}
            value={fields.street}
            onChange={set.setStreet}
            testId="report-street"
          />
          <Btn
            role="switch"
            checked={fields.useLandmark}
            label="其他地点，说不清门牌"
            kind="secondary"
            className="spaced"
            onClick={() => set.setUseLandmark(!fields.useLandmark)}
            testId="report-use-landmark"
          >
            {fields.useLandmark ? '✓ 其他地点，说不清门牌' : '其他地点，说不清门牌'}
          </Btn>
          {/* Keys: Taro's H5 input sets its aria-label once, so the other field must be a new element. */}
          {fields.useLandmark ? (
            <View key="landmark" className="spaced">
              <FieldError field="landmark" problem={fieldProblem} />
              <TextField
                inputClass="iss-input"
                label="附近的地标"
                value={fields.landmark}
                onChange={set.setLandmark}
                placeholder="例如：菜市场东门、公交站旁"
                hint="街道工作人员会看地标，转给负责的网格。"
                maxlength={50}
                testId="report-landmark"
              />
            </View>
          ) : (
            <View key="plate" className="spaced">
              <FieldError field="number" problem={fieldProblem} />
              <TextField
                inputClass="iss-input"
                label="门牌号"
                value={fields.number}
                onChange={set.setNumber}
                placeholder="例如 6、6甲、6-1"
                maxlength={8}
                testId="report-number"
              />
              <TextField
                inputClass="iss-input"
                label="楼号、单元（可不填）"
                value={fields.detail}
                onChange={set.setDetail}
                placeholder="例如 2单元"
                hint="只有处理问题的工作人员能看到。"
                maxlength={100}
                testId="report-detail"
              />
            </View>
          )}
          {canPickLocation() ? (
            <View className="stack">
              {fields.location ? <Notice kind="info">已选位置：{fields.location.name || '地图上的位置'}</Notice> : null}
              <Btn kind="secondary" onClick={() => void form.chooseLocation()}>
                {fields.location ? '重新选择地图位置' : '在地图上选位置（可不选）'}
              </Btn>
              {fields.location ? (
                <Btn kind="secondary" className="spaced" onClick={() => set.setLocation(null)}>
                  不用地图位置
                </Btn>
              ) : null}
            </View>
          ) : null}
        </Card>

        <Card title="4. 拍照（可不拍）">
          <View className="muted lead">最多 {form.photos.max} 张。照片里的拍摄地点等信息会被去掉。</View>
          <FieldError field="photos" problem={fieldProblem} />
          <PhotoPicker uploads={form.photos} testId="report-add-photo" />
        </Card>

        <Card title="5. 联系方式">
          <FieldError field="phone" problem={fieldProblem} />
          <TextField
            inputClass="iss-input"
            label="联系电话（可不填）"
            type="number"
            value={fields.phone}
            onChange={set.setPhone}
            placeholder="手机号或座机号"
            hint="留下电话，网格员可以直接联系您。只有工作人员能看到。"
            maxlength={13}
            testId="report-phone"
          />
          <Btn
            role="switch"
            checked={fields.hideName}
            label="不向其他居民显示我的姓名"
            kind={fields.hideName ? 'primary' : 'secondary'}
            onClick={() => set.setHideName(!fields.hideName)}
          >
            {fields.hideName ? '✓ 不向其他居民显示我的姓名' : '不向其他居民显示我的姓名'}
          </Btn>
          <View className="field__hint">开启后，其他居民看到的是“匿名居民”；工作人员仍能看到您的姓名。</View>
        </Card>

        {form.similar.length > 0 ? (
          <SimilarPanel items={form.similar} onMeToo={(item) => void form.meToo(item)} />
        ) : null}
        {form.supportDone ? (
          <View className="stack">
            <Notice kind="ok">
              已记下您也遇到这个问题（{form.supportDone.ticketNo}），办理进展会通知您，不用再重复提交。
            </Notice>
            <Btn kind="primary" onClick={() => replace(ISSUE_PATHS.detail(form.supportDone!.id))}>
              查看这件反映
            </Btn>
          </View>
        ) : null}
        {form.similarAsked ? (
          <Notice kind="info">
            同一地点已有人反映了同类问题（见上方）。如果是同一件事，点“我也遇到”就行；如果不是，请再点一次“提交反映”。
          </Notice>
        ) : null}
        {form.problem ? <Notice kind="error">{form.problem}</Notice> : null}

        <ActionBar>
          <Btn kind="primary" loading={form.submitting} onClick={() => void form.submit()} testId="report-submit">
            提交反映
          </Btn>
          <Btn kind="secondary" onClick={() => backTo(ISSUE_PATHS.home)}>
            返回
          </Btn>
        </ActionBar>
      </StatusView>
    </Page>
  );
}

function SimilarPanel({ items, onMeToo }: { items: SimilarItem[]; onMeToo: (item: SimilarItem) => void }) {
  return (
    <Card title="附近已有相同的反映" testId="similar">
      <View className="muted lead">如果是同一件事，点“我也遇到”，就不用重复提交了，办理进展也会通知您。</View>
      <View {...listRole}>
        {items.map((item) => (
          <View key={item.id} className="item" {...itemRole}>
            <View className="iss-head">
              <View className="msg__title">{item.categoryName}</View>
              <View className="muted">{item.ticketNo}</View>
            </View>
            <StateTags
              stateLabel={item.stateLabel}
              group={item.group}
              supervised={item.supervised}
              overdue={item.overdue}
            />
            <View>{item.excerpt}</View>
            <View className="muted">
              {item.addressText} · {item.supporters > 0 ? `已有 ${item.supporters} 人也遇到` : '还没有人点“我也遇到”'}
            </View>
            {item.isMine ? (
              <View className="muted">这是您之前反映的。</View>
            ) : item.supported ? (
              <View className="muted">您已点过“我也遇到”。</View>
            ) : (
              <Btn kind="primary" className="spaced" label={`我也遇到：${item.ticketNo}`} onClick={() => onMeToo(item)}>
                我也遇到
              </Btn>
            )}
            <Btn
              kind="secondary"
              className="spaced"
              label={`查看 ${item.ticketNo}`}
              onClick={() => go(ISSUE_PATHS.detail(item.id))}
            >
              查看
            </Btn>
          </View>
        ))}
      </View>
    </Card>
  );
}

function Confirmation({ result, onAnother }: { result: ReportResult; onAnother: () => void }) {
  return (
    <View>
      <Notice kind="ok" testId="report-done">
        提交成功！您的反映已经送到{result.routed ? `${result.branchName}` : '湖岛街道'}，办理进展会发到“消息”里。
      </Notice>
      <View className="card">
        <View className="iss-kv">
          <View className="iss-kv__key">反映编号</View>
          <View className="code" data-testid="report-ticket">
            {result.ticketNo}
          </View>
        </View>
        <View className="iss-kv">
          <View className="iss-kv__key">由谁办理</View>
          <View data-testid="report-handler">
            {result.routed
              ? `${result.branchName}（${result.gridName}），${result.communityName}`
              : '地址没能自动对应到网格，已转湖岛街道，由街道分派给负责的网格。'}
          </View>
        </View>
        <View className="iss-kv">
          <View className="iss-kv__key">办理时限</View>
          <View>{deadline(result.acceptDueAt)} 前受理</View>
          <View>{deadline(result.resolveDueAt)} 前办结</View>
        </View>
        <View className="muted">请记下反映编号，打电话咨询时报这个编号即可。</View>
      </View>
      <View className="iss-actions">
        <Btn kind="primary" onClick={() => replace(ISSUE_PATHS.detail(result.id))}>
          查看办理进度
        </Btn>
        <Btn kind="secondary" onClick={onAnother}>
          再反映一件
        </Btn>
        <Btn kind="secondary" onClick={() => backTo(ISSUE_PATHS.home)}>
          返回我的反映
        </Btn>
      </View>
    </View>
  );
}
