import { View } from '@tarojs/components';
import { itemRole, listRole } from '../../../components/aria';

export interface Bar {
  key: string;
  label: string;
  /** The number the bar stands for; null draws an empty bar with "暂无". */
  value: number | null;
  text: string;
}

/**
 * A horizontal bar chart made of Views (no canvas: it works the same in
 * WeChat and H5, grows with care mode, and screen readers read the numbers).
 * `max` fixes the scale (1 for rates); otherwise the largest value fills the track.
 */
export function Bars({ bars, max, label }: { bars: Bar[]; max?: number; label: string }) {
  const top = max ?? Math.max(0, ...bars.map((b) => b.value ?? 0));
  return (
    <View {...listRole} {...{ 'aria-label': label }} data-testid="bars">
      {bars.map((b) => {
        const width = top > 0 && b.value !== null ? Math.max(0, Math.min(100, (b.value / top) * 100)) : 0;
        return (
          <View key={b.key} className="iss-bar" {...itemRole}>
            <View className="iss-bar__label">
              <View>{b.label}</View>
              <View className="iss-figure__value">{b.text}</View>
            </View>
            <View className="iss-bar__track" {...{ 'aria-hidden': 'true' }}>
              <View className="iss-bar__fill" style={{ width: `${width}%` }} />
            </View>
          </View>
        );
      })}
    </View>
  );
}
