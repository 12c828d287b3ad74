import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/errors';
import { AGREE_BUTTON_ID, openPrivacyContract } from '../platform/privacy';
import { isWeapp } from '../platform/env';
import { agreeToPolicy, refusePolicy } from '../privacy/agree';
import { isConsentOpen, onConsentChange } from '../privacy/consent';
import { POLICY_PAGE } from '../privacy/paths';
import { Btn } from './Btn';
import { Heading } from './Heading';

/**
 * The app's own privacy popup: large text, one clear 同意 and 拒绝, a link to
 * the policy. Every page renders it (through <Page>); it shows while anyone
 * waits for consent (first use, a refused server action, WeChat's
 * onNeedPrivacyAuthorization). In WeChat 同意 is an
 * `open-type="agreePrivacyAuthorization"` button and consent is recorded from
 * its event, as the base library requires.
 */
export function PrivacyPopup() {
  const [open, setOpen] = useState(isConsentOpen());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    setOpen(isConsentOpen());
    return onConsentChange(setOpen);
  }, []);

  if (!open) return null;

  const agree = async () => {
    setBusy(true);
    setError(null);
    const failed = await agreeToPolicy();
    setBusy(false);
    setError(failed);
  };
  const weapp = isWeapp();

  return (
    <View className="privacy-popup" data-testid="privacy-popup">
      <View
        className="privacy-popup__dialog"
        {...{ role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'privacy-popup-title' }}
      >
        <Heading level={2} className="privacy-popup__title" id="privacy-popup-title">
          隐私保护提示
        </Heading>
        <View className="privacy-popup__text">
          为了帮您反映问题、报名课程、为老人预约服务，我们需要使用您填写的称呼、电话、地址和照片。我们只在办理这些事情时使用，不会卖给任何人。
        </View>
        <View className="privacy-popup__text">不同意也可以浏览首页、课程和公开的内容。</View>
        <Btn
          kind="plain"
          className="privacy-popup__link"
          testId="privacy-popup-policy"
          onClick={() => void Taro.navigateTo({ url: POLICY_PAGE })}
        >
          阅读《隐私政策》全文
        </Btn>
        {weapp ? (
          <Btn kind="plain" className="privacy-popup__link" onClick={() => void openPrivacyContract()}>
            查看微信《用户隐私保护指引》
          </Btn>
        ) : null}
        {error ? (
          <View className="notice" {...{ role: 'alert' }}>
            {error.message}
          </View>
        ) : null}
        <View className="privacy-popup__actions">
          <Btn kind="secondary" testId="privacy-refuse" disabled={busy} onClick={refusePolicy}>
            拒绝
          </Btn>
          {weapp ? (
            <Btn
              kind="primary"
              testId="privacy-agree"
              id={AGREE_BUTTON_ID}
              openType="agreePrivacyAuthorization"
              loading={busy}
              onAgreePrivacyAuthorization={() => void agree()}
            >
              同意
            </Btn>
          ) : (
            <Btn kind="primary" testId="privacy-agree" loading={busy} onClick={() => void agree()}>
              同意
            </Btn>
          )}
        </View>
      </View>
    </View>
  );
}
