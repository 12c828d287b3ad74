import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Btn } from '../../components/Btn';
import { Page } from '../../components/Page';
import { HOME_PAGE } from '../../auth/session';
import { findFeature } from '../../features';

/** Placeholder for features not built yet: says so plainly and always leads back home. */
export default function ComingSoon() {
  const { params } = useRouter();
  const feature = findFeature(params.feature);
  const name = feature?.name ?? '这项服务';
  return (
    <Page title={`${name}即将开通`}>
      <View className="card">
        <View className="lead">
          {name}正在建设中，很快就能使用，敬请期待。
        </View>
        {feature ? <View className="muted">{feature.promise}</View> : null}
      </View>
      <Btn kind="primary" onClick={() => void Taro.switchTab({ url: HOME_PAGE })}>
        返回首页
      </Btn>
    </Page>
  );
}
