import { View } from '@tarojs/components';
import { itemRole, listRole } from '../../../components/aria';

export interface Bar {
  key: string;
  label: string;
  /** Two stacked parts, e.g. attended and absent. */
  first: number;
  second: number;
  /** The words a screen reader (and everyone) reads for this bar. */
  text: string;
}

/**
 * Horizontal bars drawn with Views (no canvas: the same in WeChat and H5).
 * Each bar is a list item whose text states the figures; the coloured bar is decoration.
 */
export function BarChart({ bars, firstName, secondName }: { bars: Bar[]; firstName: string; secondName: string }) {
  const max = Math.max(1, ...bars.map((b) => b.first + b.second));
  return (
    <View className="cu-chart">
      <View className="cu-chart__legend" {...{ 'aria-hidden': 'true' }}>
        <View className="cu-chart__key cu-chart__key--first" />
        {firstName}
        <View className="cu-chart__key cu-chart__key--second" />
        {secondName}
      </View>
      <View {...listRole}>
        {bars.map((b) => (
          <View key={b.key} className="cu-chart__row" {...itemRole}>
            <View className="cu-chart__label">{b.label}</View>
            <View className="cu-chart__track" {...{ 'aria-hidden': 'true' }}>
              <View className="cu-chart__bar cu-chart__bar--first" style={{ width: `${(b.first / max) * 100}%` }} />
              <View className="cu-chart__bar cu-chart__bar--second" style={{ width: `${(b.second / max) * 100}%` }} />
            </View>
            <View className="cu-chart__text">{b.text}</View>
          </View>
        ))}
      </View>
    </View>
  );
}
