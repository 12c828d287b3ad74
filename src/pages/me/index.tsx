import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { signOut } from '../../auth/session';
import { Btn } from '../../components/Btn';
import { CareModeSwitch } from '../../components/CareModeSwitch';
import { Page } from '../../components/Page';
import { RedeemInvite } from '../../components/RedeemInvite';
import { StatusView } from '../../components/StatusView';
import { useMe } from '../../hooks/use-me';
import { workbenchFor } from '../../workbench';
import { usesHttp } from '../../platform/env';
import { MY_DATA_PAGE, POLICY_PAGE } from '../../privacy/paths';
import { go } from '../../utils/nav';
import { Heading } from '../../components/Heading';
import { itemRole, listRole } from '../../components/aria';
import { Card } from '../../components/Card';

export default function MePage() {
  const { data: me, loading, error, reload } = useMe();

  return (
    <Page title="我的">
      <View className="card">
        <StatusView loading={loading && !me} error={error} onRetry={reload}>
          {me ? (
            <View>
              <Heading level={2} className="card__title">
                {me.name || '居民'}
              </Heading>
              <View className="muted lead">我的身份</View>
              <View {...listRole} data-testid="my-roles">
                {me.roles.map((r) => (
                  <View key={`${r.role}-${r.placeName}`} className="item" {...itemRole}>
                    {r.label} · {r.placeName}
                  </View>
                ))}
              </View>
            </View>
          ) : null}
        </StatusView>
      </View>

      {workbenchFor(me).length > 0 ? (
        <Card title="工作台">
          {workbenchFor(me).map((entry) => (
            <Btn
              key={entry.key}
              kind="primary"
              testId={`work-${entry.key}`}
              onClick={() => void Taro.navigateTo({ url: entry.url })}
            >
              {entry.name}
            </Btn>
          ))}
        </Card>
      ) : null}

      <View className="card">
        <CareModeSwitch />
      </View>

      <Card title="隐私和数据">
        <Btn kind="secondary" testId="me-privacy-policy" onClick={() => go(POLICY_PAGE)}>
          隐私政策
        </Btn>
        <Btn kind="secondary" testId="me-my-data" onClick={() => go(MY_DATA_PAGE)}>
          我的数据和注销账号
        </Btn>
      </Card>

      <Card title="邀请码">
        <RedeemInvite onRedeemed={reload} />
      </Card>

      {usesHttp() ? (
        <Btn kind="danger" onClick={signOut}>
          退出登录
        </Btn>
      ) : null}
    </Page>
  );
}
