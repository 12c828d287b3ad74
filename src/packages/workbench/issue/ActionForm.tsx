import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import type { Communities } from '../../../issues/types';
import { Choices, type Choice } from '../../../components/Choices';
import { usePhotoUploads } from '../../../hooks/use-photo-uploads';
import { AreaField, TextField } from '../../../components/TextField';
import { Notice } from '../../../components/Notice';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { ACTION_LABELS, type StaffAction } from '../lib/actions';
import type { ActionInput } from './use-staff-issue';
import { Heading } from '../../../components/Heading';

export interface ActionFormProps {
  action: StaffAction;
  busy: boolean;
  templates: string[];
  communities: Communities | undefined;
  currentGridId: string | null;
  currentPriority: string | null;
  onSubmit: (input: ActionInput) => Promise<boolean>;
  onCancel: () => void;
}

/** As issues.update / resolve accept (MAX_PHOTOS in server/domain/issues/settings.ts). */
const MAX_PHOTOS = 3;

const NOTE_LABELS: Partial<Record<StaffAction, { label: string; hint: string; placeholder: string }>> = {
  accept: {
    label: '受理说明（可不填）',
    hint: '不填时，居民会看到“已受理”和办结期限。',
    placeholder: '例如：今天下午到现场查看',
  },
  update: { label: '进展说明', hint: '居民和其他关注的人都能看到。', placeholder: '例如：已联系物业，明天上午清理' },
  resolve: {
    label: '办结说明',
    hint: '写清楚怎么解决的；居民会收到并评价。',
    placeholder: '例如：小广告已全部清理，墙面已粉刷',
  },
  note: { label: '内部备注', hint: '只有工作人员能看到，居民看不到。', placeholder: '例如：物业电话、约定的时间' },
};

function gridOptions(communities: Communities | undefined, exclude: string | null): Array<Choice<string>> {
  return (communities ?? []).flatMap((c) =>
    c.branches.flatMap((b) =>
      b.grids
        .filter((g) => g.id !== exclude)
        .map((g) => ({ value: g.id, label: `${g.name}`, hint: `${c.name} · ${b.name}` })),
    ),
  );
}

