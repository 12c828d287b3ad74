import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Choices } from '../../../components/Choices';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { AreaField, TextField } from '../../../components/TextField';
import { subscribeFor } from '../../../platform/subscribe';
import { back, replace } from '../../../utils/nav';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { REQUEST_PATHS } from '../request-lib/paths';
import { useRunner } from '../../../hooks/use-runner';
import { useFileForm } from './use-file-form';

/** 提交诉求: an enterprise contact tells the sub-district what it needs; the liaison and the department answer within the time limit. */
export default function RequestNewPage() {
  const enterpriseId = useRouter().params.enterpriseId || undefined;
  const form = useFileForm(enterpriseId);
  const { busy, outcome, run, say } = useRunner();
  const [tried, setTried] = useState(false);
  const { draft, set, types } = form;
  const chosen = types.data?.find((t) => t.type === draft.type);

  const submit = async () => {
    setTried(true);
    if (form.problem) return say({ ok: false, text: form.problem });
    // Asked on the tap, as WeChat requires: the answer to this request arrives as a subscription message.
    await subscribeFor('issueReport');
    const result = await run('file', form.send, '已提交。');
    if (result) replace(REQUEST_PATHS.request(result.request.id));
  };

  return (
    <Page title="提交诉求">
      <View className="muted lead">
        街道包联干部和责任部门会在 1 个工作日内受理，并按时限办结。办理进展会发到“消息”里。
      </View>
      <StatusView loading={types.loading && !types.data} error={types.error} onRetry={types.reload}>
        {types.data ? (
          <View className="card">
            <Choices
              id="request-type"
              label="诉求类型"
              options={types.data.map((t) => ({ value: t.type, label: t.label }))}
              value={draft.type}
              onChange={(v) => set('type', v)}
              hint={chosen ? `${chosen.hint}；${chosen.resolveDays} 个工作日内办结` : undefined}
            />
            <TextField
              label="标题"
              value={draft.title}
              onChange={(v) => set('title', v)}
              maxlength={40}
              placeholder="例如：招焊工 10 名"
              testId="request-title"
            />
            <AreaField
              label="需要街道帮什么"
              value={draft.description}
              onChange={(v) => set('description', v)}
              maxlength={1000}
              placeholder="写清楚情况和需要，例如岗位、人数、时间"
              testId="request-description"
            />
            {draft.type === 'financing' ? (
              <View {...{ role: 'group', 'aria-label': '融资需求' }}>
                <TextField
                  label="融资金额（万元）"
                  type="digit"
                  value={draft.amountWan}
                  onChange={(v) => set('amountWan', v)}
                  placeholder="例如 300"
                  testId="request-amount"
                />
                <TextField
                  label="资金用途"
                  value={draft.purpose}
                  onChange={(v) => set('purpose', v)}
                  maxlength={200}
                  placeholder="例如：购置设备、流动资金"
                  testId="request-purpose"
                />
                <TextField
                  label="期限（月）"
                  type="number"
                  value={draft.termMonths}
                  onChange={(v) => set('termMonths', v)}
                  placeholder="例如 12"
                  testId="request-term"
                />
              </View>
            ) : null}
            <View className="field__label">附件（选填，最多 6 张图片，例如营业执照、现场照片）</View>
            <PhotoPicker uploads={form.attachments} testId="request-attach" />
          </View>
        ) : null}
      </StatusView>
      {outcome && (tried || outcome.ok) ? (
        <Notice kind={outcome.ok ? 'ok' : 'error'} testId="request-outcome">
          {outcome.text}
        </Notice>
      ) : null}
      <View className="card">
        <Btn kind="primary" loading={busy === 'file'} onClick={() => void submit()} testId="request-submit">
          提交诉求
        </Btn>
        <Btn kind="secondary" onClick={() => back(REQUEST_PATHS.mine(enterpriseId))}>
          返回
        </Btn>
      </View>
    </Page>
  );
}
