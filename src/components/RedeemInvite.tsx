import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../api/client';
import { toApiError } from '../api/errors';
import { Btn } from './Btn';
import { TextField } from './TextField';

export interface RedeemInviteProps {
  /** Called after a role was granted, so the page can show the new role. */
  onRedeemed: () => void;
}

/** Staff receive an 8-character code from an administrator and enter it here. */
export function RedeemInvite({ onRedeemed }: RedeemInviteProps) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async () => {
    const trimmed = code.replace(/[\s-]/g, '');
    if (!trimmed) {
      setResult({ ok: false, text: '请先输入邀请码。' });
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const granted = await call('account', 'redeemInvite', { code: trimmed });
      setResult({ ok: true, text: `已开通：${granted.placeName}的${granted.roleLabel}。` });
      setCode('');
      onRedeemed();
    } catch (err) {
      setResult({ ok: false, text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="stack">
      <TextField
        label="邀请码"
        value={code}
        onChange={setCode}
        placeholder="8 位字母和数字"
        hint="网格员、社区管理员或合作单位的工作人员，请输入管理员给您的邀请码。"
        maxlength={12}
        onConfirm={() => void submit()}
        testId="invite-code"
      />
      {result ? (
        <View className={result.ok ? 'notice notice--ok' : 'notice'} {...{ role: result.ok ? 'status' : 'alert' }}>
          {result.text}
        </View>
      ) : null}
      <Btn kind="primary" loading={busy} onClick={() => void submit()}>
        使用邀请码
      </Btn>
    </View>
  );
}
