import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Btn } from '../../components/Btn';
import { CareModeSwitch } from '../../components/CareModeSwitch';
import { CareOffer } from '../../components/CareOffer';
import { Page } from '../../components/Page';
import { FEATURES, type Feature } from '../../features';

function open(feature: Feature) {
  void Taro.navigateTo({ url: feature.url });
}

export default function Home() {
  return (
    <Page title="湖岛街道 · 党群e家">
      <CareModeSwitch compact />
      <CareOffer />
      <View className="muted lead">
        有事找社区，点下面的大按钮。
      </View>
      {FEATURES.map((feature) => (
        <Btn key={feature.key} kind="plain" className="entry" onClick={() => open(feature)} testId={`entry-${feature.key}`}>
          <View className="entry__name">{feature.name}</View>
          <View className="entry__desc">{feature.description}</View>
        </Btn>
      ))}
    </Page>
  );
}