/** The form of one staff action: only the fields it needs, with reply templates where a note goes to the resident. */
export function ActionForm({
  action,
  busy,
  templates,
  communities,
  currentGridId,
  currentPriority,
  onSubmit,
  onCancel,
}: ActionFormProps) {
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [redirectTo, setRedirectTo] = useState('');
  const [gridId, setGridId] = useState<string | null>(null);
  const [original, setOriginal] = useState('');
  const [priority, setPriority] = useState<'normal' | 'urgent'>(currentPriority === 'urgent' ? 'normal' : 'urgent');
  const [problem, setProblem] = useState<string | null>(null);
  const photos = usePhotoUploads(MAX_PHOTOS);
  const noteField = NOTE_LABELS[action];
  const withPhotos = action === 'update' || action === 'resolve';

  const insert = (text: string) => setNote((prev) => (prev.trim() ? `${prev.trim()}\n${text}` : text));

  const submit = async () => {
    let input: ActionInput;
    switch (action) {
      case 'accept':
      case 'note':
        if (action === 'note' && !note.trim()) return setProblem('请填写内部备注。');
        input = { action, note };
        break;
      case 'update':
      case 'resolve':
        if (!note.trim()) return setProblem(`请填写${noteField?.label ?? '说明'}。`);
        if (photos.blocker) return setProblem(photos.blocker);
        input = { action, note, photos: photos.paths };
        break;
      case 'return':
        if (!reason.trim()) return setProblem('请填写退回理由。');
        input = { action, reason };
        break;
      case 'reassign':
        if (!gridId) return setProblem('请选择要改派到的网格。');
        input = { action, gridId, note };
        break;
      case 'reject':
        if (!reason.trim() || !redirectTo.trim()) return setProblem('请填写不予受理的理由，并告诉居民应该去哪里办。');
        input = { action, reason, redirectTo };
        break;
      case 'duplicate':
        if (!original.trim()) return setProblem('请填写原诉求的编号。');
        input = { action, original, note };
        break;
      case 'priority':
        input = { action, priority, note };
        break;
    }
    setProblem(null);
    await onSubmit(input);
  };

  return (
    <View className="card spaced stack" data-testid={`form-${action}`}>
      <Heading level={3} className="card__title">
        {ACTION_LABELS[action]}
      </Heading>
      {noteField ? (
        <View>
          {templates.length > 0 && action !== 'note' ? (
            <View className="field" data-testid="templates">
              <View className="field__label">回复模板（点一下，加到说明里）</View>
              {templates.map((t, i) => (
                <Btn key={i} kind="plain" className="iss-template" label={`插入模板：${t}`} onClick={() => insert(t)}>
                  {t}
                </Btn>
              ))}
            </View>
          ) : null}
          <AreaField
            inputClass="iss-area"
            label={noteField.label}
            hint={noteField.hint}
            placeholder={noteField.placeholder}
            value={note}
            onChange={setNote}
            maxlength={1000}
            testId="action-note"
          />
          {withPhotos ? (
            <View className="field">
              <View className="field__label">现场照片（可不拍，最多 {MAX_PHOTOS} 张，居民能看到）</View>
              <PhotoPicker uploads={photos} testId="action-add-photo" />
            </View>
          ) : null}
        </View>
      ) : null}

      {action === 'return' ? (
        <AreaField
          inputClass="iss-area"
          label="退回理由"
          hint="说明为什么不归本网格（社区）办理，便于重新分派。"
          value={reason}
          onChange={setReason}
          maxlength={500}
          testId="action-reason"
        />
      ) : null}

      {action === 'reassign' ? (
        <View>
          <Choices
            label="改派到哪个网格"
            options={gridOptions(communities, currentGridId)}
            value={gridId}
            onChange={setGridId}
            wide
            testId="reassign-grid"
          />
          <AreaField
            inputClass="iss-area"
            label="改派说明（可不填）"
            value={note}
            onChange={setNote}
            maxlength={500}
            testId="action-note"
          />
        </View>
      ) : null}

      {action === 'reject' ? (
        <View>
          <AreaField
            inputClass="iss-area"
            label="不予受理的理由"
            value={reason}
            onChange={setReason}
            maxlength={500}
            testId="action-reason"
          />
          <AreaField
            inputClass="iss-area"
            label="建议居民去哪里办"
            hint="例如办事窗口、电话，让居民知道下一步怎么做。"
            value={redirectTo}
            onChange={setRedirectTo}
            maxlength={200}
            testId="action-redirect"
          />
        </View>
      ) : null}

      {action === 'duplicate' ? (
        <View>
          <TextField
            inputClass="iss-input"
            label="原诉求编号"
            hint="填写先反映的那件的编号，例如 20251126-0001。"
            value={original}
            onChange={setOriginal}
            maxlength={64}
            testId="action-original"
          />
          <AreaField
            inputClass="iss-area"
            label="说明（可不填）"
            value={note}
            onChange={setNote}
            maxlength={500}
            testId="action-note"
          />
        </View>
      ) : null}

      {action === 'priority' ? (
        <View>
          <Choices
            label="优先级"
            options={[
              { value: 'urgent', label: '紧急' },
              { value: 'normal', label: '普通' },
            ]}
            value={priority}
            onChange={(v) => setPriority(v as 'normal' | 'urgent')}
          />
          <AreaField
            inputClass="iss-area"
            label="说明（可不填）"
            value={note}
            onChange={setNote}
            maxlength={500}
            testId="action-note"
          />
        </View>
      ) : null}

      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <Btn kind="primary" loading={busy} onClick={() => void submit()} testId="action-submit">
        确定{ACTION_LABELS[action]}
      </Btn>
      <Btn kind="secondary" onClick={onCancel}>
        取消
      </Btn>
    </View>
  );
}
