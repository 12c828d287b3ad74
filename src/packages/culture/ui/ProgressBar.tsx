import { View } from '@tarojs/components';
import { isWeapp } from '../../../platform/env';

/** A bar with its number beside it: the number carries the meaning, the bar helps the eye. */
export function ProgressBar({ percent, label, done }: { percent: number; label: string; done?: boolean }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <View className="cu-progress">
      <View
        className="cu-progress__track"
        // WeChat has no aria-valuenow and the number beside the bar is hidden from readers: its label carries the value.
        {...{
          role: 'progressbar',
          'aria-label': isWeapp() ? `${label} ${value}%` : label,
          'aria-valuenow': value,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
        }}
      >
        <View
          className={done ? 'cu-progress__fill cu-progress__fill--done' : 'cu-progress__fill'}
          style={{ width: `${value}%` }}
        />
      </View>
      <View className="cu-progress__value" {...{ 'aria-hidden': 'true' }}>
        {value}%
      </View>
    </View>
  );
}
