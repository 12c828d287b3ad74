import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { ADDRESS_DETAIL_MAX, STREET_MAX } from '../../../rules/fields';
import { draftOf, EMPTY_DRAFT, type ElderDraft } from '../lib/elder-draft';
import { replace } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { DIFFICULTY_OPTIONS, RELATION_OPTIONS } from '../lib/words';
import { Choices } from '../../../components/Choices';
import { PickerField, todayInShanghai } from '../../../components/PickerField';
import { TextField } from '../../../components/TextField';
import { BackButton } from '../ui/Nav';
import { useElderForm, type ElderFormMode } from './use-elder-form';
import '../eldercare.scss';
import { Card } from '../../../components/Card';
import { OutcomeNotice } from '../../../components/Notice';

const TITLES: Record<ElderFormMode, string> = { family: '登记老人', grid: '为老人建档', edit: '修改老人信息' };
const SMARTPHONE = [
  { value: 'yes', label: '有' },
  { value: 'no', label: '没有' },
] as const;

export default function ElderForm() {
  const { params } = useRouter();
  const mode: ElderFormMode = params.elderId ? 'edit' : params.mode === 'grid' ? 'grid' : 'family';
  const { existing, saved, busy, outcome, submit } = useElderForm(mode, params.elderId);
  const [draft, setDraft] = useState<ElderDraft>(EMPTY_DRAFT);
  const set =
    <K extends keyof ElderDraft>(key: K) =>
    (value: ElderDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const listPage = mode === 'grid' ? PATHS.grid : PATHS.home;

  useEffect(() => {
    if (existing.data) setDraft(draftOf(existing.data));
  }, [existing.data]);

  if (saved) {
    return (
      <Page title={TITLES[mode]}>
        <View className="notice notice--ok" {...{ role: 'status' }} data-testid="elder-saved">
          {saved.verification === 'verified'
            ? `${saved.name}的信息已保存。`
            : `${saved.name}的信息已提交给社区核实。核实后会发消息告诉您，核实通过就能预约。`}
        </View>
        <Btn kind="primary" onClick={() => replace(listPage)}>
          {mode === 'grid' ? '返回代老人预约' : '返回为老服务'}
        </Btn>
      </Page>
    );
  }

  return (
    <Page title={TITLES[mode]}>
      <View className="muted lead">
        {mode === 'edit'
          ? '修改姓名、出生日期、地址或困难身份后，需要社区重新核实，核实前不能预约。只改电话不需要重新核实。'
          : '请按身份证上的信息填写。提交后交给社区核实，核实通过就能预约。'}
      </View>
      <StatusView loading={existing.loading && !existing.data} error={existing.error} onRetry={existing.reload}>
        <Card title="老人信息" className="stack">
          <TextField label="老人姓名" value={draft.name} onChange={set('name')} maxlength={20} testId="elder-name" />
          <PickerField
            label="出生日期"
            mode="date"
            value={draft.birthDate}
            onChange={set('birthDate')}
            start="1900-01-01"
            end={todayInShanghai()}
            initial="1945-01-01"
            hint="按身份证上的出生日期选"
            testId="elder-birth"
          />
          <TextField
            label="街道"
            value={draft.street}
            onChange={set('street')}
            placeholder="例如 万安一路"
            maxlength={STREET_MAX}
            testId="elder-street"
          />
          <TextField
            label="门牌号"
            type="number"
            value={draft.number}
            onChange={set('number')}
            placeholder="例如 12"
            maxlength={4}
            testId="elder-number"
          />
          <TextField
            label="楼号、单元、房号"
            value={draft.detail}
            onChange={set('detail')}
            placeholder="例如 2号楼1单元302"
            maxlength={ADDRESS_DETAIL_MAX}
            testId="elder-detail"
          />
          <TextField
            label="老人的电话（可不填）"
            value={draft.phone}
            onChange={set('phone')}
            placeholder="手机号或座机号"
            maxlength={13}
            testId="elder-phone"
          />
          <Choices
            id="elder-smartphone"
            label="老人自己有没有智能手机"
            options={[...SMARTPHONE]}
            value={draft.noSmartphone ? 'no' : 'yes'}
            onChange={(v) => set('noSmartphone')(v === 'no')}
            hint="没有智能手机的老人，网格员可以帮忙预约。"
          />
          {mode === 'family' ? (
            <Choices
              id="elder-relation"
              label="您和老人的关系"
              options={RELATION_OPTIONS}
              value={draft.relation}
              onChange={set('relation')}
            />
          ) : null}
        </Card>
        <Card title="困难身份和健康情况（可不填）" className="stack" testId="elder-sensitive">
          <View className="muted">
            困难身份和健康情况属于敏感个人信息，只用于判断能否享受困难家庭服务、让服务人员提前准备，只有社区、街道工作人员能看到。需要您单独同意，不同意也能登记，只是不保存这两项。
          </View>
          <Btn
            role="switch"
            checked={draft.sensitiveConsent}
            kind={draft.sensitiveConsent ? 'primary' : 'secondary'}
            testId="elder-sensitive-consent"
            onClick={() => set('sensitiveConsent')(!draft.sensitiveConsent)}
          >
            {draft.sensitiveConsent ? '✓ ' : ''}我同意提供老人的困难身份和健康情况
          </Btn>
          <Btn
            role="switch"
            checked={draft.elderAgrees}
            kind={draft.elderAgrees ? 'primary' : 'secondary'}
            testId="elder-agrees"
            onClick={() => set('elderAgrees')(!draft.elderAgrees)}
          >
            {draft.elderAgrees ? '✓ ' : ''}老人本人（或其监护人）也同意
          </Btn>
          {draft.sensitiveConsent && draft.elderAgrees ? (
            <View className="stack">
              <Choices
                id="elder-difficulty"
                label="困难身份"
                options={DIFFICULTY_OPTIONS}
                value={draft.difficultyClaimed}
                onChange={set('difficultyClaimed')}
                hint="社区会看证明后核实，核实后才算数。没有就选“无”。"
              />
              <TextField
                label="健康情况（如行动不便、需要轮椅）"
                value={draft.healthNotes}
                onChange={set('healthNotes')}
                maxlength={200}
                testId="elder-health"
              />
            </View>
          ) : (
            <View className="muted" data-testid="elder-sensitive-off">
              未同意：困难身份和健康情况不会保存{mode === 'edit' ? '，已保存的会删除' : ''}。
            </View>
          )}
        </Card>
        <OutcomeNotice outcome={outcome && !outcome.ok ? outcome : null} />
        <ActionBar>
          <Btn kind="primary" loading={busy} onClick={() => void submit(draft)} testId="elder-submit">
            {mode === 'edit' ? '保存修改' : '提交给社区核实'}
          </Btn>
        </ActionBar>
      </StatusView>
      <BackButton fallback={listPage} />
    </Page>
  );
}
