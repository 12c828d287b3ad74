import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { backTo } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { INDUSTRY_CHOICES, SIZE_CHOICES } from '../lib/words';
import { OutcomeNotice } from '../../../components/Notice';
import { draftOf, EMPTY_DRAFT, type RegistrationDraft } from './draft';
import { useRegister } from './use-register';
import '../enterprise.scss';

/**
 * 登记企业: the fields of the business licence (营业执照) and who the
 * sub-district calls. With `?id=` it corrects a rejected registration; the
 * credit code, being the enterprise's identity, cannot change then.
 */
export default function Register() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const { existing, submit, busy, outcome } = useRegister(id);
  const [draft, setDraft] = useState<RegistrationDraft>(EMPTY_DRAFT);
  const [sent, setSent] = useState(false);
  const set =
    <K extends keyof RegistrationDraft>(key: K) =>
    (value: RegistrationDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => {
    if (existing.data) setDraft(draftOf(existing.data));
  }, [existing.data]);

  const send = async () => {
    if (await submit(draft)) setSent(true);
  };

  return (
    <Page title={id ? '修改企业登记' : '登记企业'}>
      <View className="lead">请按营业执照填写。街道经济工作组核实后，您就可以通过企业直通车向街道反映企业的难事。</View>
      <StatusView loading={existing.loading && !existing.data} error={existing.error} onRetry={existing.reload}>
        <OutcomeNotice outcome={outcome} testId="register-outcome" />
        {sent ? (
          <ActionBar>
            <Btn kind="primary" onClick={() => backTo(PATHS.home)} testId="register-done">
              返回企业直通车
            </Btn>
          </ActionBar>
        ) : (
          <View className="card stack">
            <TextField
              label="企业名称"
              value={draft.name}
              onChange={set('name')}
              placeholder="营业执照上的全称"
              maxlength={60}
              testId="reg-name"
            />
            {id ? (
              <View className="field">
                <View className="field__label">统一社会信用代码</View>
                <View className="code">{draft.creditCode}</View>
              </View>
            ) : (
              <TextField
                label="统一社会信用代码"
                value={draft.creditCode}
                onChange={set('creditCode')}
                placeholder="18 位，营业执照左上方"
                hint="数字和大写字母，没有 I、O、S、V、Z"
                maxlength={22}
                testId="reg-code"
              />
            )}
            <Choices
              id="reg-industry"
              label="所属行业"
              options={INDUSTRY_CHOICES}
              value={draft.industry}
              onChange={set('industry')}
            />
            <Choices
              id="reg-size"
              label="企业规模"
              options={SIZE_CHOICES}
              value={draft.size}
              onChange={set('size')}
              hint="按国家统计局大中小微型企业划分办法"
            />
            <TextField
              label="经营地址"
              value={draft.address}
              onChange={set('address')}
              placeholder="例如 美青工业园 3 号厂房"
              maxlength={100}
              testId="reg-address"
            />
            <TextField
              label="联系人"
              value={draft.contactName}
              onChange={set('contactName')}
              maxlength={20}
              testId="reg-contact"
            />
            <TextField
              label="联系电话"
              type="number"
              value={draft.contactPhone}
              onChange={set('contactPhone')}
              placeholder="手机号或座机号"
              maxlength={13}
              testId="reg-phone"
            />
            <ActionBar>
              <Btn kind="primary" loading={busy} onClick={() => void send()} testId="reg-submit">
                {id ? '重新提交' : '提交登记'}
              </Btn>
            </ActionBar>
          </View>
        )}
      </StatusView>
    </Page>
  );
}
