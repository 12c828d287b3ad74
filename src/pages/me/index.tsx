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

const heading2 = { role: 'heading', 'aria-level': 2 };

export default function MePage() {
  const { data: me, loading, error, reload } = useMe();

  return (
    <Page title="我的">
      <View className="card">
        <StatusView loading={loading && !me} error={error} onRetry={reload}>
          {me ? (
            <View>
              <View className="card__title" {...heading2}>
                {me.name || '居民'}
              </View>
              <View className="muted lead">
                我的身份
              </View>
              <View {...{ role: 'list' }} data-testid="my-roles">
                {me.roles.map((r) => (
                  <View key={`${r.role}-${r.placeName}`} className="item" {...{ role: 'listitem' }}>
                    {r.label} · {r.placeName}
                  </View>
                ))}
              </View>
            </View>
          ) : null}
        </StatusView>
      </View>

      {workbenchFor(me).length > 0 ? (
        <View className="card">
          <View className="card__title" {...heading2}>
            工作台
          </View>
          {workbenchFor(me).map((entry) => (
            <Btn key={entry.key} kind="primary" testId={`work-${entry.key}`} onClick={() => void Taro.navigateTo({ url: entry.url })}>
              {entry.name}
            </Btn>
          ))}
        </View>
      ) : null}

      <View className="card">
        <CareModeSwitch />
      </View>

      <View className="card">
        <View className="card__title" {...heading2}>
          隐私和数据
        </View>
        <Btn kind="secondary" testId="me-privacy-policy" onClick={() => go(POLICY_PAGE)}>
          隐私政策
        </Btn>
        <Btn kind="secondary" testId="me-my-data" onClick={() => go(MY_DATA_PAGE)}>
          我的数据和注销账号
        </Btn>
      </View>

      <View className="card">
        <View className="card__title" {...heading2}>
          邀请码
        </View>
        <RedeemInvite onRedeemed={reload} />
      </View>

      {usesHttp() ? (
        <Btn kind="danger" onClick={signOut}>
          退出登录
        </Btn>
      ) : null}
    </Page>
  );
}
