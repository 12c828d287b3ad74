import { useDidShow } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { refreshCareMode } from './care/care-mode';
import './app.scss';

function App({ children }: PropsWithChildren) {
  // The WeChat font size may have changed while the app was in the background.
  useDidShow(() => refreshCareMode());
  return children;
}

export default App;
