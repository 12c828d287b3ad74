import { useDidShow, useLaunch } from '@tarojs/taro';
import { useEffect, type PropsWithChildren } from 'react';
import { needsLogin } from './auth/session';
import { refreshCareMode, useCareMode } from './care/care-mode';
import { listenForPrivacyNeeds } from './platform/privacy';
import { applyCareModeToTabBar } from './platform/tab-bar';
import { checkConsentOnFirstUse } from './privacy/agree';
import { askConsent } from './privacy/consent';
import './app.scss';

function App({ children }: PropsWithChildren) {
  // The WeChat font size may have changed while the app was in the background.
  useDidShow(() => refreshCareMode());
  const { on: care } = useCareMode();
  useEffect(() => applyCareModeToTabBar(care), [care]);

  useLaunch(() => {
    // WeChat holds a privacy API call until our popup is answered (src/platform/privacy.ts).
    listenForPrivacyNeeds(() => void askConsent('wechat'));
    // First launch (or a new policy version): ask before anything is collected. H5 asks after login instead.
    if (!needsLogin()) void checkConsentOnFirstUse();
  });
  return children;
}

export default App;
