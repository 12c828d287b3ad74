import { useDidShow } from '@tarojs/taro';
import { useEffect, type PropsWithChildren } from 'react';
import { refreshCareMode, useCareMode } from './care/care-mode';
import { applyCareModeToTabBar } from './platform/tab-bar';
import './app.scss';

function App({ children }: PropsWithChildren) {
  // The WeChat font size may have changed while the app was in the background.
  useDidShow(() => refreshCareMode());
  const { on: care } = useCareMode();
  useEffect(() => applyCareModeToTabBar(care), [care]);
  return children;
}

export default App;
