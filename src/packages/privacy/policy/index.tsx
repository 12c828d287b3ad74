import { View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { isWeapp } from '../../../platform/env';
import { openPrivacyContract } from '../../../platform/privacy';
import {
  CONTROLLER,
  DEFAULT_RETENTION_DAYS,
  ERASURE_ACTION_WORDS,
  ERASURE_RULES,
  PERSONAL_FIELDS,
  POLICY_VERSION,
  PRIVACY_APIS,
} from '../../../privacy/data';
import { MY_DATA_PAGE } from '../../../privacy/paths';
import { go } from '../../../utils/nav';
import { Card } from '../../../components/Card';

/** 隐私政策, rendered from src/privacy/data.ts (the same source as docs/privacy.md), in plain Chinese. */
export default function PolicyPage() {
  return (
    <Page title="隐私政策" requireLogin={false} privacyPopup={false}>
      <View className="card">
        <View className="lead">
          {CONTROLLER.appName}由{CONTROLLER.name}提供。我们只收集办事必需的信息，只给需要办理的人看，用完按期删除。
        </View>
        <View className="muted">版本：{POLICY_VERSION}</View>
      </View>

      <Card title="我们会用到的手机功能" testId="policy-apis">
        {PRIVACY_APIS.map((api) => (
          <View key={`${api.api} ${api.module}`} className="item">
            <View>{api.wechatItem.replace(/^(收集|使用|访问)你的?/, '')}</View>
            <View className="muted">{api.purpose}。只有您点了相应按钮才会使用。</View>
          </View>
        ))}
      </Card>

      <Card title="我们保存的信息" testId="policy-fields">
        {PERSONAL_FIELDS.map((f) => (
          <View key={`${f.collection}-${f.field}`} className="item">
            <View>
              {f.label}
              {f.sensitive ? '（敏感信息，需您单独同意）' : ''}
            </View>
            <View className="muted">用途：{f.purpose}</View>
            <View className="muted">谁能看到：{f.seenBy}</View>
            <View className="muted">保存多久：{f.retention}</View>
          </View>
        ))}
      </Card>

      <Card title="您的权利">
        <View className="item">在“我的 → 我的数据”可以查看、下载我们保存的关于您和您监护的老人的全部信息。</View>
        <View className="item">反映问题办结 {DEFAULT_RETENTION_DAYS} 天后，您留的电话和原始照片会自动删除。</View>
        <View className="item">您可以随时注销账号。注销后：</View>
        {ERASURE_RULES.map((r) => (
          <View key={r.what} className="item muted">
            {r.what}：{ERASURE_ACTION_WORDS[r.action]}。{r.detail}
          </View>
        ))}
        <View className="item">有疑问请联系：{CONTROLLER.contact}</View>
      </Card>

      <Btn kind="secondary" testId="policy-my-data" onClick={() => go(MY_DATA_PAGE)}>
        查看我的数据
      </Btn>
      {isWeapp() ? (
        <Btn kind="plain" onClick={() => void openPrivacyContract()}>
          查看微信《用户隐私保护指引》
        </Btn>
      ) : null}
    </Page>
  );
}
