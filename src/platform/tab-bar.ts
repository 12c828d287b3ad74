import { isWeapp } from './env';

/**
 * The tab bar in care mode.
 *
 * H5: Taro draws the tab bar in the DOM outside every page, so care mode marks
 * the body (`care-tabbar`) and app.scss makes its labels and tap targets large.
 *
 * WeChat: the native tab bar's label size cannot be set (setTabBarStyle only
 * takes colours and the border), and a custom tab bar would replace the
 * native one (and its icons and screen-reader support) on every tab page. We keep the
 * native bar: WeChat draws it at about 50 px high across a third of the screen
 * per item and scales its labels with WeChat's own 关怀模式 and font setting,
 * which is also what turns our care mode on by itself (platform/font-setting.ts).
 */
export function applyCareModeToTabBar(on: boolean): void {
  if (isWeapp() || typeof document === 'undefined' || !document.body) return;
  document.body.classList.toggle('care-tabbar', on);
}
