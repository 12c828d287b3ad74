import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { HOME_PAGE } from '../../auth/session';
import { Btn } from '../../components/Btn';
import { Page } from '../../components/Page';
import { StatusView } from '../../components/StatusView';
import { TextField } from '../../components/TextField';
import { usesHttp } from '../../platform/env';
import { useLogin } from './use-login';
import { Card } from '../../components/Card';

export default function Login() {
  const { personas, busy, error, login } = useLogin();
  const [openid, setOpenid] = useState('');

  if (!usesHttp()) {
    // In WeChat the platform identifies the user; this page is only reachable by mistake.
    return (
      <Page title="登录" requireLogin={false}>
        <View className="card">在微信里打开时会自动识别您的身份，不需要登录。</View>
        <Btn kind="primary" onClick={() => void Taro.switchTab({ url: HOME_PAGE })}>
          返回首页
        </Btn>
      </Page>
    );
  }

  const loginWithOpenid = () => {
    const id = openid.trim();
    if (id) void login({ openid: id });
  };

  return (
    <Page title="登录党群e家" requireLogin={false}>
      <View className="muted lead">这是演示环境：选择一位演示用户即可进入，无需密码。</View>
      {error ? (
        <View className="notice" {...{ role: 'alert' }}>
          {error.message}
        </View>
      ) : null}

      <Card title="选择演示用户">
        <StatusView loading={personas.loading} error={personas.error} onRetry={personas.reload}>
          {personas.data && personas.data.length === 0 ? <View>暂时没有可用的演示用户。</View> : null}
          {(personas.data ?? []).map((p) => (
            <View key={p.id} className="item">
              <Btn
                kind="primary"
                loading={busy === p.id}
                disabled={busy !== null && busy !== p.id}
                onClick={() => void login({ persona: p.id })}
                testId={`persona-${p.id}`}
              >
                {p.name}
              </Btn>
              <View className="muted">
                {p.roleLabel}
                {p.description ? `：${p.description}` : ''}
              </View>
            </View>
          ))}
        </StatusView>
      </Card>

      <Card title="以新居民身份登录" className="stack">
        <TextField
          label="用户编号（openid）"
          value={openid}
          onChange={setOpenid}
          placeholder="例如 resident-001"
          hint="输入任意编号，就会以这个编号作为一位新居民登录。"
          maxlength={64}
          onConfirm={loginWithOpenid}
          testId="login-openid"
        />
        <Btn
          kind="secondary"
          loading={busy === 'openid'}
          disabled={!openid.trim() || (busy !== null && busy !== 'openid')}
          onClick={loginWithOpenid}
        >
          登录
        </Btn>
      </Card>
    </Page>
  );
}
