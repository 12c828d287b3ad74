import { View } from '@tarojs/components';
import { followSystemCareMode, setCareMode, useCareMode } from '../care/care-mode';
import { isWeapp } from '../platform/env';
import { Btn } from './Btn';

/**
 * The manual switch for 关怀模式 (大字版): in full on 我的, compact at the top of 首页. A Btn with role="switch" rather than Taro's
 * Switch, which has no accessible name in H5.
 */
export function CareModeSwitch({ compact = false }: { compact?: boolean } = {}) {
  const { on, system, manual } = useCareMode();
  if (compact) {
    // The short form at the top of 首页: one row, named 大字版 as government apps call it.
    return (
      <View className="row care-switch care-switch--compact">
        <View className="care-switch__name" {...{ 'aria-hidden': 'true' }}>
          大字版
        </View>
        <Btn
          role="switch"
          checked={on}
          label="大字版"
          kind={on ? 'primary' : 'secondary'}
          className="care-switch__toggle"
          onClick={() => setCareMode(!on)}
          testId="care-switch-home"
        >
          {on ? '已开启' : '已关闭'}
        </Btn>
      </View>
    );
  }
  return (
    <View className="care-switch">
      <View className="row care-switch__row">
        <View className="care-switch__name" {...{ 'aria-hidden': 'true' }}>
          关怀模式
        </View>
        <Btn
          role="switch"
          checked={on}
          label="关怀模式"
          kind={on ? 'primary' : 'secondary'}
          className="care-switch__toggle"
          onClick={() => setCareMode(!on)}
          testId="care-switch"
        >
          {on ? '已开启' : '已关闭'}
        </Btn>
      </View>
      <View className="care-switch__help">
        开启后，文字和按钮会变大，更容易看清、点准。如果您在微信里把字体调大了，这里会自动开启。
      </View>
      {/* Only WeChat has a font setting to go back to. */}
      {isWeapp() && manual !== null && system !== (manual === 'on') ? (
        <Btn kind="secondary" className="btn--small" onClick={followSystemCareMode}>
          改为跟随微信字体设置
        </Btn>
      ) : null}
    </View>
  );
}
