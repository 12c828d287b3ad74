import { View } from '@tarojs/components';
import { useState } from 'react';
import { answerCareOffer, careOfferPending } from '../care/care-offer';
import { setCareMode } from '../care/care-mode';
import { Btn } from './Btn';
import { Heading } from './Heading';

/**
 * Asked once, on first launch, on 首页: many of our residents are over 60 and
 * will not look for a setting on 我的. Either answer is remembered.
 */
export function CareOffer() {
  const [open, setOpen] = useState(careOfferPending);
  if (!open) return null;
  const answer = (on: boolean) => {
    answerCareOffer();
    if (on) setCareMode(true);
    setOpen(false);
  };
  return (
    <View className="card care-offer" data-testid="care-offer" {...{ role: 'region', 'aria-label': '大字版提示' }}>
      <Heading level={2} className="card__title">
        字太小，看不清？
      </Heading>
      <View className="lead">打开大字版，文字和按钮都会变大。以后也可以在首页顶上或“我的”里随时开关。</View>
      <View className="row">
        <Btn kind="primary" onClick={() => answer(true)} testId="care-offer-yes">
          打开大字版
        </Btn>
        <Btn kind="secondary" onClick={() => answer(false)} testId="care-offer-no">
          暂不需要
        </Btn>
      </View>
    </View>
  );
}
