import { View } from '@tarojs/components';
import { useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { dateTime } from '../lib/dates';
import { PATHS } from '../lib/paths';
import type { PartnerKind } from '../lib/types';
import { Facts } from '../../../components/Facts';
import { BackButton } from '../ui/Nav';
import { Tag } from '../../../components/StatusTag';
import { EMPTY_PARTNER_DRAFT, usePartnerApply, type PartnerDraft } from './use-partner-apply';
import '../eldercare.scss';
import { itemRole, listRole } from '../../../components/aria';
import { Card } from '../../../components/Card';
import { OutcomeNotice } from '../../../components/Notice';

const KINDS: Array<{ value: PartnerKind; label: string }> = (
  ['物业公司', '业主委员会', '社会组织', '企业', '个体商户', '党组织', '其他'] as const
).map((k) => ({ value: k, label: k }));

/** 申请成为红色合伙人: organisations and shops offer free services to elders; the district decides. */
export default function PartnerApply() {
  const { mine, submit, busy, outcome, pending } = usePartnerApply();
  const [draft, setDraft] = useState<PartnerDraft>(EMPTY_PARTNER_DRAFT);
  const set =
    <K extends keyof PartnerDraft>(key: K) =>
    (value: PartnerDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const send = async () => {
    if (await submit(draft)) setDraft(EMPTY_PARTNER_DRAFT);
  };

  return (
    <Page title="申请成为红色合伙人">
      <View className="muted lead">
        物业、商户、社会组织等单位可以申请成为红色合伙人，为辖区老人免费服务。街道审核通过后，您就能在工作台处理老人的预约。
      </View>
      <OutcomeNotice outcome={outcome} testId="apply-outcome" />

      {pending ? (
        <View className="card" data-testid="apply-pending">
          您有一份申请正在等待审核，审核后才能再提交新的申请。
        </View>
      ) : (
        <Card title="填写申请" className="stack">
          <TextField
            label="单位名称"
            value={draft.name}
            onChange={set('name')}
            placeholder="例如 万安物业"
            maxlength={40}
            testId="apply-name"
          />
          <Choices id="apply-kind" label="单位类型" options={KINDS} value={draft.kind} onChange={set('kind')} />
          <AreaField
            inputClass="ec-area"
            label="能为老人提供什么服务"
            value={draft.description}
            onChange={set('description')}
            placeholder="例如：每周二上门理发，每次可服务 3 位老人"
            maxlength={300}
            testId="apply-description"
          />
          <TextField
            label="联系人"
            value={draft.contactName}
            onChange={set('contactName')}
            maxlength={20}
            testId="apply-contact"
          />
          <TextField
            label="联系电话"
            type="number"
            value={draft.contactPhone}
            onChange={set('contactPhone')}
            placeholder="手机号或座机号"
            maxlength={13}
            testId="apply-phone"
          />
          <ActionBar>
            <Btn kind="primary" loading={busy} onClick={() => void send()} testId="apply-submit">
              提交申请
            </Btn>
          </ActionBar>
        </Card>
      )}

      <Card title="我的申请">
        <StatusView loading={mine.loading && !mine.data} error={mine.error} onRetry={mine.reload}>
          {mine.data && mine.data.length === 0 ? <View className="lead">您还没有提交过申请。</View> : null}
          <View {...listRole}>
            {(mine.data ?? []).map((a) => (
              <View key={a.id} className="item" {...itemRole} data-testid={`my-application-${a.id}`}>
                <View className="row">
                  <View className="ec-elder__name">{a.name}</View>
                  <Tag tone={a.status === 'approved' ? 'ok' : a.status === 'pending' ? 'quiet' : 'alert'}>
                    {a.statusLabel}
                  </Tag>
                </View>
                <Facts
                  rows={[
                    ['单位类型', a.kind],
                    ['申请时间', dateTime(a.createdAt)],
                    ['审核意见', a.decisionReason],
                  ]}
                />
                {a.status === 'approved' ? <View>已通过。请到“我的”→“工作台”处理老人的预约。</View> : null}
                {a.status === 'rejected' ? <View>没有通过。您可以按审核意见修改后重新申请。</View> : null}
              </View>
            ))}
          </View>
        </StatusView>
      </Card>

      <BackButton label="返回为老服务" fallback={PATHS.home} />
    </Page>
  );
}
