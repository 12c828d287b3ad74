import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Heading } from '../../../components/Heading';
import { useState } from 'react';
import { HOME_PAGE } from '../../../auth/session';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { StatusView } from '../../../components/StatusView';
import { TextField } from '../../../components/TextField';
import { ERASURE_ACTION_WORDS, ERASURE_RULES } from '../../../privacy/data';
import { POLICY_PAGE } from '../../../privacy/paths';
import { go } from '../../../utils/nav';
import { useMyData } from './use-my-data';
import { Card } from '../../../components/Card';

const SAVED_WORDS = { downloaded: '已下载', shared: '已发送', copied: '已复制到剪贴板', cancelled: '已取消' } as const;

/** 我的数据 and 注销账号. */
export default function MyDataPage() {
  const { data, saved, save, deleting, deleted, error, deleteAccount } = useMyData();
  const [typed, setTyped] = useState('');

  if (deleted) {
    return (
      <Page title="账号已注销" requireLogin={false}>
        <Notice kind="ok" testId="account-deleted">
          您的账号已注销。您的称呼、电话和消息已删除，反映过的问题以“已注销用户”的名义保留。感谢您使用党群e家。
        </Notice>
        <Btn kind="primary" onClick={() => void Taro.reLaunch({ url: HOME_PAGE })}>
          回到首页
        </Btn>
      </Page>
    );
  }

  return (
    <Page title="我的数据">
      <View className="muted lead">这里是党群e家保存的关于您、以及您监护的老人的全部信息。</View>
      {error ? <Notice kind="error">{error.message}</Notice> : null}
      <StatusView loading={data.loading && !data.data} error={data.error} onRetry={data.reload}>
        {data.data ? (
          <View>
            <Card title="下载我的数据" className="stack">
              <Btn kind="primary" testId="download-text" onClick={() => void save(0)}>
                下载文字版（方便阅读）
              </Btn>
              <Btn kind="secondary" testId="download-json" onClick={() => void save(1)}>
                下载数据版（JSON）
              </Btn>
              {saved ? (
                <Notice kind="ok" testId="download-done">
                  {saved.name}：{SAVED_WORDS[saved.outcome]}
                </Notice>
              ) : null}
            </Card>
            {data.data.sections.map((section) => (
              <View key={section.title} className="card" data-testid={`section-${section.title}`}>
                <Heading level={2} className="card__title">
                  {section.title}（{section.items.length}）
                </Heading>
                {section.items.length === 0 ? <View className="muted">没有</View> : null}
                {section.items.map((item, i) => (
                  <View key={`${item.heading}-${i}`} className="item">
                    <View>{item.heading}</View>
                    {item.lines.map((line, j) => (
                      <View key={j} className="muted">
                        {line}
                      </View>
                    ))}
                  </View>
                ))}
              </View>
            ))}
          </View>
        ) : null}
      </StatusView>

      <Card title="注销账号" className="stack" testId="delete-account">
        <View>注销后不能恢复。会这样处理您的信息：</View>
        {ERASURE_RULES.map((r) => (
          <View key={r.what} className="item muted">
            {r.what}：{ERASURE_ACTION_WORDS[r.action]}。{r.detail}
          </View>
        ))}
        <View className="muted">工作人员请先请管理员撤销身份再注销。</View>
        <TextField
          label="请输入“注销”两个字确认"
          value={typed}
          onChange={setTyped}
          maxlength={4}
          testId="delete-confirm"
        />
        <Btn
          kind="danger"
          testId="delete-account-btn"
          loading={deleting}
          disabled={typed.trim() !== '注销'}
          onClick={() => void deleteAccount()}
        >
          注销我的账号
        </Btn>
        <Btn kind="plain" onClick={() => go(POLICY_PAGE)}>
          阅读《隐私政策》
        </Btn>
      </Card>
    </Page>
  );
}
