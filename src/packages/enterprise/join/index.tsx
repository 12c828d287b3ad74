import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ActionBar } from '../../../components/ActionBar';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { TextField } from '../../../components/TextField';
import { backTo } from '../../../utils/nav';
import { PATHS } from '../lib/paths';
import { useRunner } from '../../../hooks/use-runner';
import { OutcomeNotice } from '../../../components/Notice';
import '../enterprise.scss';

/** A colleague joins an enterprise already registered, with the one-time code its contact made. */
export default function Join() {
  const { busy, outcome, run } = useRunner();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [joined, setJoined] = useState(false);

  const send = async () => {
    const done = await run(
      'join',
      () => call('enterprise', 'joinByInvite', { code, name, phone }),
      (r) => `您已成为${r.enterpriseName}的联系人。`,
    );
    if (done) setJoined(true);
  };

  return (
    <Page title="用邀请码加入企业">
      <View className="lead">请向本企业已登记的同事要一个邀请码（8 位字母和数字，3 天内有效）。</View>
      <OutcomeNotice outcome={outcome} testId="join-outcome" />
      {joined ? (
        <ActionBar>
          <Btn kind="primary" onClick={() => backTo(PATHS.home)} testId="join-done">
            返回企业直通车
          </Btn>
        </ActionBar>
      ) : (
        <View className="card stack">
          <TextField
            label="邀请码"
            value={code}
            onChange={setCode}
            placeholder="例如 K7PM 3QXA"
            maxlength={12}
            testId="join-code"
          />
          <TextField label="您的姓名" value={name} onChange={setName} maxlength={20} testId="join-name" />
          <TextField
            label="联系电话"
            type="number"
            value={phone}
            onChange={setPhone}
            placeholder="手机号或座机号"
            maxlength={13}
            testId="join-phone"
          />
          <ActionBar>
            <Btn kind="primary" loading={busy !== null} onClick={() => void send()} testId="join-submit">
              加入
            </Btn>
          </ActionBar>
        </View>
      )}
    </Page>
  );
}
