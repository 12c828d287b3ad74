import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { Btn } from '../../components/Btn';
import { TextField } from '../../components/TextField';
import { canScan, scanQrCode } from '../../platform/scan';
import { useRunner } from './lib/use-runner';
import { Card } from '../../components/Card';
import { OutcomeNotice } from '../../components/Notice';

/** 家人给了我链接码: typed, or scanned in WeChat; on success the elder appears in the list above. */
export function JoinFamily({ onJoined }: { onJoined: () => void }) {
  const [code, setCode] = useState('');
  const { busy, outcome, run, say } = useRunner();

  const join = async (text: string) => {
    if (!text.trim()) {
      say({ ok: false, text: '请输入家人给您的 6 位链接码。' });
      return;
    }
    const done = await run(
      'join',
      () => call('eldercare', 'redeemLinkCode', { code: text }),
      (r) => `您已成为${r.elderName}的家属，可以为老人预约服务了。`,
    );
    if (done) {
      setCode('');
      onJoined();
    }
  };

  const scan = async () => {
    const text = await scanQrCode().catch(() => null);
    if (text) await join(text);
  };

  return (
    <Card title="家人给了您链接码？" className="stack" testId="join-family">
      <View className="muted lead">老人的其他家属可以在“家属”页面生成链接码。输入后，您也能为老人预约。</View>
      <TextField
        label="链接码"
        type="number"
        value={code}
        onChange={setCode}
        placeholder="6 位数字"
        maxlength={6}
        testId="join-code"
      />
      <OutcomeNotice outcome={outcome} testId="join-outcome" />
      <Btn kind="primary" loading={busy === 'join'} onClick={() => void join(code)} testId="join-submit">
        成为家属
      </Btn>
      {canScan() ? (
        <Btn kind="secondary" onClick={() => void scan()}>
          扫家人的二维码
        </Btn>
      ) : null}
    </Card>
  );
}
