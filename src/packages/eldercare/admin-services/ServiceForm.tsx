import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Choices, type Choice } from '../../../components/Choices';
import { AreaField, TextField } from '../../../components/TextField';
import type { ServiceDraft } from './use-admin-services';
import { Heading } from '../../../components/Heading';

const MODES = [
  { value: 'home', label: '上门服务' },
  { value: 'shop', label: '到店服务' },
] as const;
const YES_NO = [
  { value: 'no', label: '不限' },
  { value: 'yes', label: '只限困难家庭' },
] as const;

export interface ServiceFormProps {
  initial: ServiceDraft;
  partners: ReadonlyArray<Choice<string>>;
  busy: boolean;
  onSave: (draft: ServiceDraft) => Promise<boolean>;
  onClose: () => void;
}

/** One service's settings; the partner is fixed once the service exists (its bookings and windows belong to it). */
export function ServiceForm({ initial, partners, busy, onSave, onClose }: ServiceFormProps) {
  const [d, setD] = useState<ServiceDraft>(initial);
  const set =
    <K extends keyof ServiceDraft>(key: K) =>
    (value: ServiceDraft[K]) =>
      setD((x) => ({ ...x, [key]: value }));
  const editing = !!initial.serviceId;

  return (
    <View className="card stack" data-testid="service-form">
      <Heading level={2} className="card__title">
        {editing ? `修改${initial.name}` : '添加服务项目'}
      </Heading>
      {editing ? (
        <View className="muted">提供单位：{partners.find((p) => p.value === d.partnerId)?.label ?? ''}</View>
      ) : partners.length === 0 ? (
        <View className="notice" {...{ role: 'alert' }}>
          还没有红色合伙人。请先在“红色合伙人申请”里批准申请。
        </View>
      ) : (
        <Choices
          id="service-partner"
          label="提供服务的红色合伙人"
          options={partners}
          value={d.partnerId}
          onChange={set('partnerId')}
        />
      )}
      <TextField
        label="服务名称"
        value={d.name}
        onChange={set('name')}
        placeholder="例如 上门理发"
        maxlength={30}
        testId="service-name"
      />
      <AreaField
        inputClass="ec-area"
        label="服务说明（可不填）"
        value={d.description}
        onChange={set('description')}
        maxlength={200}
        testId="service-description"
      />
      <Choices id="service-mode" label="服务方式" options={MODES} value={d.mode} onChange={set('mode')} />
      <TextField
        label="最低年龄（不限就空着）"
        type="number"
        value={d.minAge}
        onChange={set('minAge')}
        placeholder="例如 90"
        maxlength={3}
        testId="service-min-age"
      />
      <Choices
        id="service-difficulty"
        label="困难家庭"
        options={YES_NO}
        value={d.difficultyRequired ? 'yes' : 'no'}
        onChange={(v) => set('difficultyRequired')(v === 'yes')}
        hint="选“只限困难家庭”时，只有社区核实过的低保、特困等家庭能预约。"
      />
      <TextField
        label="每人每年次数（不限就空着）"
        type="number"
        value={d.quotaPerYear}
        onChange={set('quotaPerYear')}
        maxlength={2}
        testId="service-quota"
      />
      <TextField
        label="提前几天开放预约"
        type="number"
        value={d.bookAheadDays}
        onChange={set('bookAheadDays')}
        hint="1 到 90 天"
        maxlength={2}
        testId="service-ahead"
      />
      <TextField
        label="最晚提前几小时预约"
        type="number"
        value={d.minNoticeHours}
        onChange={set('minNoticeHours')}
        hint="0 到 168 小时"
        maxlength={3}
        testId="service-notice"
      />
      <TextField
        label="上门前几小时起不能在线取消"
        type="number"
        value={d.cancelCutoffHours}
        onChange={set('cancelCutoffHours')}
        hint="0 到 168 小时。改动只对之后的新预约生效。"
        maxlength={3}
        testId="service-cutoff"
      />
      <Btn kind="primary" loading={busy} onClick={() => void onSave(d)} testId="service-save">
        {editing ? '保存设置' : '添加服务'}
      </Btn>
      <Btn kind="secondary" onClick={onClose}>
        不保存，返回列表
      </Btn>
    </View>
  );
}
